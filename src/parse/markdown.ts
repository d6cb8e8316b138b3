import type { Heading, Nodes, Paragraph, Root, Table, Yaml } from 'mdast';
import type { LanguagePack } from '../lexicon/index.js';
import type { Range, Section } from '../model/types.js';
import { blank } from '../text/html.js';
import { classifyHeading } from './classify.js';
import { OPEN, closeBodies, splitHeadingNumber, type ParsedDocument } from './document.js';
import { readMetadata } from './metadata.js';

type MarkdownParse = (source: string) => Root;

const parsers = new Map<boolean, MarkdownParse>();

/**
 * remark is loaded on first use so that linting plain-text and YAML notices does not
 * pay for it; GFM (tables) roughly halves parsing speed, so it is used only when a
 * file has table rows (DESIGN.md "Performance notes").
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
  const parse: MarkdownParse = (source) => processor.parse(source);
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

/** Collects the ranges of text the reader sees; everything else gets blanked. */
function visibleRanges(root: Root): Range[] {
  const ranges: Range[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const range = offsets(node);
      if (range) ranges.push(range);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return ranges.sort((a, b) => a.start - b.start);
}

function maskOf(source: string, root: Root): string {
  const hidden: Range[] = [];
  let position = 0;
  for (const range of visibleRanges(root)) {
    if (range.start > position) hidden.push({ start: position, end: range.start });
    position = Math.max(position, range.end);
  }
  if (position < source.length) hidden.push({ start: position, end: source.length });
  const masked = blank(source, hidden);
  const shortcodes = [...masked.matchAll(SHORTCODE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return blank(masked, shortcodes);
}

/** A paragraph that is only bold (or italic) text, optionally ending in ":" — a heading in many notices. */
function isBoldOnly(paragraph: Paragraph, text: string): boolean {
  const [first, second, ...rest] = paragraph.children;
  if (!first || (first.type !== 'strong' && first.type !== 'emphasis') || rest.length > 0) return false;
  if (second && !(second.type === 'text' && /^\s*:?\s*$/.test(second.value))) return false;
  const range = contentRange(first);
  return range !== undefined && text.slice(range.start, range.end).trim().length <= 120;
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

export function parseMarkdown(source: string, root: Root, pack: LanguagePack): ParsedDocument {
  const text = maskOf(source, root);
  const builder: Builder = { sections: [], starts: [], text, pack };
  let lastLevel = 1;
  let frontMatter: Yaml | undefined;
  let title: string | undefined;
  let contentStart = 0;
  let preambleAdded = false;

  const addPreambleUpTo = (offset: number): void => {
    if (preambleAdded) return;
    preambleAdded = true;
    if (text.slice(contentStart, offset).trim() === '') return;
    builder.sections.push({ elements: [], heading: '', headingRange: { start: contentStart, end: contentStart }, level: 1, bodyRange: { start: contentStart, end: OPEN } });
    builder.starts.push(contentStart);
  };

  for (const node of root.children) {
    const range = offsets(node);
    if (!range) continue;
    if (node.type === 'yaml') {
      frontMatter = node;
      contentStart = range.end;
      continue;
    }
    if (node.type === 'heading') {
      const heading = node as Heading;
      const headingRange = contentRange(heading) ?? range;
      if (heading.depth === 1 && title === undefined && builder.sections.length === 0) {
        title = text.slice(headingRange.start, headingRange.end).trim();
        contentStart = range.end;
        continue;
      }
      addPreambleUpTo(range.start);
      lastLevel = heading.depth;
      addSection(builder, headingRange, range.start, heading.depth, { start: range.end, end: OPEN });
    } else if (node.type === 'paragraph' && isBoldOnly(node, text)) {
      const headingRange = contentRange(node.children[0] as Nodes & { children: Nodes[] }) ?? range;
      addPreambleUpTo(range.start);
      addSection(builder, headingRange, range.start, lastLevel + 1, { start: range.end, end: OPEN });
    } else if (node.type === 'table') {
      const before = builder.sections.length;
      addPreambleUpTo(range.start);
      if (addTableRows(builder, node)) {
        // The table's own rows are closed sections; text after it continues the last one.
        const last = builder.sections[builder.sections.length - 1];
        if (last && builder.sections.length > before) last.bodyRange.end = range.end;
      }
    }
  }
  addPreambleUpTo(source.length);
  closeBodies(builder.sections, source.length, builder.starts);
  const metadata = frontMatter ? readMetadata(source, frontMatter) : { metaRanges: {} };
  return { text, sections: builder.sections, ...metadata, ...(title && !metadata.title ? { title } : {}) };
}
