import type { Heading, List, Nodes, Paragraph, Root, Table, Yaml } from 'mdast';
import type { LanguagePack } from '../lexicon/index.js';
import type { Range, Section } from '../model/types.js';
import { blank, findMarkup, hiddenElements } from '../text/html.js';
import { classifyHeading } from './classify.js';
import { closeBodies, MAX_LABEL_WORDS, OPEN, type ParsedDocument, splitHeadingNumber, wordCount } from './document.js';
import { parseInBlockGroups } from './markdown-blocks.js';
import { readMetadata } from './metadata.js';

type MarkdownParse = (source: string) => Root;

const parsers = new Map<boolean, MarkdownParse>();

/**
 * remark is loaded on first use so that linting plain-text and YAML notices does not
 * pay for it; GFM (tables) roughly halves parsing speed, so it is used only when a
 * file has table rows (measured: 2,000 notices parse in about half the time without it).
 */
export async function loadMarkdownParser(gfm: boolean): Promise<MarkdownParse> {
  const cached = parsers.get(gfm);
  if (cached) return cached;
  const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
  ]);
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  if (gfm) processor.use((await import('remark-gfm')).default);
  const parse: MarkdownParse = (source) => parseInBlockGroups(source, (text) => processor.parse(text));
  parsers.set(gfm, parse);
  return parse;
}

export function hasTableRows(source: string): boolean {
  return /^\s{0,3}\|.*\|\s*$/m.test(source);
}

/** Static-site shortcodes and template tags are markup, not text: {{< … >}}, {{% … %}}, {% … %}. */
const SHORTCODE = /\{\{[<%][^\n]{0,400}?[%>]\}\}|\{%[^\n]{0,400}?%\}/g;

function offsets(node: Nodes): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Range covering a node's children: the visible text of a heading or cell. */
function contentRange(node: Nodes & { children: Nodes[] }): Range | undefined {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const start = first ? offsets(first)?.start : undefined;
  const end = last ? offsets(last)?.end : undefined;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * The text a browser shows of a raw HTML block: what lies between its tags, comments and
 * entities, less the content of script and style elements. Notices converted from web pages
 * are often whole HTML blocks inside a Markdown file.
 */
function htmlTextRanges(source: string, range: Range): Range[] {
  const hidden = [...findMarkup(source, range.start, range.end), ...hiddenElements(source, range.start, range.end)].sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  let position = range.start;
  for (const markup of hidden) {
    if (markup.start > position) ranges.push({ start: position, end: markup.start });
    position = Math.max(position, markup.end);
  }
  if (position < range.end) ranges.push({ start: position, end: range.end });
  return ranges;
}

/** Collects the ranges of text the reader sees; everything else gets blanked. */
function visibleRanges(source: string, root: Root): Range[] {
  const ranges: Range[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const range = offsets(node);
      if (range) ranges.push(range);
      return;
    }
    if (node.type === 'html') {
      const range = offsets(node);
      if (range) ranges.push(...htmlTextRanges(source, range));
      return;
    }
    if (node.type === 'code' || node.type === 'yaml') return;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return ranges.sort((a, b) => a.start - b.start);
}

function maskOf(source: string, root: Root): string {
  const hidden: Range[] = [];
  let position = 0;
  for (const range of visibleRanges(source, root)) {
    if (range.start > position) hidden.push({ start: position, end: range.start });
    position = Math.max(position, range.end);
  }
  if (position < source.length) hidden.push({ start: position, end: source.length });
  const masked = blank(source, hidden);
  const shortcodes = [...masked.matchAll(SHORTCODE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return blank(masked, shortcodes);
}

const MAX_PSEUDO_HEADING_LENGTH = 120;
const MAX_PSEUDO_HEADING_WORDS = 15;

/** A heading written without `#`: where its text stands and where its body starts. */
interface PseudoHeading {
  headingRange: Range;
  bodyStart: number;
}

/** The end of the first line of `range` in `text` (the range's end when it is one line). */
function firstLineEnd(text: string, range: Range): number {
  const lineEnd = text.slice(range.start, range.end).search(/\r?\n/);
  return lineEnd === -1 ? range.end : range.start + lineEnd;
}

/** Heading-like text: short, starting with a letter or digit, not ending a sentence. */
function isHeadingLike(text: string): boolean {
  const trimmed = text.trim().replace(/:$/, '').trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_PSEUDO_HEADING_LENGTH &&
    wordCount(trimmed) <= MAX_PSEUDO_HEADING_WORDS &&
    /^[\p{L}\p{N}]/u.test(trimmed) &&
    !/[.,;!]$/.test(trimmed)
  );
}

/** `range` without surrounding white space and a trailing colon. */
function trimHeading(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s:]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * A paragraph opening with bold (or italic) text that stands alone on its line, optionally
 * followed by ":": "**Rekisterinpitäjä**" with the body on the next line or in the next
 * paragraph. A bold label with its value on the same line ("**Oikeusperuste:** suostumus") is a
 * heading only when the lexicon knows the label: otherwise it is emphasis inside the text.
 */
function leadingBoldHeading(paragraph: Paragraph, text: string, isKnown: (heading: string) => boolean): PseudoHeading | undefined {
  const [first, second, third] = paragraph.children;
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis')) return undefined;
  const inner = contentRange(first);
  const outer = offsets(first);
  const paragraphRange = offsets(paragraph);
  if (!inner || !outer || !paragraphRange) return undefined;
  const headingRange = trimHeading(text, inner);
  const heading = text.slice(headingRange.start, headingRange.end);
  if (!isHeadingLike(heading)) return undefined;
  if (!second) return { headingRange, bodyStart: paragraphRange.end };
  const after = second.type === 'text' ? second.value : '';
  // "**Label**:" or "**Label:**" then the end of the line: a heading over the rest of the paragraph.
  const lineEnds = second.type === 'break' || /^\s*:?[ \t]*(?:\r?\n|$)/.test(after);
  if (lineEnds) {
    if (second.type === 'text' && after.trim().replace(/^:/, '') === '' && third?.type === 'break')
      return { headingRange, bodyStart: offsets(third)?.end ?? outer.end };
    const breakAt = second.type === 'break' ? (offsets(second)?.end ?? outer.end) : outer.end + after.search(/\n|$/) + 1;
    return { headingRange, bodyStart: Math.min(breakAt, paragraphRange.end) };
  }
  const labelled = text.slice(inner.start, inner.end).trimEnd().endsWith(':') || /^\s*:/.test(after);
  if (labelled && wordCount(heading) <= MAX_LABEL_WORDS && isKnown(heading)) {
    return { headingRange, bodyStart: outer.end + (after.length - after.replace(/^\s*:/, '').length) };
  }
  return undefined;
}

/** A paragraph whose first line is a short label the lexicon knows, ending in ":" ("Rekisterinpitäjä:"). */
function labelLineHeading(paragraph: Paragraph, text: string, isKnown: (heading: string) => boolean): PseudoHeading | undefined {
  const first = paragraph.children[0];
  const range = first?.type === 'text' ? offsets(first) : undefined;
  if (!range) return undefined;
  const end = firstLineEnd(text, range);
  const line = text.slice(range.start, end).trimEnd();
  if (!line.endsWith(':') || (end === range.end && paragraph.children.length > 1)) return undefined;
  const headingRange = trimHeading(text, { start: range.start, end });
  const heading = text.slice(headingRange.start, headingRange.end);
  if (wordCount(heading) > MAX_LABEL_WORDS || !isHeadingLike(heading) || !isKnown(heading)) return undefined;
  return { headingRange, bodyStart: end };
}

/**
 * A paragraph of one short line the lexicon knows, with no closing punctuation: a title line of
 * a notice converted from plain text ("Tietojen säilytysaika", then the text in the next paragraph).
 * Not right under a heading, where such a line is the section's first sentence ("We process the
 * following data as a controller").
 */
function titleLineHeading(paragraph: Paragraph, text: string, isKnown: (heading: string) => boolean): PseudoHeading | undefined {
  const range = contentRange(paragraph);
  const paragraphRange = offsets(paragraph);
  if (!range || !paragraphRange) return undefined;
  const line = text.slice(range.start, range.end);
  if (/[\r\n]/.test(line) || /[.,;:!]\s*$/.test(line) || !/^\s*\p{Lu}/u.test(line) || !isHeadingLike(line) || !isKnown(line)) return undefined;
  return { headingRange: trimHeading(text, range), bodyStart: paragraphRange.end };
}

/**
 * The first line of a list item, when it reads as a heading with a body: "1. Rekisterinpitäjä"
 * then its text in the item, or, for a list of one item, in the blocks that follow it. A list
 * item that is only a short line is a list entry ("1. The controller", "2. Purposes").
 */
function itemHeading(item: List['children'][number], text: string, bodyFollows: boolean): PseudoHeading | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const range = contentRange(first);
  const itemRange = offsets(item);
  if (!range || !itemRange) return undefined;
  const end = firstLineEnd(text, range);
  const hasBody = end !== range.end || item.children.length > 1 || bodyFollows;
  if (!hasBody) return undefined;
  const headingRange = trimHeading(text, { start: range.start, end });
  if (!isHeadingLike(text.slice(headingRange.start, headingRange.end))) return undefined;
  return { headingRange, bodyStart: end };
}

/**
 * An ordered list whose items open with headings ("1. Rekisterinpitäjä", then a block): numbered
 * sections written as a Markdown list. Most of the heading-like items must name elements the
 * lexicon knows, so an ordinary numbered list of data items stays a list.
 */
function numberedListHeadings(list: List, text: string, isKnown: (heading: string) => boolean, followedByText: boolean): PseudoHeading[] {
  if (!list.ordered) return [];
  const headings = list.children.map((item) => itemHeading(item, text, followedByText && list.children.length === 1));
  const known = headings.filter((heading) => heading && isKnown(text.slice(heading.headingRange.start, heading.headingRange.end))).length;
  if (known === 0 || known * 2 < list.children.length) return [];
  return headings.filter((heading): heading is PseudoHeading => heading !== undefined);
}

/** `<h2>…</h2>` and `<p><strong>…</strong><br>` headings inside a raw HTML block, with their levels (0: one below the current). */
function htmlHeadings(source: string, text: string, range: Range): (PseudoHeading & { depth: number; start: number })[] {
  const found: (PseudoHeading & { depth: number; start: number })[] = [];
  const pattern =
    /<h([1-6])\b[^<>]{0,200}>([\s\S]{1,400}?)<\/h\1\s*>|<p\b[^<>]{0,200}>\s*<(strong|b)\b[^<>]{0,200}>([^<]{1,200})<\/\3\s*>\s*(?:<br\s*\/?>|<\/p\s*>)/gi;
  const slice = source.slice(range.start, range.end);
  for (const match of slice.matchAll(pattern)) {
    const inner = match[2] ?? match[4] ?? '';
    const innerStart = range.start + match.index + match[0].indexOf(inner, match[0].indexOf('>') + 1);
    const headingRange = trimHeading(text, { start: innerStart, end: innerStart + inner.length });
    if (headingRange.end <= headingRange.start || (match[1] === undefined && !isHeadingLike(text.slice(headingRange.start, headingRange.end)))) continue;
    const start = range.start + match.index;
    found.push({ headingRange, bodyStart: start + match[0].length, depth: match[1] ? Number(match[1]) : 0, start });
  }
  return found;
}

interface Builder {
  sections: Section[];
  starts: number[];
  text: string;
  pack: LanguagePack;
}

function addSection(builder: Builder, headingRange: Range, start: number, level: number, bodyRange: Range): void {
  const raw = builder.text.slice(headingRange.start, headingRange.end).replace(/\s+/g, ' ').trim();
  const { number, rest } = splitHeadingNumber(raw);
  builder.sections.push({
    elements: classifyHeading(rest, builder.pack),
    heading: rest,
    headingRange,
    ...(number === undefined ? {} : { number }),
    level,
    bodyRange,
  });
  builder.starts.push(start);
}

/** A two-column table whose first cells are mostly headings the lexicon knows: each row is a section. */
function addTableRows(builder: Builder, table: Table): boolean {
  if (table.children.some((row) => row.children.length !== 2)) return false;
  const isKnown = (cell: (typeof table.children)[number]['children'][number] | undefined): boolean => {
    const range = cell ? contentRange(cell) : undefined;
    return range !== undefined && classifyHeading(builder.text.slice(range.start, range.end), builder.pack).length > 0;
  };
  // The header row ("Kohta | Sisältö") is a row of its own only when it names an element.
  const rows = isKnown(table.children[0]?.children[0]) ? table.children : table.children.slice(1);
  if (rows.length < 1) return false;
  const cells = rows.map((row) => ({ heading: row.children[0], body: row.children[1] }));
  if (cells.filter(({ heading }) => isKnown(heading)).length * 2 < cells.length) return false;
  for (const { heading, body } of cells) {
    const headingRange = heading ? contentRange(heading) : undefined;
    const cellRange = body ? offsets(body) : undefined;
    if (!headingRange || !cellRange) continue;
    const bodyRange = body ? (contentRange(body) ?? { start: cellRange.start, end: cellRange.start }) : cellRange;
    addSection(builder, headingRange, headingRange.start, 1, bodyRange);
  }
  return true;
}

/**
 * A table whose header names elements ("Purpose | Data | Legal basis | Retention"): each such
 * column is a section whose body is the rows below, where every row gives that element for one
 * processing activity.
 */
function addTableColumns(builder: Builder, table: Table, level: number): boolean {
  const [header, ...rows] = table.children;
  const firstRow = rows[0];
  const last = rows[rows.length - 1];
  const bodyStart = firstRow ? offsets(firstRow)?.start : undefined;
  const bodyEnd = last ? offsets(last)?.end : undefined;
  if (!header || bodyStart === undefined || bodyEnd === undefined) return false;
  const cells = header.children.flatMap((cell) => contentRange(cell) ?? []);
  const tableStart = offsets(table)?.start ?? bodyStart;
  return addColumnSections(builder, cells, tableStart, { start: bodyStart, end: bodyEnd }, level);
}

/**
 * The header cells that name elements as sections starting where the table starts (so the
 * header row belongs to none before it); `beforeAdding` runs only when there are such sections.
 */
function addColumnSections(
  builder: Builder,
  headerCells: readonly Range[],
  tableStart: number,
  body: Range,
  level: number,
  beforeAdding?: () => void,
): boolean {
  const known = headerCells.filter((range) => classifyHeading(builder.text.slice(range.start, range.end), builder.pack).length > 0);
  if (known.length < 2) return false;
  beforeAdding?.();
  for (const headingRange of known) addSection(builder, headingRange, tableStart, level, { ...body });
  return true;
}

/**
 * Pipe rows without the `| --- |` line are no GFM table but a paragraph; its first row is still
 * a header the reader recognises ("| Purpose | Legal basis | Retention |").
 */
function addPipeRowColumns(builder: Builder, paragraph: Paragraph, level: number, beforeAdding: () => void): boolean {
  const range = offsets(paragraph);
  if (!range) return false;
  const text = builder.text.slice(range.start, range.end);
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  if (!/^\s*\|.*\|.*\|/.test(firstLine) || firstLine.length === text.length) return false;
  const cells: Range[] = [];
  let cellStart = firstLine.indexOf('|') + 1;
  for (let bar = firstLine.indexOf('|', cellStart); bar !== -1; bar = firstLine.indexOf('|', cellStart)) {
    cells.push(trimHeading(builder.text, { start: range.start + cellStart, end: range.start + bar }));
    cellStart = bar + 1;
  }
  return addColumnSections(builder, cells, range.start, { start: range.start + firstLine.length, end: range.end }, level, beforeAdding);
}

export function parseMarkdown(source: string, root: Root, pack: LanguagePack): ParsedDocument {
  return documentFromTree(source, root, maskOf(source, root), pack);
}

/**
 * Sections and metadata of an mdast tree whose positions are offsets into `source`, given the
 * source with markup blanked (`text`). The HTML parser converts its tree to mdast and comes here
 * too, so headings, title lines, bold labels, numbered lists and tables read the same in both.
 */
export function documentFromTree(source: string, root: Root, text: string, pack: LanguagePack): ParsedDocument {
  const builder: Builder = { sections: [], starts: [], text, pack };
  const isKnown = (heading: string): boolean => classifyHeading(heading, pack).length > 0;
  // A first `#` heading naming an element opens a section of a notice written with `#` only, not its title.
  const namesSection = (heading: string): boolean => isKnown(splitHeadingNumber(heading).rest) && !pack.noticeTitles.test(heading);
  let lastLevel = 1;
  let frontMatter: Yaml | undefined;
  let title: string | undefined;
  let contentStart = 0;
  let preambleAdded = false;

  const addPreambleUpTo = (offset: number): void => {
    if (preambleAdded) return;
    preambleAdded = true;
    if (text.slice(contentStart, offset).trim() === '') return;
    builder.sections.push({
      elements: [],
      heading: '',
      headingRange: { start: contentStart, end: contentStart },
      level: 1,
      bodyRange: { start: contentStart, end: OPEN },
    });
    builder.starts.push(contentStart);
  };
  const addPseudo = (start: number, heading: PseudoHeading, level: number): void => {
    addPreambleUpTo(start);
    addSection(builder, heading.headingRange, start, level, { start: heading.bodyStart, end: OPEN });
  };

  root.children.forEach((node, index) => {
    const range = offsets(node);
    if (!range) return;
    if (node.type === 'yaml') {
      frontMatter = node;
      contentStart = range.end;
      return;
    }
    if (node.type === 'heading') {
      const heading = node as Heading;
      const headingRange = contentRange(heading) ?? range;
      if (heading.depth === 1 && title === undefined && builder.sections.length === 0 && !namesSection(text.slice(headingRange.start, headingRange.end))) {
        title = text.slice(headingRange.start, headingRange.end).trim();
        contentStart = range.end;
        return;
      }
      addPreambleUpTo(range.start);
      lastLevel = heading.depth;
      addSection(builder, headingRange, range.start, heading.depth, { start: range.end, end: OPEN });
    } else if (node.type === 'paragraph') {
      const underHeading = root.children[index - 1]?.type === 'heading';
      const pseudo =
        leadingBoldHeading(node, text, isKnown) ?? labelLineHeading(node, text, isKnown) ?? (underHeading ? undefined : titleLineHeading(node, text, isKnown));
      if (pseudo) addPseudo(range.start, pseudo, lastLevel + 1);
      else if (addPipeRowColumns(builder, node, lastLevel + 1, () => addPreambleUpTo(range.start))) {
        // Like a table's columns: text after the rows continues the last column's section.
        const last = builder.sections[builder.sections.length - 1];
        if (last) last.bodyRange.end = OPEN;
      }
    } else if (node.type === 'list') {
      const next = root.children[index + 1];
      const followedByText = next !== undefined && next.type !== 'list' && next.type !== 'heading';
      for (const heading of numberedListHeadings(node, text, isKnown, followedByText)) addPseudo(heading.headingRange.start, heading, lastLevel + 1);
    } else if (node.type === 'html') {
      for (const heading of htmlHeadings(source, text, range)) {
        if (heading.depth > 0) lastLevel = heading.depth;
        addPseudo(heading.start, heading, heading.depth > 0 ? heading.depth : lastLevel + 1);
      }
    } else if (node.type === 'table') {
      const before = builder.sections.length;
      addPreambleUpTo(range.start);
      if (addTableRows(builder, node) || addTableColumns(builder, node, lastLevel + 1)) {
        // The table's own rows and columns are closed sections; text after it continues the last one.
        const last = builder.sections[builder.sections.length - 1];
        if (last && builder.sections.length > before) last.bodyRange.end = OPEN;
      }
    }
  });
  addPreambleUpTo(source.length);
  closeBodies(builder.sections, source.length, builder.starts);
  const metadata = frontMatter ? readMetadata(source, frontMatter) : { metaRanges: {} };
  return { text, sections: builder.sections, ...metadata, ...(title && !metadata.title ? { title } : {}) };
}
