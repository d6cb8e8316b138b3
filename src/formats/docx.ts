/**
 * Word notices (.docx): mammoth turns the document into HTML, Word's heading styles (and their
 * names in the lexicon's languages) into h1–h6, numbered and bulleted paragraphs into lists; the
 * HTML format parses that. Positions are paragraphs and the heading above them (docs/formats.md).
 */
import { documentStyleNames } from '../lexicon/index.js';
import { UnreadableFileError } from '../read/decode.js';
import { lastStartingAtOrBefore } from '../text/lines.js';
import type { Locator, NoticeFormat, Position } from './format.js';
import { htmlFormat } from './html.js';

type Mammoth = typeof import('mammoth');

/** mammoth and its zip and XML readers load when the first Word document is linted, never for a Markdown run. */
let mammoth: Promise<Mammoth> | undefined;
function loadMammoth(): Promise<Mammoth> {
  // A CommonJS module: Node gives its exports as the default export.
  mammoth ??= import('mammoth').then((module: Mammoth & { default?: Mammoth }) => module.default ?? module);
  return mammoth;
}

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6];

/** mammoth's style map quotes names in single quotes; a quote inside a name ends it, so such a name is left out. */
const quotable = (name: string): boolean => !name.includes("'");

/**
 * Style-map lines for the lexicon's style names: "Otsikko 1" → h1, "Rubrik" (the title) → h1.
 * mammoth matches names case-insensitively, and its default map already knows "Heading 1" and the style ids.
 */
export function headingStyleMap(styles = documentStyleNames()): string[] {
  const headings = styles.heading.flatMap((pattern) =>
    HEADING_LEVELS.map((level) => ({ name: pattern.replace('{level}', String(level)), level })).filter(({ name }) => quotable(name)),
  );
  const titles = styles.title.filter(quotable).map((name) => ({ name, level: 1 }));
  return [...titles, ...headings].map(({ name, level }) => `p[style-name='${name}'] => h${level}:fresh`);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound-file (OLE) signature: Word 97–2003 documents, and the envelope Office wraps an encrypted .docx in. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Whether the compound file's directory names a stream, stored as UTF-16LE. */
function namesStream(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
}

/**
 * A file that is no .docx: a password-protected one (Office encrypts the package into a compound
 * file with an EncryptionInfo stream), an old .doc, or something else.
 */
function notADocx(bytes: Uint8Array): UnreadableFileError | undefined {
  if (startsWith(bytes, ZIP)) return undefined;
  if (startsWith(bytes, COMPOUND_FILE)) {
    return namesStream(bytes, 'EncryptionInfo') || namesStream(bytes, 'EncryptedPackage')
      ? new UnreadableFileError('docx-encrypted')
      : new UnreadableFileError('docx-legacy');
  }
  return new UnreadableFileError('docx-corrupt', { detail: 'not a ZIP archive' });
}

/** mammoth's error, its first line, without the pointer to the zip library's manual. */
function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/\s*:?\s*(?:is this a zip file \?\s*)?If it is, see \S+/i, '').trim();
}

/** The parts of mammoth's document model the bold-heading transform reads (its transform API is its own, pinned by the tests). */
interface DocumentNode {
  type: string;
  children?: DocumentNode[];
  styleId?: string | null;
  styleName?: string | null;
  numbering?: unknown;
  isBold?: boolean;
  value?: string;
}

/** Bold paragraphs this long at most are headings; a longer one is emphasis. */
const MAX_BOLD_HEADING_WORDS = 15;

function textIn(node: DocumentNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textIn).join('');
}

function runsIn(node: DocumentNode): DocumentNode[] {
  return node.type === 'run' ? [node] : (node.children ?? []).flatMap(runsIn);
}

/**
 * A paragraph outside lists whose every run with text is bold, short and not ending a sentence:
 * a heading typed as bold text (its paragraph style is the body's, whatever it is called).
 */
function isBoldLine(paragraph: DocumentNode): boolean {
  if (paragraph.type !== 'paragraph' || paragraph.numbering) return false;
  const text = textIn(paragraph).trim();
  const runs = runsIn(paragraph).filter((run) => textIn(run).trim() !== '');
  return (
    text !== '' && runs.length > 0 && runs.every((run) => run.isBold === true) && text.split(/\s+/).length <= MAX_BOLD_HEADING_WORDS && !/[.,;]$/.test(text)
  );
}

/** The heading's weight is its style now: its runs lose their own bold, as in a heading style. */
function withoutBold(node: DocumentNode): DocumentNode {
  const plain = node.type === 'run' ? { ...node, isBold: false } : node;
  return node.children ? { ...plain, children: node.children.map(withoutBold) } : plain;
}

/**
 * Many notices are written in Word without heading styles, each heading a bold paragraph. In a
 * document with no paragraph in a heading style, those become headings, as the PDF layout reads
 * bold lines: the first, when nothing stands before it, the title; the others level 2.
 */
export function boldLinesAsHeadings(document: DocumentNode, headingStyles: ReadonlySet<string>): DocumentNode {
  const children = document.children ?? [];
  const styled = children.some((child) => child.type === 'paragraph' && headingStyles.has((child.styleName ?? '').toLowerCase()));
  if (styled) return document;
  let seenText = false;
  return {
    ...document,
    children: children.map((child) => {
      const first = !seenText;
      if (textIn(child).trim() !== '') seenText = true;
      if (!isBoldLine(child)) return child;
      const plain = withoutBold(child);
      return first ? { ...plain, styleId: 'Title', styleName: 'Title' } : { ...plain, styleId: 'Heading2', styleName: 'Heading 2' };
    }),
  };
}

/** Lower-case names of the styles that make headings: Word's own and the lexicon's, as the style map uses them. */
function headingStyleNames(styles = documentStyleNames()): Set<string> {
  const headings = [...styles.heading, 'Heading {level}'].flatMap((pattern) => HEADING_LEVELS.map((level) => pattern.replace('{level}', String(level))));
  return new Set([...headings, ...styles.title].map((name) => name.toLowerCase()));
}

/** Block elements mammoth writes: each opens on a line of its own, so the HTML reads (and diffs) as the document does. */
const BLOCK_START = /<(?:h[1-6]|p|ul|ol|li|table|tr)(?=[\s>])|<\/(?:ul|ol|table)>/g;

/** DOCX bytes → HTML of its paragraphs; a file mammoth cannot read is an UnreadableFileError. */
export async function decodeDocx(bytes: Uint8Array): Promise<string> {
  const refused = notADocx(bytes);
  if (refused) throw refused;
  const library = await loadMammoth();
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    ({ value: html } = await library.convertToHtml(
      { buffer },
      {
        styleMap: headingStyleMap(),
        transformDocument: (document: DocumentNode) => boldLinesAsHeadings(document, headingStyleNames()),
        externalFileAccess: false,
        // Images add nothing a rule reads: an empty img rather than the picture inlined as a data: URL.
        convertImage: library.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    ));
  } catch (error) {
    throw new UnreadableFileError('docx-corrupt', { detail: detailOf(error) });
  }
  return `${html.replace(BLOCK_START, '\n$&').trim()}\n`;
}

/** A paragraph as Word counts them: a heading, a body paragraph, a list item (each a block element of mammoth's HTML). */
const PARAGRAPH_START = /<(h[1-6]|p|li)(?:\s[^>]*)?>/g;

interface Paragraph {
  /** Offset of the opening tag. */
  start: number;
  /** Offset just after it, where the paragraph's text begins. */
  contentStart: number;
  /** The text of the nearest heading at or above this paragraph. */
  heading?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an element's content: tags dropped, the entities mammoth writes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function paragraphsOf(source: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let heading: string | undefined;
  for (const match of source.matchAll(PARAGRAPH_START)) {
    const name = match[1] ?? '';
    const contentStart = match.index + match[0].length;
    if (name.startsWith('h')) {
      const end = source.indexOf(`</${name}>`, contentStart);
      heading = textOf(source.slice(contentStart, end === -1 ? source.length : end));
    }
    paragraphs.push({ start: match.index, contentStart, ...(heading === undefined ? {} : { heading }) });
  }
  return paragraphs;
}

/** Characters a reader sees between two offsets of the HTML: tags count for nothing, an entity for one. */
function visibleLength(source: string, from: number, to: number): number {
  let count = 0;
  let index = from;
  while (index < to) {
    const character = source[index];
    if (character === '<') {
      const close = source.indexOf('>', index);
      index = close === -1 ? to : close + 1;
    } else if (character === '&' && /^&(?:#x[0-9a-f]+|#\d+|[a-z]+);/i.test(source.slice(index, index + 12))) {
      index = source.indexOf(';', index) + 1;
      count++;
    } else {
      if (character !== '\n') count++;
      index++;
    }
  }
  return count;
}

/**
 * `line` is the paragraph's number (headings, paragraphs and list items, counted from the top as
 * Word shows them, empty ones left out), `column` the character in it; `place` adds the heading
 * the paragraph sits under.
 */
export function docxLocator(source: string): Locator {
  const paragraphs = paragraphsOf(source);
  return {
    position(offset): Position {
      // Before the first paragraph's start: the first paragraph.
      const index = Math.max(
        0,
        lastStartingAtOrBefore(paragraphs, offset, (paragraph) => paragraph.start),
      );
      const paragraph = paragraphs[index];
      if (!paragraph) return { line: 1, column: 1 };
      const column = offset <= paragraph.contentStart ? 1 : visibleLength(source, paragraph.contentStart, offset) + 1;
      const number = index + 1;
      return {
        line: number,
        column,
        place: { kind: 'paragraph', paragraph: number, ...(paragraph.heading === undefined ? {} : { heading: paragraph.heading }) },
      };
    },
  };
}

/** A Word document is HTML once decoded: the HTML format's structure check, parser, comments and literal ranges, with paragraph positions. */
export const docxFormat: NoticeFormat = {
  name: 'docx',
  extensions: ['.docx'],
  decode: decodeDocx,
  checkStructure: (source) => htmlFormat.checkStructure(source),
  parse: (source, pack) => htmlFormat.parse(source, pack),
  comments: htmlFormat.comments,
  // "**bold**" typed into a Word document is seen as typed, as on a web page.
  rendersMarkdown: htmlFormat.rendersMarkdown,
  literalRanges: (notice) => htmlFormat.literalRanges(notice),
  locate: docxLocator,
};
