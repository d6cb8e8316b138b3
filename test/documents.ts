/**
 * Test fixtures made from known content, never binary files of unknown origin: a notice as
 * blocks (headings, paragraphs, list items) → a PDF (pdf-lib) or a Word document (docx).
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { kindOf, parseNotice } from '../src/parse/index.js';
import { splitLines } from '../src/text/lines.js';

export type DocumentBlock =
  | { kind: 'heading'; level: number; text: string }
  /** `bold`: every run bold, as a heading typed without a heading style (DOCX). */
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'item'; text: string; numbered?: boolean }
  /** A page break: what follows starts a new page. */
  | { kind: 'break' };

export const heading = (level: number, text: string): DocumentBlock => ({ kind: 'heading', level, text });
export const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
export const boldParagraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text, bold: true });
export const item = (text: string, numbered = false): DocumentBlock => ({ kind: 'item', text, numbered });

const BULLET = /^\s*(?:[-•*–]\s+)/;

/** Where a Markdown file's front matter ends (0 without one): metadata, not text a document shows. */
function frontMatterEnd(source: string): number {
  if (!source.startsWith('---\n')) return 0;
  const close = source.indexOf('\n---', 3);
  return close === -1 ? 0 : close + 4;
}

/**
 * A notice file's content as blocks, by what its own parser makes of it: each section's heading
 * one level below the title, then its body's lines, a bulleted line as a list item, any other as
 * a paragraph (in Markdown, consecutive lines are one paragraph). The title is a first-level heading.
 */
export async function blocksOfNotice(source: string, path: string): Promise<DocumentBlock[]> {
  const notice = await parseNotice(source, kindOf(path));
  const headings = notice.sections.filter((section) => section.heading !== '');
  const joinLines = notice.kind === 'markdown';
  const skip = frontMatterEnd(source);
  const blocks: DocumentBlock[] = [];
  let open: { kind: 'paragraph'; text: string } | undefined;
  const add = (block: DocumentBlock): void => {
    blocks.push(block);
    open = undefined;
  };
  for (const { start, end } of splitLines(source)) {
    if (start < skip) continue;
    const owner = headings.find((section) => section.headingRange.start >= start && section.headingRange.start < Math.max(end, start + 1));
    if (owner) {
      add(heading(Math.min(Math.max(owner.level, 1) + 1, 6), clean(source.slice(owner.headingRange.start, owner.headingRange.end))));
      const rest = clean(source.slice(owner.headingRange.end, end));
      if (rest !== '') add(paragraph(rest));
      continue;
    }
    const text = clean(source.slice(start, end).replace(/^#{1,6} /, ''));
    if (text === '') {
      open = undefined;
      continue;
    }
    if (notice.title !== undefined && text === clean(notice.title) && blocks.length < 5) add(heading(1, text));
    else if (BULLET.test(text)) add(item(text.replace(BULLET, '')));
    else if (joinLines && open) open.text += ` ${text}`;
    else {
      const block = { kind: 'paragraph' as const, text };
      add(block);
      if (joinLines) open = block;
    }
  }
  return blocks;
}

/** One line of text as a PDF's standard fonts can set it: tabs and runs of blanks become one space. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface PdfOptions {
  /** A running footer on every page ("Page N"), to be dropped by the extraction. */
  footer?: (page: number) => string;
  /** Page height in points: short pages put the notice on several. */
  pageHeight?: number;
}

const PAGE_WIDTH = 595;
const MARGIN = 56;
const BODY_SIZE = 11;
/** Heading sizes by level; level 4 and deeper are bold at the body size. */
const HEADING_SIZES = [20, 15, 13];

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A PDF that sets the blocks as a word processor would: headings larger and bold, items with a bullet, text wrapped to the page. */
export async function pdfOf(blocks: readonly DocumentBlock[], options: PdfOptions = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const height = options.pageHeight ?? 842;
  const pages: PDFPage[] = [];
  let page = document.addPage([PAGE_WIDTH, height]);
  pages.push(page);
  let y = height - MARGIN;
  const newLine = (advance: number): void => {
    y -= advance;
    if (y < MARGIN + 20) {
      page = document.addPage([PAGE_WIDTH, height]);
      pages.push(page);
      y = height - MARGIN - advance;
    }
  };
  let numbered = 0;
  for (const block of blocks) {
    if (block.kind === 'break') {
      page = document.addPage([PAGE_WIDTH, height]);
      pages.push(page);
      y = height - MARGIN;
      continue;
    }
    const isHeading = block.kind === 'heading';
    const size = isHeading ? (HEADING_SIZES[block.level - 1] ?? BODY_SIZE) : BODY_SIZE;
    const font = isHeading ? bold : regular;
    const indent = block.kind === 'item' ? 14 : 0;
    numbered = block.kind === 'item' && block.numbered ? numbered + 1 : 0;
    const marker = block.kind === 'item' ? (block.numbered ? `${numbered}.` : '•') : '';
    y -= isHeading ? size * 0.8 : BODY_SIZE * 0.6;
    wrap(block.text, font, size, PAGE_WIDTH - 2 * MARGIN - indent).forEach((line, index) => {
      newLine(size * 1.25);
      if (marker && index === 0) page.drawText(marker, { x: MARGIN, y, size, font });
      page.drawText(line, { x: MARGIN + indent, y, size, font });
    });
  }
  if (options.footer) {
    pages.forEach((each, index) => each.drawText(options.footer?.(index + 1) ?? '', { x: MARGIN, y: 30, size: 9, font: regular }));
  }
  return document.save();
}

export interface DocxOptions {
  /** Paragraph style names for the heading levels instead of Word's built-in "Heading N" ("Otsikko 1" from a Finnish template). */
  headingStyleName?: (level: number) => string;
}

/** A Word document of the blocks: headings in heading styles, bulleted and numbered list items as Word lists. */
export async function docxOf(blocks: readonly DocumentBlock[], options: DocxOptions = {}): Promise<Uint8Array> {
  const styleName = options.headingStyleName;
  const levels = [1, 2, 3, 4, 5, 6];
  const headingLevels = [
    HeadingLevel.HEADING_1,
    HeadingLevel.HEADING_2,
    HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4,
    HeadingLevel.HEADING_5,
    HeadingLevel.HEADING_6,
  ];
  const paragraphs = blocks.map((block) => {
    if (block.kind === 'break') return new Paragraph({ children: [new PageBreak()] });
    if (block.kind === 'heading') {
      if (styleName) return new Paragraph({ style: `Custom${block.level}`, children: [new TextRun(block.text)] });
      return new Paragraph({ heading: headingLevels[block.level - 1] ?? HeadingLevel.HEADING_6, children: [new TextRun(block.text)] });
    }
    if (block.kind === 'item') {
      return block.numbered
        ? new Paragraph({ numbering: { reference: 'numbered', level: 0 }, children: [new TextRun(block.text)] })
        : new Paragraph({ bullet: { level: 0 }, children: [new TextRun(block.text)] });
    }
    return new Paragraph({ children: [new TextRun({ text: block.text, bold: block.bold === true })] });
  });
  const document = new Document({
    styles: styleName
      ? {
          paragraphStyles: levels.map((level) => ({
            id: `Custom${level}`,
            name: styleName(level),
            basedOn: 'Normal',
            run: { bold: true, size: 32 - level * 2 },
          })),
        }
      : {},
    numbering: {
      config: [{ reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * A PDF whose trailer names the standard security handler with a user password (the O and U
 * entries are not those of an empty password), as a password-protected export is: written
 * object by object here, since pdf-lib writes no encryption.
 */
export function passwordProtectedPdf(): Uint8Array {
  const hex = (byte: number, count: number): string => byte.toString(16).padStart(2, '0').repeat(count);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex(0x5a, 32)}> /U <${hex(0xa5, 32)}> >>`,
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = text.length;
    text += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(1, 16)}> <${hex(1, 16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

/** A PDF of pages with drawings and no text, as a scanned notice is to a text extractor. */
export async function pdfWithoutText(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (let index = 0; index < 2; index++) document.addPage([PAGE_WIDTH, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return document.save();
}

/** A Word document protected with a password, as Word saves one: the package encrypted inside a compound file. */
export async function passwordProtectedDocx(blocks: readonly DocumentBlock[]): Promise<Uint8Array> {
  const { default: officeCrypto } = await import('officecrypto-tool');
  return new Uint8Array(await officeCrypto.encrypt(Buffer.from(await docxOf(blocks)), { password: 'salasana' }));
}

/** An old Word 97–2003 document's container (a compound file with a WordDocument stream), named .docx. */
export async function legacyWordDocument(): Promise<Uint8Array> {
  const CFB = await import('cfb');
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, '/WordDocument', Buffer.from('Word 97-2003 binary text'));
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}
