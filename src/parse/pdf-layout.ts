/**
 * A PDF's text runs (what pdf.js extracts: strings with a position, a size and a font) → the
 * Markdown source the Markdown parser reads. A PDF has no paragraphs or headings, only glyphs
 * placed on a page, so the structure is rebuilt: runs on one baseline make a line, a line set
 * larger than the body text (or bold and alone) is a heading, a line opening with a bullet is a
 * list item, a wider gap between lines starts a paragraph. Each PDF line stays one source line,
 * and pages are separated by a `<!-- page N -->` line, so the locator (formats/pdf.ts) can count
 * pages and lines from the source alone.
 */

/** One string pdf.js placed on a page; `y` is the baseline, growing upwards as in PDF space. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  bold: boolean;
}

/** A rebuilt line of one page. */
interface Line {
  text: string;
  y: number;
  /** Where the line starts and ends on the page. */
  left: number;
  right: number;
  size: number;
  bold: boolean;
}

type Block = { kind: 'heading'; level: number; text: string } | { kind: 'item'; text: string } | { kind: 'paragraph'; lines: string[] };

/** A page-separator line: a Markdown HTML comment, invisible to the parser, counted by the locator. */
export const PAGE_MARKER = /^<!-- page (\d+) -->$/;

/** Runs this close to a line's baseline (as a share of the font size) belong to it: sub- and superscripts stay on it. */
const BASELINE_TOLERANCE = 0.4;
/** A horizontal gap wider than this share of the font size between two runs is a space. */
const WORD_GAP = 0.15;
/** A line this much larger than the body text is a heading. */
const HEADING_SCALE = 1.15;
/** A gap between baselines this much wider than the usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP = 1.35;
/** Headings are short: a longer larger-or-bold line is emphasised text. */
const MAX_HEADING_WORDS = 20;
const MAX_HEADING_LEVEL = 6;
/** Two lines of one heading stand at most this many times its font size apart. */
const HEADING_LINE_GAP = 1.5;

/**
 * "•", "–", "▪" … followed by a blank: the glyphs word processors print for bullets, and the
 * private-use characters of symbol fonts Word sets its bullets in (Symbol's U+F0B7, Wingdings' U+F0A7).
 */
const BULLET = /^[•◦▪▫‣⁃●○■□–—·*\-\uE000-\uF8FF](?=\s)/u;
/** "1." or "1)" and a blank: a numbered list item (Markdown reads "1." as one, and so does the parser's heading recovery). */
const NUMBERED = /^\d{1,3}[.)]\s/;
/** A line opening with one of these would be Markdown syntax (heading, quote, list, rule, table, HTML, escape): escaped. */
const MARKDOWN_LEADING = /^[#>=+*\-|`~<\\_]/;
/** Page numbers alone on a line: "3", "(3)", "3/7", "3 (7)". */
const PAGE_NUMBER = /^\(?\d{1,4}\)?(?:\s*(?:\/\s*\d{1,4}|\(\d{1,4}\)))?$/;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The value most characters are set in (sizes rounded to half points). */
function dominant(values: readonly { value: number; weight: number }[]): number {
  const totals = new Map<number, number>();
  for (const { value, weight } of values) totals.set(value, (totals.get(value) ?? 0) + weight);
  let best = 0;
  let bestWeight = -1;
  for (const [value, weight] of totals) {
    if (weight > bestWeight) [best, bestWeight] = [value, weight];
  }
  return best;
}

const roundSize = (size: number): number => Math.round(size * 2) / 2;

/** Runs of one line, left to right, joined with a space where the gap between them is one. */
function joinRuns(runs: readonly TextRun[]): string {
  let text = '';
  let previous: TextRun | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      if (gap > WORD_GAP * Math.min(run.size, previous.size) && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  // One blank between words: the column a finding reports is a character in this line as extracted.
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs of one page → its lines, top to bottom (single-column reading order). */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const visible = runs.filter((run) => run.text.trim() !== '' && run.size > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - run.y) <= BASELINE_TOLERANCE * Math.max(anchor.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.flatMap((group) => {
    const ordered = [...group].sort((a, b) => a.x - b.x);
    const text = joinRuns(ordered);
    if (text === '') return [];
    const size = dominant(ordered.map((run) => ({ value: roundSize(run.size), weight: run.text.trim().length })));
    const bold = ordered.every((run) => run.bold || run.text.trim() === '');
    const last = ordered[ordered.length - 1];
    return [{ text, y: ordered[0]?.y ?? 0, left: ordered[0]?.x ?? 0, right: last ? last.x + last.width : 0, size, bold }];
  });
}

/** A line's text with its digits made alike, so "Page 1 of 3" and "Page 2 of 3" compare equal. */
const shape = (text: string): string => text.replace(/\d+/g, '#');

/**
 * Drops running headers and footers: a first or last line every page repeats (digits aside), on
 * documents of two pages or more, and page numbers alone on the first or last line of a page.
 */
export function withoutRunningLines(pages: readonly Line[][]): Line[][] {
  const edges = (page: readonly Line[]): Line[] => [page[0], page[page.length - 1]].filter((line): line is Line => line !== undefined);
  const repeated = new Set<string>();
  if (pages.length >= 2) {
    const [first, ...rest] = pages;
    for (const line of edges(first ?? [])) {
      if (rest.every((page) => edges(page).some((edge) => shape(edge.text) === shape(line.text)))) repeated.add(shape(line.text));
    }
  }
  return pages.map((page) =>
    page.filter((line, index) => {
      const atEdge = index === 0 || index === page.length - 1;
      return !(atEdge && (repeated.has(shape(line.text)) || PAGE_NUMBER.test(line.text)));
    }),
  );
}

/** Line spacing is rarely over this share of the font size; a wider usual gap is between paragraphs. */
const MAX_LINE_SPACING = 1.45;
/** Word processors' single spacing, as a share of the font size, where the document shows no line spacing of its own. */
const SINGLE_SPACING = 1.2;

/**
 * The distance between the baselines of two lines of one paragraph: the narrow end of the gaps
 * between body lines (a low percentile, so one squeezed line does not decide). When even that is
 * wide, every body line is a paragraph of its own and single spacing is assumed.
 */
function lineSpacing(pages: readonly Line[][], bodySize: number): number {
  const gaps: number[] = [];
  for (const page of pages) {
    page.forEach((line, index) => {
      const next = page[index + 1];
      if (!next || line.size !== bodySize || next.size !== bodySize) return;
      const gap = line.y - next.y;
      if (gap >= 0.8 * bodySize && gap < 3 * bodySize) gaps.push(gap);
    });
  }
  gaps.sort((a, b) => a - b);
  const narrow = gaps[Math.floor(gaps.length * 0.1)];
  return narrow === undefined || narrow > MAX_LINE_SPACING * bodySize ? SINGLE_SPACING * bodySize : narrow;
}

interface Styles {
  bodySize: number;
  bodyBold: boolean;
  /** Sizes of heading lines larger than the body text, largest first: their index is the heading level less one. */
  headingSizes: number[];
  spacing: number;
}

function isHeading(line: Line, styles: Pick<Styles, 'bodySize' | 'bodyBold'>): boolean {
  if (BULLET.test(line.text) || wordCount(line.text) > MAX_HEADING_WORDS) return false;
  if (line.size >= styles.bodySize * HEADING_SCALE) return true;
  // Bold alone on its line, in a document whose body is not bold; a sentence in bold is emphasis.
  return line.bold && !styles.bodyBold && line.size >= styles.bodySize && !/[.,;]$/.test(line.text);
}

function stylesOf(pages: readonly Line[][]): Styles {
  const lines = pages.flat();
  const bodySize = dominant(lines.map((line) => ({ value: line.size, weight: line.text.length })));
  const bodyBold = dominant(lines.map((line) => ({ value: line.bold ? 1 : 0, weight: line.text.length }))) === 1;
  const headingSizes = [
    ...new Set(lines.filter((line) => isHeading(line, { bodySize, bodyBold }) && line.size >= bodySize * HEADING_SCALE).map((line) => line.size)),
  ].sort((a, b) => b - a);
  return { bodySize, bodyBold, headingSizes, spacing: lineSpacing(pages, bodySize) };
}

function headingLevel(line: Line, styles: Styles): number {
  const index = styles.headingSizes.indexOf(line.size);
  return Math.min(MAX_HEADING_LEVEL, index === -1 ? styles.headingSizes.length + 1 : index + 1);
}

/** A body line ending a sentence this far short of the text's right edge (as a share of its width) is a paragraph's last line. */
const SHORT_LINE = 0.75;

/** Where the page's body text ends on the right, for telling a paragraph's short last line. */
function rightEdge(lines: readonly Line[], styles: Styles): { left: number; right: number } {
  const body = lines.filter((line) => line.size === styles.bodySize);
  return { left: Math.min(...body.map((line) => line.left)), right: Math.max(...body.map((line) => line.right)) };
}

/** One page's lines → blocks; a heading set over two lines (same size, close together) is one heading. */
function blocksOf(lines: readonly Line[], styles: Styles): Block[] {
  const blocks: Block[] = [];
  const edge = rightEdge(lines, styles);
  const endsParagraph = (line: Line): boolean => /[.!?:]$/.test(line.text) && line.right - edge.left < SHORT_LINE * (edge.right - edge.left);
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous ? previous.y - line.y : 0;
    const last = blocks[blocks.length - 1];
    const close = previous !== undefined && gap <= styles.spacing * PARAGRAPH_GAP + 0.5 && gap >= 0 && !endsParagraph(previous);
    if (isHeading(line, styles)) {
      const level = headingLevel(line, styles);
      // A heading's lines are spaced by its own size, not the body's.
      const continues = last?.kind === 'heading' && last.level === level && previous?.size === line.size && gap >= 0 && gap <= HEADING_LINE_GAP * line.size;
      if (continues) last.text += ` ${line.text}`;
      else blocks.push({ kind: 'heading', level, text: line.text });
    } else if (BULLET.test(line.text) || NUMBERED.test(line.text)) {
      blocks.push({ kind: 'item', text: line.text });
    } else if (close && last?.kind === 'paragraph') {
      last.lines.push(line.text);
    } else if (close && last?.kind === 'item') {
      // A wrapped list item: the next line continues it.
      last.text += `\n${line.text}`;
    } else {
      blocks.push({ kind: 'paragraph', lines: [line.text] });
    }
    previous = line;
  }
  return blocks;
}

/** A text line the Markdown parser must read as text: a leading character that is Markdown syntax is escaped. */
function literalLine(text: string): string {
  return MARKDOWN_LEADING.test(text) ? `\\${text}` : text;
}

function markdownOf(block: Block): string {
  if (block.kind === 'heading') return `${'#'.repeat(block.level)} ${block.text}`;
  if (block.kind === 'item') {
    const [first = '', ...rest] = block.text.split('\n');
    // The bullet glyph becomes Markdown's "-", one character for one, so columns stay those of the PDF line.
    const marker = BULLET.test(first) ? `-${first.slice(1)}` : first;
    return [marker, ...rest.map(literalLine)].join('\n');
  }
  return block.lines.map(literalLine).join('\n');
}

/**
 * Pages of text runs → Markdown: headings as `#` lines, list items as `-` or numbered items,
 * paragraphs as their lines, blocks separated by blank lines, pages after the first opened by a
 * `<!-- page N -->` line. Empty when the pages hold no text.
 */
export function layoutMarkdown(pages: readonly (readonly TextRun[])[]): string {
  const lines = withoutRunningLines(pages.map(linesOf));
  if (lines.every((page) => page.length === 0)) return '';
  const styles = stylesOf(lines);
  const parts: string[] = [];
  lines.forEach((page, index) => {
    if (index > 0) parts.push(`<!-- page ${index + 1} -->`);
    parts.push(...blocksOf(page, styles).map(markdownOf));
  });
  return `${parts.join('\n\n')}\n`;
}
