import type { Blockquote, List, ListItem, Paragraph, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Point } from 'unist';
import { lastStartingAtOrBefore } from '../text/lines.js';
import { BLOCK_GROUP_SIZE } from './markdown-blocks.js';
import { Declined, decline, normalizeIdentifier, parseInline, type Segment } from './markdown-fast-inline.js';

/**
 * A Markdown parser for the CommonMark that notices are written in, giving the mdast tree
 * remark-parse (+ remark-frontmatter, + remark-gfm when `gfm`) gives, positions included, in
 * one pass over the lines. It loads in a few milliseconds where unified, remark and micromark
 * take about a hundred, and parses a notice several times faster. Wherever a document holds a
 * construct it does not reproduce exactly (tabs in list or quote indentation, link reference
 * definitions over lines or with escapes, code and HTML inside lists and quotes, named
 * character references outside a short list, micromark's position quirks…) it declines the
 * whole document with a reason and the caller parses it with micromark.
 * test/markdown-fast.test.ts proves the sameness on every Markdown fixture, the generated
 * benchmark corpus and generated documents.
 */
export type FastMarkdownResult = { root: Root } | { declined: string };

interface Line {
  start: number;
  /** End of the content, before the line ending. */
  end: number;
  /** Start of the next line. */
  next: number;
}

interface ContainerBase {
  /** Offset of the container's first character (its marker). */
  start: number;
  /** End of the last non-blank line that belonged to the container. */
  end: number;
  children: RootContent[];
}
interface RootContainer extends ContainerBase {
  kind: 'root';
}
interface QuoteContainer extends ContainerBase {
  kind: 'blockquote';
}
interface ListContainer extends ContainerBase {
  kind: 'list';
  ordered: boolean;
  /** The bullet (`-`, `+`, `*`) or the ordered delimiter (`.`, `)`). */
  marker: string;
  startNumber: number | null;
  items: ListItem[];
  spread: boolean;
  /** A blank line since the list's last non-blank line: an item after it makes the list loose. */
  blankSinceContent: boolean;
}
interface ItemContainer extends ContainerBase {
  kind: 'listItem';
  contentIndent: number;
  /** A blank line inside the item, after its first line, not yet followed by more of the item. */
  pendingBlank: boolean;
  spread: boolean;
}
type Container = RootContainer | QuoteContainer | ListContainer | ItemContainer;

interface ParagraphLeaf {
  kind: 'paragraph';
  /** The paragraph's lines; none yet while the content holds only link reference definitions. */
  segments: Segment[];
  /** The last definition has no title, which micromark would look for on the next line. */
  titleMayFollow?: boolean;
  /** Definitions came first: remark starts a setext heading made of the rest at the first of them. */
  afterDefinition?: boolean;
}
interface FencedLeaf {
  kind: 'fenced';
  start: number;
  fence: string;
  indent: number;
  lines: string[];
  end: number;
  closed: boolean;
}
interface HtmlLeaf {
  kind: 'html';
  start: number;
  end: number;
  /** What ends a block of kinds 1–5 (a line containing it); undefined: a blank line ends it (kinds 6, 7). */
  endMarker: RegExp | undefined;
}
interface TableLeaf {
  kind: 'table';
  rows: TableRow[];
  start: number;
  end: number;
}
interface IndentedLeaf {
  kind: 'indented';
  start: number;
  /** End of the last non-blank line: blank lines after it are not code. */
  end: number;
}
type Leaf = ParagraphLeaf | FencedLeaf | HtmlLeaf | TableLeaf | IndentedLeaf;

const BLOCK_NAMES = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(
    ' ',
  ),
);
const RAW_NAMES = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
const OPEN_TAG = String.raw`<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>\x60]+|'[^']*'|"[^"]*"))?)*[ \t]*/?>`;
const COMPLETE_TAG = new RegExp(String.raw`^(?:${OPEN_TAG}|</[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$`);
const ATX = /^(#{1,6})(?:[ \t]|$)/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const BULLET = /^([-+*])(?=[ \t]|$)/;
const ORDERED = /^([0-9]{1,9})([.)])(?=[ \t]|$)/;
/**
 * A link reference definition on one line: label, destination (`<…>` or bare, without
 * parentheses) and an optional title, none with escapes or character references (micromark
 * decodes those) nor a label of blanks only.
 */
const DEFINITION = /^\[([^[\]\\&\n]{1,999})\]:[ \t]*(?:<([^<>\\&\n]*)>|([^\s<>()\\&\p{Cc}]+))(?:[ \t]+(?:"([^"\\&]*)"|'([^'\\&]*)'|\(([^()\\&]*)\)))?[ \t]*$/u;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Where each line starts, for line and column of an offset. */
class Points {
  constructor(private readonly starts: readonly number[]) {}

  at(offset: number): Point {
    const line = Math.max(
      0,
      lastStartingAtOrBefore(this.starts, offset, (start) => start),
    );
    return { line: line + 1, column: offset - (this.starts[line] ?? 0) + 1, offset };
  }
}

function splitSourceLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= source.length) {
    let end = start;
    while (end < source.length && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
    if (end === source.length) {
      if (end > start || lines.length === 0 || start === source.length) lines.push({ start, end, next: end });
      break;
    }
    const next = source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    lines.push({ start, end, next });
    start = next;
  }
  return lines;
}

/**
 * Width of the indentation from `offset` in columns. A tab is allowed only in indentation that
 * starts the line (`tabs`), where it reaches the next multiple of four and so always makes four
 * or more; elsewhere micromark splits tabs into virtual spaces, which is declined.
 */
function spacesAt(source: string, offset: number, end: number, tabs = false): number {
  let width = 0;
  for (let index = offset; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code === 9) {
      if (!tabs) decline('tab in indentation');
      width += 4 - (width % 4);
    } else if (code === 32) width++;
    else break;
  }
  return width;
}

function firstNonBlank(source: string, offset: number, end: number): number {
  let index = offset;
  while (index < end && (source.charCodeAt(index) === 32 || source.charCodeAt(index) === 9)) index++;
  return index;
}

function isBlankFrom(source: string, offset: number, end: number): boolean {
  for (let index = offset; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * The kind of HTML block `text` (a line without its indentation) starts: the marker that ends it
 * (kinds 1–5), undefined when a blank line ends it (kinds 6 and 7), or false for none. Kind 7 (a
 * lone complete tag) cannot interrupt a paragraph, so it is not looked for when `interrupting`.
 */
function htmlStart(text: string, interrupting: boolean): RegExp | undefined | false {
  if (RAW_NAMES.test(text)) return /<\/(?:script|pre|style|textarea)>/i;
  if (text.startsWith('<!--')) return /-->/;
  if (text.startsWith('<?')) return /\?>/;
  if (text.startsWith('<![CDATA[')) return /\]\]>/;
  if (/^<![A-Za-z]/.test(text)) return />/;
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[ \t]|\/?>|$)/.exec(text)?.[1];
  if (name !== undefined && BLOCK_NAMES.has(name.toLowerCase())) return undefined;
  if (!interrupting && COMPLETE_TAG.test(text)) return undefined;
  return false;
}

class FastParser {
  private readonly lines: Line[];
  private readonly points: Points;
  private readonly stack: Container[];
  private leaf: Leaf | undefined;
  private readonly root: RootContainer = { kind: 'root', start: 0, end: 0, children: [] };
  private readonly indentedCode = new WeakSet<RootContent>();
  /** Whether lines may open lists and block quotes (not after an unclosed front matter fence). */
  private containers = true;
  /** Normalized labels (micromark's normalizeIdentifier) of the link reference definitions. */
  private readonly definitions = new Set<string>();
  /** Inline parses waiting for the document's definitions; undefined: parse at once (there are none). */
  private deferred: (() => void)[] | undefined;

  constructor(
    private readonly source: string,
    private readonly gfm: boolean,
  ) {
    this.lines = splitSourceLines(source);
    this.points = new Points(this.lines.map((line) => line.start));
    this.stack = [this.root];
  }

  private point(offset: number): Point {
    return this.points.at(offset);
  }

  private position(start: number, end: number): { start: Point; end: Point } {
    return { start: this.point(start), end: this.point(end) };
  }

  parse(): Root {
    const { source } = this;
    if (source.charCodeAt(0) === 0xfeff) decline('byte order mark');
    // A reference may come before its definition: inline content is parsed once all are known.
    if (source.includes(']:')) this.deferred = [];
    if (this.gfm && source.includes('[^')) decline('possible GFM footnote');
    let first = this.frontMatter();
    for (; first < this.lines.length; first++) {
      const line = this.lines[first];
      if (line) this.line(line);
    }
    this.closeLeaf();
    this.closeContainers(1);
    // Above BLOCK_GROUP_SIZE remark parses in groups of blocks, which definitions and unclosed front matter do not survive unchanged.
    if (this.definitions.size > 0 && source.length > BLOCK_GROUP_SIZE) decline('link reference definitions in a long document');
    for (const parse of this.deferred ?? []) parse();
    return { type: 'root', children: this.root.children, position: this.position(0, source.length) };
  }

  /** YAML front matter: `---` lines at the very start; the index of the first line after it. */
  private frontMatter(): number {
    const firstLine = this.lines[0];
    const fence = /^---[ \t]*$/;
    if (!firstLine || !fence.test(this.source.slice(firstLine.start, firstLine.end))) return 0;
    for (let index = 1; index < this.lines.length; index++) {
      const line = this.lines[index];
      if (!line) break;
      const text = this.source.slice(line.start, line.end);
      if (fence.test(text)) {
        const contentStart = firstLine.next;
        const previous = this.lines[index - 1];
        const contentEnd = index === 1 || !previous ? contentStart : previous.end;
        this.root.children.push({
          type: 'yaml',
          value: this.source.slice(contentStart, Math.max(contentStart, contentEnd)),
          position: this.position(0, line.end),
        });
        return index + 1;
      }
    }
    // An unclosed fence is no front matter, but micromark, trying it to the end, has by then fed
    // every line to its block parser as it would lines inside front matter: none opens a list or
    // block quote.
    // remark parses a long document in groups of blocks (markdown-blocks.ts), the later ones with containers.
    if (this.source.length > BLOCK_GROUP_SIZE) decline('unclosed front matter in a long document');
    this.containers = false;
    return 0;
  }

  private line(line: Line): void {
    const { source } = this;
    let offset = line.start;
    let matched = 1;
    // Which open containers the line continues.
    for (; matched < this.stack.length; matched++) {
      const container = this.stack[matched];
      if (!container || container.kind === 'root') break;
      if (container.kind === 'list') continue;
      if (container.kind === 'blockquote') {
        const indent = spacesAt(source, offset, line.end, offset === line.start);
        if (indent > 3 || source.charCodeAt(offset + indent) !== 62) break;
        offset += indent + 1;
        const after = source.charCodeAt(offset);
        if (after === 9) decline('tab after >');
        if (after === 32) offset++;
        container.end = line.end;
        continue;
      }
      // A list item: a blank line, or one indented to its content.
      if (isBlankFrom(source, offset, line.end)) {
        offset = line.end;
        continue;
      }
      const indent = spacesAt(source, offset, line.end);
      if (indent < container.contentIndent) break;
      offset += container.contentIndent;
    }
    const allMatched = matched === this.stack.length;
    const blank = isBlankFrom(source, offset, line.end);
    if (allMatched && this.leaf?.kind === 'indented') {
      if (blank) return;
      if (spacesAt(source, offset, line.end, offset === line.start) >= 4) {
        this.leaf.end = line.end;
        return;
      }
      this.closeLeaf();
    }
    if (allMatched && this.leaf?.kind === 'fenced') return this.fencedLine(line, offset);
    if (allMatched && this.leaf?.kind === 'html') {
      if (blank && this.leaf.endMarker === undefined) {
        this.closeLeaf();
        this.blankLine();
        return;
      }
      // Only a lazy line starts an HTML block inside a container (see lazyLine); its next lines would keep their prefixes.
      if (this.stack.length > 1) decline('HTML block inside a container');
      return this.htmlLine(line);
    }
    const paragraphIsTip = this.leaf?.kind === 'paragraph' && allMatched;

    // New containers.
    let opened = false;
    for (;;) {
      if (blank || !this.containers) break;
      const indent = spacesAt(source, offset, line.end, offset === line.start);
      if (indent >= 4) break;
      const at = offset + indent;
      const rest = source.slice(at, line.end);
      if (rest.startsWith('>')) {
        this.prepareNewBlock(matched, undefined, true);
        matched = this.stack.length + 1;
        this.stack.push({ kind: 'blockquote', start: at, end: line.end, children: [] });
        opened = true;
        offset = at + 1;
        const after = source.charCodeAt(offset);
        if (after === 9) decline('tab after >');
        if (after === 32) offset++;
        continue;
      }
      if (THEMATIC.test(rest)) break;
      if (paragraphIsTip && !opened && SETEXT.test(rest)) break;
      const bullet = BULLET.exec(rest);
      const ordered = bullet ? undefined : ORDERED.exec(rest);
      if (!bullet && !ordered) break;
      const markerEnd = at + (bullet?.[0] ?? ordered?.[0] ?? '').length;
      if (isBlankFrom(source, markerEnd, line.end)) {
        if (paragraphIsTip && !opened) break;
        decline('list item starting with a blank line');
      }
      if (source.charCodeAt(markerEnd) === 9) decline('tab after list marker');
      if (paragraphIsTip && !opened && ordered && ordered[1] !== '1') break;
      // micromark judges an item after indented code (and blank lines) as if it interrupted a paragraph.
      if (ordered && ordered[1] !== '1' && this.stack.length === 1 && this.endsWithIndentedCode())
        decline('ordered list not starting at 1 after indented code');
      let spaces = 0;
      while (source.charCodeAt(markerEnd + spaces) === 32) spaces++;
      if (source.charCodeAt(markerEnd + spaces) === 9) decline('tab after list marker');
      if (spaces > 4) decline('indented code at the start of a list item');
      if (this.gfm && /^\[[ xX]\](?:[ \t]|$)/.test(source.slice(markerEnd + spaces, line.end))) decline('GFM task list item');
      const marker = bullet ? (bullet[1] ?? '-') : (ordered?.[2] ?? '.');
      this.prepareNewBlock(matched, { marker, ordered: !bullet });
      let list = this.stack[this.stack.length - 1];
      if (list?.kind === 'list') {
        if (list.blankSinceContent) list.spread = true;
      } else {
        list = {
          kind: 'list',
          start: at,
          end: line.end,
          children: [],
          ordered: !bullet,
          marker,
          startNumber: ordered ? Number(ordered[1]) : null,
          items: [],
          spread: false,
          blankSinceContent: false,
        };
        this.stack.push(list);
      }
      this.stack.push({
        kind: 'listItem',
        start: at,
        end: line.end,
        children: [],
        contentIndent: markerEnd - offset + spaces,
        pendingBlank: false,
        spread: false,
      });
      matched = this.stack.length;
      opened = true;
      offset = markerEnd + spaces;
    }

    const lazy = !opened && !allMatched && !blank ? this.lazyKind(line, offset) : undefined;
    if (!opened && !allMatched && lazy === undefined) this.prepareNewBlock(matched, undefined);
    if (blank) {
      this.closeLeaf();
      this.blankLine();
      return;
    }
    for (const container of this.stack) {
      if (container.kind === 'list') container.blankSinceContent = false;
      else container.end = line.end;
    }
    if (lazy !== undefined) return this.lazyLine(line, offset, lazy);
    this.markContinued();
    this.leafLine(line, offset);
  }

  /**
   * What a line that continues only some of the open containers and opens none (from `offset`,
   * after the prefixes it did continue) is when a paragraph is open: its "lazy" continuation, the
   * start of a complete-tag HTML block, or undefined when it starts another block (or there is
   * no paragraph) and the containers it did not continue close before it.
   */
  private lazyKind(line: Line, offset: number): 'paragraph' | 'html' | undefined {
    if (this.leaf?.kind !== 'paragraph') return undefined;
    const { source } = this;
    // Indented code cannot interrupt a paragraph, so an indented line always continues it.
    if (spacesAt(source, offset, line.end, offset === line.start) >= 4) return 'paragraph';
    const rest = source.slice(firstNonBlank(source, offset, line.end), line.end);
    if (this.startsBlock(rest)) return undefined;
    // A lazy line may be a table row or delimiter row, which GFM tables treat in their own ways.
    if (this.gfm && rest.includes('|')) decline('lazy line with a pipe');
    // A lone complete tag interrupts the paragraph on a lazy line (micromark allows it there,
    // unlike on other lines; kinds 1-6 are among startsBlock's). micromark decides so only once it
    // has seen the next line, keeping the containers open meanwhile, so a last line without a line
    // ending closes them before the tag instead.
    if (htmlStart(rest, false) === undefined) return line.next > line.end ? 'html' : undefined;
    return 'paragraph';
  }

  /**
   * A lazy line, inside all the open containers (micromark keeps them open: the paragraph, or
   * the HTML block's check of the line after it, is still open across the line's start). Not a
   * setext underline: micromark takes none on a lazy line, so `===` is text.
   */
  private lazyLine(line: Line, offset: number, kind: 'paragraph' | 'html'): void {
    const leaf = this.leaf;
    if (leaf?.kind !== 'paragraph') return;
    // micromark's content goes on lazily after definitions too; that is left to it.
    if (leaf.segments.length === 0) decline('lazy line after a link reference definition');
    if (kind === 'paragraph') {
      leaf.segments.push({ start: firstNonBlank(this.source, offset, line.end), end: line.end, next: line.next });
      return;
    }
    this.closeLeaf();
    // Like an HTML block at the root, it starts before its indentation; a blank or lazy line ends it.
    this.leaf = { kind: 'html', start: offset, end: line.end, endMarker: undefined };
  }

  /**
   * Closes what a new block after the `matched` containers ends. A list stays open only for a
   * new item of its own kind (same bullet, or same delimiter). `opening`: the new block is a list
   * item or block quote.
   */
  private prepareNewBlock(matched: number, item: { marker: string; ordered: boolean } | undefined, opening = item !== undefined): void {
    if (opening && this.containerInQuoteClosedBy(matched, item)) decline('list or quote in a quote closed by a new list item or quote');
    this.closeLeaf();
    this.closeContainers(matched);
    const innermost = this.stack[this.stack.length - 1];
    if (innermost?.kind === 'list' && (!item || innermost.marker !== item.marker || innermost.ordered !== item.ordered)) {
      this.closeContainers(this.stack.length - 1);
    }
  }

  /**
   * Whether a new list item or block quote (`item` undefined) after the `matched` containers
   * closes a list or block quote inside a quote: remark then ends that container (and a list's
   * items) past the `>` of a later line, which is not reproduced.
   */
  private containerInQuoteClosedBy(matched: number, item: { marker: string; ordered: boolean } | undefined): boolean {
    const kept = this.stack[matched - 1];
    const keepsList = item !== undefined && kept?.kind === 'list' && kept.marker === item.marker && kept.ordered === item.ordered;
    const closedFrom = keepsList || kept?.kind !== 'list' ? matched : matched - 1;
    const quoteAt = this.stack.findIndex((container) => container.kind === 'blockquote');
    if (quoteAt === -1) return false;
    return this.stack.some((container, depth) => depth >= closedFrom && depth > quoteAt && (container.kind === 'list' || container.kind === 'blockquote'));
  }

  private blankLine(): void {
    // A list inside a quote ends at the end of a quoted blank line after it (past its items) in remark.
    const quoteAt = this.stack.findIndex((container) => container.kind === 'blockquote');
    if (quoteAt !== -1 && this.stack.some((container, depth) => depth > quoteAt && container.kind === 'list')) decline('blank line in a list inside a quote');
    const innermost = this.stack[this.stack.length - 1];
    if (innermost?.kind === 'listItem') innermost.pendingBlank = true;
    for (const container of this.stack) if (container.kind === 'list') container.blankSinceContent = true;
  }

  private markContinued(): void {
    const innermost = this.stack[this.stack.length - 1];
    if (innermost?.kind === 'listItem' && innermost.pendingBlank) {
      innermost.spread = true;
      innermost.pendingBlank = false;
    }
  }

  private endsWithIndentedCode(): boolean {
    const last = this.root.children[this.root.children.length - 1];
    return this.leaf === undefined && last !== undefined && this.indentedCode.has(last);
  }

  /** Whether `text` (a line without its indentation) opens a block that may interrupt a paragraph. */
  private startsBlock(text: string): boolean {
    return (
      ATX.test(text) ||
      FENCE.test(text) ||
      THEMATIC.test(text) ||
      text.startsWith('>') ||
      htmlStart(text, true) !== false ||
      BULLET.test(text) ||
      ORDERED.test(text)
    );
  }

  /**
   * Whether the line from `at`, at the start of a paragraph's content (or after definitions),
   * is a link reference definition: if so its node goes to the container. A line that may be
   * one that is not reproduced (over lines, with escapes…), or a title on the line after a
   * definition, declines.
   */
  private definitionOrTitle(leaf: ParagraphLeaf, line: Line, at: number): boolean {
    const { source } = this;
    const code = source.charCodeAt(at);
    if (leaf.titleMayFollow && (code === 34 || code === 39 || code === 40)) decline('possible link reference definition title on its own line');
    if (code !== 91 || !this.deferred) return false;
    const rest = source.slice(at, line.end);
    const match = DEFINITION.exec(rest);
    const label = match?.[1];
    if (!match || label === undefined || label.trim() === '') {
      // The first `]` ends a label: when none follows or it is `]:`, micromark may see a definition.
      if (rest.includes(']:') || !rest.includes(']')) decline('possible link reference definition');
      return false;
    }
    const identifier = normalizeIdentifier(label);
    this.definitions.add(identifier);
    const title = match[4] ?? match[5] ?? match[6];
    const container = this.stack[this.stack.length - 1] ?? this.root;
    container.children.push({
      type: 'definition',
      identifier: identifier.toLowerCase(),
      label,
      title: title ?? null,
      url: match[2] ?? match[3] ?? '',
      position: this.position(at, line.end),
    });
    leaf.titleMayFollow = title === undefined;
    leaf.afterDefinition = true;
    return true;
  }

  private leafLine(line: Line, offset: number): void {
    const { source } = this;
    const indent = spacesAt(source, offset, line.end, offset === line.start);
    const at = firstNonBlank(source, offset, line.end);
    const rest = source.slice(at, line.end);
    const leaf = this.leaf;
    if (leaf?.kind === 'paragraph') {
      if (leaf.segments.length === 0) {
        if (indent >= 4) decline('indented line after a link reference definition');
        if (this.definitionOrTitle(leaf, line, at)) return;
      }
      if (indent < 4) {
        if (leaf.afterDefinition && (SETEXT.test(rest) || (this.gfm && DELIMITER_ROW.test(rest))))
          decline('setext underline or table delimiter after a link reference definition');
        if (SETEXT.test(rest)) {
          if (this.gfm && this.source.slice(leaf.segments[leaf.segments.length - 1]?.start ?? 0, line.start).includes('|'))
            decline('setext underline or table delimiter');
          return this.setextHeading(leaf, line, at);
        }
        if (this.gfm && DELIMITER_ROW.test(rest) && rest.includes('|')) return this.tableStart(leaf, line, at);
        if (ATX.test(rest) || FENCE.test(rest) || THEMATIC.test(rest) || htmlStart(rest, true) !== false) {
          this.closeLeaf();
          return this.newLeaf(line, at, indent);
        }
      }
      leaf.segments.push({ start: at, end: line.end, next: line.next });
      return;
    }
    if (leaf?.kind === 'table') {
      if (indent >= 4 || this.startsBlock(rest) || !rest.includes('|')) decline('table followed by another block without a blank line');
      leaf.rows.push(this.tableRow(at, line.end));
      leaf.end = line.end;
      return;
    }
    this.closeLeaf();
    this.newLeaf(line, at, indent);
  }

  private newLeaf(line: Line, at: number, indent: number): void {
    const { source } = this;
    const rest = source.slice(at, line.end);
    const container = this.stack[this.stack.length - 1] ?? this.root;
    if (indent >= 4) {
      if (this.stack.length > 1) decline('indented code inside a container');
      // Right after a list or quote micromark may split such code in two.
      const previous = this.root.children[this.root.children.length - 1];
      if (previous?.type === 'list' || previous?.type === 'blockquote') decline('indented code after a list or quote');
      this.leaf = { kind: 'indented', start: line.start, end: line.end };
      return;
    }
    const atx = ATX.exec(rest);
    if (atx) {
      container.children.push(this.atxHeading(line, at, (atx[1] ?? '#').length));
      return;
    }
    if (THEMATIC.test(rest)) {
      container.children.push({ type: 'thematicBreak', position: this.position(at, line.end) });
      return;
    }
    const fence = FENCE.exec(rest);
    if (fence) {
      if (this.stack.length > 1) decline('fenced code inside a container');
      const marker = fence[1] ?? '```';
      if (marker.startsWith('`') && (fence[2] ?? '').includes('`')) decline('backtick in a code fence info string');
      this.leaf = { kind: 'fenced', start: at, fence: marker, indent, lines: [], end: line.end, closed: false };
      return;
    }
    if (rest.startsWith('<')) {
      const endMarker = htmlStart(rest, false);
      if (endMarker !== false) {
        if (this.stack.length > 1) decline('HTML block inside a container');
        // Unlike other blocks, remark's HTML block starts at the line's start, indentation included.
        this.leaf = { kind: 'html', start: line.start, end: line.end, endMarker };
        if (endMarker && endMarker.test(rest.slice(1))) this.closeLeaf();
        return;
      }
    }
    const paragraph: ParagraphLeaf = { kind: 'paragraph', segments: [] };
    if (!this.definitionOrTitle(paragraph, line, at)) paragraph.segments.push({ start: at, end: line.end, next: line.next });
    this.leaf = paragraph;
  }

  private fencedLine(line: Line, offset: number): void {
    const leaf = this.leaf;
    if (leaf?.kind !== 'fenced') return;
    const { source } = this;
    const indent = spacesAt(source, offset, line.end);
    const rest = source.slice(offset + indent, line.end);
    const closing = indent < 4 && rest.startsWith(leaf.fence) && new RegExp(`^${leaf.fence[0] === '`' ? '`' : '~'}+[ \\t]*$`).test(rest);
    leaf.end = line.end;
    if (closing) {
      leaf.closed = true;
      this.closeLeaf();
      return;
    }
    let strip = 0;
    while (strip < leaf.indent && source.charCodeAt(offset + strip) === 32) strip++;
    leaf.lines.push(source.slice(offset + strip, line.end));
  }

  private htmlLine(line: Line): void {
    const leaf = this.leaf;
    if (leaf?.kind !== 'html') return;
    leaf.end = line.end;
    if (leaf.endMarker?.test(this.source.slice(line.start, line.end))) this.closeLeaf();
  }

  private atxHeading(line: Line, at: number, depth: number): RootContent {
    const { source } = this;
    let contentStart = at + depth;
    let contentEnd = line.end;
    while (contentStart < contentEnd && (source.charCodeAt(contentStart) === 32 || source.charCodeAt(contentStart) === 9)) contentStart++;
    while (contentEnd > contentStart && (source.charCodeAt(contentEnd - 1) === 32 || source.charCodeAt(contentEnd - 1) === 9)) contentEnd--;
    // A closing sequence of #s, preceded by a blank or standing alone.
    let hashes = contentEnd;
    while (hashes > contentStart && source.charCodeAt(hashes - 1) === 35) hashes--;
    if (hashes < contentEnd && (hashes === contentStart || source.charCodeAt(hashes - 1) === 32 || source.charCodeAt(hashes - 1) === 9)) {
      contentEnd = hashes;
      while (contentEnd > contentStart && (source.charCodeAt(contentEnd - 1) === 32 || source.charCodeAt(contentEnd - 1) === 9)) contentEnd--;
    }
    const children = contentEnd > contentStart ? this.inline([{ start: contentStart, end: contentEnd, next: contentEnd }]) : [];
    return { type: 'heading', depth: depth as 1 | 2 | 3 | 4 | 5 | 6, children, position: this.position(at, line.end) };
  }

  private setextHeading(leaf: ParagraphLeaf, line: Line, at: number): void {
    const first = leaf.segments[0];
    if (!first) return;
    this.leaf = undefined;
    const depth = this.source.charCodeAt(at) === 61 ? 1 : 2;
    const container = this.stack[this.stack.length - 1] ?? this.root;
    container.children.push({ type: 'heading', depth, children: this.inline(leaf.segments), position: this.position(first.start, line.end) });
  }

  private tableStart(leaf: ParagraphLeaf, line: Line, at: number): void {
    // The header row is the paragraph's last line; the lines before it stay a paragraph.
    const header = leaf.segments[leaf.segments.length - 1];
    if (!header) return;
    if (this.stack.length > 1) decline('table inside a container');
    const headerText = this.source.slice(header.start, header.end);
    if (!headerText.includes('|')) decline('table header without a pipe');
    const headerRow = this.tableRow(header.start, header.end);
    const delimiterCells = this.cellRanges(at, line.end).length;
    if (headerRow.children.length !== delimiterCells) decline('table header and delimiter row differ in cells');
    leaf.segments.pop();
    if (leaf.segments.length > 0) this.closeLeaf();
    // A table without body rows ends at its delimiter row.
    this.leaf = { kind: 'table', rows: [headerRow], start: header.start, end: line.end };
  }

  /** Cell ranges of a table row: from the pipe before a cell to the next pipe; the last cell runs to the line's end. */
  private cellRanges(start: number, end: number): { start: number; end: number; contentStart: number; contentEnd: number }[] {
    const { source } = this;
    const pipes: number[] = [];
    for (let index = start; index < end; index++) {
      const code = source.charCodeAt(index);
      if (code === 124) pipes.push(index);
      else if (code === 92) {
        // `\|` is a pipe inside a cell, which remark-gfm unescapes in its own way.
        if (source.charCodeAt(index + 1) === 124) decline('escaped pipe in a table row');
        index++;
      }
    }
    let contentLimit = end;
    while (contentLimit > start && (source.charCodeAt(contentLimit - 1) === 32 || source.charCodeAt(contentLimit - 1) === 9)) contentLimit--;
    const trailingPipe = pipes.length > 0 && pipes[pipes.length - 1] === contentLimit - 1;
    const cells: { start: number; end: number; contentStart: number; contentEnd: number }[] = [];
    let cellStart = start;
    let contentStart = source.charCodeAt(start) === 124 ? start + 1 : start;
    const boundaries = pipes.filter((pipe) => pipe !== start && !(trailingPipe && pipe === contentLimit - 1));
    for (const pipe of [...boundaries, -1]) {
      const isLast = pipe === -1;
      const cellEnd = isLast ? end : pipe;
      let contentEnd = isLast ? (trailingPipe ? contentLimit - 1 : contentLimit) : pipe;
      let from = contentStart;
      while (from < contentEnd && (source.charCodeAt(from) === 32 || source.charCodeAt(from) === 9)) from++;
      while (contentEnd > from && (source.charCodeAt(contentEnd - 1) === 32 || source.charCodeAt(contentEnd - 1) === 9)) contentEnd--;
      cells.push({ start: cellStart, end: cellEnd, contentStart: from, contentEnd });
      cellStart = pipe;
      contentStart = pipe + 1;
    }
    return cells;
  }

  private tableRow(start: number, end: number): TableRow {
    const children: TableCell[] = this.cellRanges(start, end).map((cell) => ({
      type: 'tableCell',
      children: cell.contentEnd > cell.contentStart ? this.inline([{ start: cell.contentStart, end: cell.contentEnd, next: cell.contentEnd }]) : [],
      position: this.position(cell.start, cell.end),
    }));
    return { type: 'tableRow', children, position: this.position(start, end) };
  }

  private inline(segments: readonly Segment[]): ReturnType<typeof parseInline> {
    const options = {
      source: this.source,
      point: (offset: number) => this.point(offset),
      gfm: this.gfm,
      inContainer: this.stack.length > 1,
      definitions: this.definitions,
    };
    if (!this.deferred) return parseInline(segments, options);
    const children: ReturnType<typeof parseInline> = [];
    this.deferred.push(() => children.push(...parseInline(segments, options)));
    return children;
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = undefined;
    const container = this.stack[this.stack.length - 1] ?? this.root;
    if (leaf.kind === 'paragraph') {
      const first = leaf.segments[0];
      const last = leaf.segments[leaf.segments.length - 1];
      if (!first || !last) return;
      const paragraph: Paragraph = { type: 'paragraph', children: this.inline(leaf.segments), position: this.position(first.start, last.end) };
      container.children.push(paragraph);
    } else if (leaf.kind === 'fenced') {
      if (!leaf.closed) decline('unclosed fenced code');
      container.children.push({ type: 'code', lang: null, meta: null, value: leaf.lines.join('\n'), position: this.position(leaf.start, leaf.end) });
    } else if (leaf.kind === 'indented') {
      const code: RootContent = {
        type: 'code',
        lang: null,
        meta: null,
        // Each line less its first four columns of indentation (a tab reaches column four).
        value: this.source
          .slice(leaf.start, leaf.end)
          .split(/(?<=\r\n|\r|\n)/)
          .map((line) => line.replace(/^(?: {4}| {0,3}\t| {1,3}(?=\r|\n|$))/, ''))
          .join(''),
        position: this.position(leaf.start, leaf.end),
      };
      this.indentedCode.add(code);
      container.children.push(code);
    } else if (leaf.kind === 'html') {
      container.children.push({ type: 'html', value: this.source.slice(leaf.start, leaf.end), position: this.position(leaf.start, leaf.end) });
    } else {
      const table: Table = { type: 'table', align: [], children: leaf.rows, position: this.position(leaf.start, leaf.end) };
      container.children.push(table);
    }
  }

  /** Closes the containers from depth `depth` on, innermost first. */
  private closeContainers(depth: number): void {
    while (this.stack.length > depth) {
      const container = this.stack.pop();
      const parent = this.stack[this.stack.length - 1] ?? this.root;
      if (!container) break;
      if (container.kind === 'blockquote') {
        const node: Blockquote = {
          type: 'blockquote',
          children: container.children as Blockquote['children'],
          position: this.position(container.start, container.end),
        };
        parent.children.push(node);
      } else if (container.kind === 'listItem') {
        if (parent.kind !== 'list') continue;
        const last = container.children[container.children.length - 1];
        const end = last?.position?.end.offset ?? container.end;
        parent.items.push({
          type: 'listItem',
          spread: container.spread,
          checked: null,
          children: container.children as ListItem['children'],
          position: this.position(container.start, Math.max(end, container.end)),
        });
        parent.end = Math.max(end, container.end);
      } else if (container.kind === 'list') {
        const node: List = {
          type: 'list',
          ordered: container.ordered,
          start: container.startNumber,
          spread: container.spread,
          children: container.items,
          position: this.position(container.start, container.end),
        };
        parent.children.push(node);
      }
    }
  }
}

/** The mdast tree of `source`, or why the fast parser leaves it to micromark. */
export function parseMarkdownFast(source: string, gfm: boolean): FastMarkdownResult {
  try {
    return { root: new FastParser(source, gfm).parse() };
  } catch (error) {
    if (error instanceof Declined) return { declined: error.message };
    throw error;
  }
}
