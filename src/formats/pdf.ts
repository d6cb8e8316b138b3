/**
 * PDF notices: pdf.js extracts the text runs, parse/pdf-layout.ts rebuilds lines, headings and
 * lists as Markdown, and the Markdown parser makes the notice. Positions are pages and lines of
 * the extracted text (docs/formats.md).
 */
import type { PDFPageProxy as PdfPage } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { UnreadableFileError } from '../read/decode.js';
import { layoutMarkdown, PAGE_MARKER, type TextRun } from '../parse/pdf-layout.js';
import { lastStartingAtOrBefore, splitLines } from '../text/lines.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Locator, NoticeFormat, Position } from './format.js';
import { markdownFormat } from './markdown.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** pdf.js is large: loaded when the first PDF is linted, never for a Markdown run. */
let pdfjs: Promise<PdfJs> | undefined;
function loadPdfJs(): Promise<PdfJs> {
  // The legacy build is the one made for Node: the modern one expects browser globals.
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

interface FontInfo {
  name?: unknown;
  bold?: unknown;
  black?: unknown;
}

/** Bold, from the flags pdf.js derives from the font descriptor, or the font's name ("Calibri-Bold", "ABCDEF+Arial,Bold"). */
function isBoldFont(font: FontInfo | undefined): boolean {
  if (!font) return false;
  if (font.bold === true || font.black === true) return true;
  return typeof font.name === 'string' && /bold|black|heavy|semibold|demi/i.test(font.name);
}

function fontOf(page: PdfPage, fontName: string): FontInfo | undefined {
  if (!page.commonObjs.has(fontName)) return undefined;
  const font: unknown = page.commonObjs.get(fontName);
  return typeof font === 'object' && font !== null ? (font as FontInfo) : undefined;
}

async function pageRuns(page: PdfPage): Promise<TextRun[]> {
  const content = await page.getTextContent();
  const items = content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
  if (items.length === 0) return [];
  // Fonts reach this side only with the operator list; their names and flags tell bold from regular.
  await page.getOperatorList();
  return items.map((item) => {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    return { text: item.str, x, y, width: item.width, size: Math.hypot(c, d), bold: isBoldFont(fontOf(page, item.fontName)) };
  });
}

function unreadable(error: unknown): UnreadableFileError {
  if (error instanceof UnreadableFileError) return error;
  const { name, message } = error instanceof Error ? error : { name: '', message: String(error) };
  if (name === 'PasswordException') return new UnreadableFileError('pdf-encrypted');
  return new UnreadableFileError('pdf-corrupt', { detail: message });
}

/** PDF bytes → the Markdown source of its text; a PDF without a text layer, encrypted or corrupt is an UnreadableFileError. */
async function decodePdf(bytes: Uint8Array): Promise<string> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // No eval, no font loading, no network: only the text layer is wanted. pdf.js takes the buffer over, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: TextRun[][] = [];
    for (let number = 1; number <= document.numPages; number++) pages.push(await pageRuns(await document.getPage(number)));
    const markdown = layoutMarkdown(pages);
    if (markdown === '') throw new UnreadableFileError('pdf-no-text');
    return markdown;
  } catch (error) {
    throw unreadable(error);
  } finally {
    await task.destroy();
  }
}

interface SourceLine {
  start: number;
  end: number;
  /** 1-based line of the extracted text, counting text lines only; 0 for blank and page-marker lines. */
  textLine: number;
  page: number;
  pageLine: number;
  /** Characters of Markdown this converter put before the PDF's own text: a heading's "## ", an escaping backslash. */
  prefix: number;
}

function markupPrefix(text: string): number {
  const heading = /^#{1,6} /.exec(text);
  if (heading) return heading[0].length;
  return text.startsWith('\\') ? 1 : 0;
}

function sourceLines(source: string): SourceLine[] {
  let page = 1;
  let pageLine = 0;
  let textLine = 0;
  return splitLines(source).map(({ start, end }) => {
    const text = source.slice(start, end);
    const marker = PAGE_MARKER.exec(text);
    if (marker) {
      page = Number(marker[1]);
      pageLine = 0;
    }
    if (marker || text.trim() === '') return { start, end, textLine: 0, page, pageLine: 0, prefix: 0 };
    return { start, end, textLine: ++textLine, page, pageLine: ++pageLine, prefix: markupPrefix(text) };
  });
}

/**
 * `line` is the line of the extracted text (text lines only, counted over the whole document),
 * `column` the character in it, `place` the page and the line on that page. An offset on a
 * blank or page-marker line stands at the end of the text line before it.
 */
export function pdfLocator(source: string): Locator {
  const lines = sourceLines(source);
  // For each source line, the text line a position on it belongs to: itself, else the last one before it (none before the first).
  let last: SourceLine | undefined;
  const anchors = lines.map((line) => (line.textLine > 0 ? (last = line) : last));
  const first = lines.find((line) => line.textLine > 0);
  return {
    position(offset): Position {
      // Before the first line's start: the first line.
      const index = Math.max(
        0,
        lastStartingAtOrBefore(lines, offset, (line) => line.start),
      );
      const own = lines[index];
      const anchor = anchors[index];
      // On a text line: that character; after one (a blank or marker line): its end; before any: the first line's start.
      const line = anchor ?? first;
      if (!line) return { line: 1, column: 1 };
      const column = anchor === own ? offset - line.start : anchor ? line.end - line.start : 0;
      return {
        line: line.textLine,
        column: Math.max(0, Math.min(column, line.end - line.start) - line.prefix) + 1,
        place: { kind: 'page', page: line.page, line: line.pageLine },
      };
    },
  };
}

/** The backslash this converter put before a line's first character is markup, blanked like Markdown's own. */
function withoutLineEscapes(source: string, document: ParsedDocument): ParsedDocument {
  const text = document.text.split('');
  for (const { start } of splitLines(source)) if (source[start] === '\\') text[start] = ' ';
  return { ...document, text: text.join('') };
}

/** Page-marker lines are this converter's, not the PDF's text: html-remnant must not read them as a leftover comment. */
function withoutPageMarkers(source: string): { start: number; end: number }[] {
  return splitLines(source).filter(({ start, end }) => !PAGE_MARKER.test(source.slice(start, end)));
}

export const pdfFormat: NoticeFormat = {
  name: 'pdf',
  extensions: ['.pdf'],
  decode: decodePdf,
  // The source is Markdown this converter wrote; the Markdown limits guard its parser all the same.
  checkStructure: (source) => markdownFormat.checkStructure(source),
  parse: async (source, pack) => withoutLineEscapes(source, await markdownFormat.parse(source, pack)),
  comments: { kind: 'html' },
  // The Markdown is the converter's; a "**" or "<p>" in the PDF's text is what its reader sees.
  rendersMarkdown: false,
  literalRanges: ({ source }) => withoutPageMarkers(source),
  locate: pdfLocator,
};
