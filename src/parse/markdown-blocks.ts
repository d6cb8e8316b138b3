import type { Nodes, Root, RootContent } from 'mdast';

/**
 * micromark rebuilds the whole document's event list each time it closes a list or block quote,
 * so its time grows with the square of a long notice's size (1 MB took seconds, 2 MB minutes).
 * A notice is a sequence of top-level blocks; parsed block group by block group, each group's
 * cost stays small. Groups split only where CommonMark cannot continue a block: at a blank line
 * followed by an unindented line that starts no list item nor `---`, outside fenced code and HTML
 * blocks that may span blank lines. Below the group size nothing is split, so ordinary notices
 * parse exactly as one document.
 */
export const BLOCK_GROUP_SIZE = 32_768;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A group opening with `---` would read as front matter, which only the document's start may hold. */
const FRONT_MATTER_FENCE = /^(?:-{3,}|\+{3,})[ \t]*$/;
/** HTML blocks of CommonMark types 1–5 run to their end marker, across blank lines. */
const SPANNING_HTML: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

const DEFINITION = /^ {0,3}\[[^\]\r\n]{1,999}\]:[ \t]*\S/;

interface BlockGroups {
  /** Offsets where a new group of top-level blocks starts. */
  starts: number[];
  /** Link reference definitions ("[guild]: https://…"): they hold for the whole document. */
  definitions: string[];
}

/** Groups of top-level blocks at least `groupSize` long, and the document's link reference definitions. */
export function blockGroups(source: string, groupSize = BLOCK_GROUP_SIZE): BlockGroups {
  if (source.length <= groupSize) return { starts: [0], definitions: [] };
  const starts = [0];
  const definitions: string[] = [];
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  for (let lineStart = 0; lineStart < source.length;) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline + 1;
    const line = source.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
    const blank = line.trim() === '';
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (!blank) {
      if (DEFINITION.test(line)) definitions.push(line);
      const canSplit =
        previousBlank &&
        !/^[ \t]/.test(line) &&
        !LIST_ITEM.test(line) &&
        !FRONT_MATTER_FENCE.test(line) &&
        lineStart - (starts[starts.length - 1] ?? 0) >= groupSize;
      if (canSplit) starts.push(lineStart);
      const opened = FENCE.exec(line)?.[1];
      if (opened) fence = opened.slice(0, 3);
      else htmlEnd = SPANNING_HTML.find(([open, close]) => open.test(line) && !close.test(line.replace(open, '')))?.[1];
    }
    previousBlank = blank;
    lineStart = lineEnd;
  }
  return { starts, definitions };
}

function countLines(text: string): number {
  let lines = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}

function shift(node: Nodes, offset: number, lines: number): void {
  const { position } = node;
  if (position) {
    position.start = { ...position.start, line: position.start.line + lines, offset: (position.start.offset ?? 0) + offset };
    position.end = { ...position.end, line: position.end.line + lines, offset: (position.end.offset ?? 0) + offset };
  }
  if ('children' in node) for (const child of node.children) shift(child, offset, lines);
}

/** Parses `source` group by group of top-level blocks into one tree, positions as in `source`. */
export function parseInBlockGroups(source: string, parse: (text: string) => Root, groupSize = BLOCK_GROUP_SIZE): Root {
  const { starts, definitions } = blockGroups(source, groupSize);
  if (starts.length === 1) return parse(source);
  // Every group sees the document's definitions, appended after its own text and dropped again.
  const appendix = definitions.length > 0 ? `\n\n${definitions.join('\n')}\n` : '';
  const children: RootContent[] = [];
  let lines = 0;
  starts.forEach((start, index) => {
    const text = source.slice(start, starts[index + 1] ?? source.length);
    const root = parse(text + appendix);
    const own = root.children.filter((child) => (child.position?.start.offset ?? 0) < text.length);
    for (const child of own) shift(child, start, lines);
    children.push(...own);
    lines += countLines(text);
  });
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines + 1, column: 1, offset: source.length } } };
}
