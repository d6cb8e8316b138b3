import type { Range } from '../model/types.js';
import { parseHtmlNotice } from '../parse/html.js';
import { MAX_HEADINGS, MAX_NESTING, tooComplex, tooDeep } from '../parse/limits.js';
import { hiddenElements } from '../text/html.js';
import type { NoticeFormat, ProseSource } from './format.js';

/**
 * Elements that hold no others or whose end tag may be left out (`<p>`, `<li>` closed by the
 * next one): counting them would read a page of unclosed paragraphs as deeply nested.
 */
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta source track wbr ' + // void
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp html head body'
  ).split(' '),
);

/** Content the tag scan skips: no tags inside, and `<` there is text. */
const RAW_TEXT = ['script', 'style', 'textarea', 'title'];

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>|<!--/g;

/**
 * Element nesting and headings, each under its limit. The tree is converted and walked
 * recursively, so hostile nesting is refused before parsing; a linear scan of the tags with a
 * stack of open elements, closing implicitly like a browser only as far as the matching name.
 */
function checkHtmlStructure(source: string): void {
  const open: string[] = [];
  let headings = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
    if (match[0] === '<!--') {
      const close = source.indexOf('-->', match.index + 4);
      if (close === -1) return;
      TAG.lastIndex = close + 3;
      continue;
    }
    const name = (match[2] ?? '').toLowerCase();
    if (match[1] === '/') {
      const index = open.lastIndexOf(name);
      if (index !== -1) open.length = index;
      continue;
    }
    if (/^h[1-6]$/.test(name) && ++headings > MAX_HEADINGS) throw tooComplex(match.index, 'too-many-headings', MAX_HEADINGS);
    if (RAW_TEXT.includes(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = TAG.lastIndex;
      const close = end.exec(source);
      if (!close) return;
      TAG.lastIndex = close.index;
      continue;
    }
    if (match[3] === '/' || NOT_NESTING.has(name)) continue;
    open.push(name);
    if (open.length > MAX_NESTING) throw tooDeep(match.index, 'elements');
  }
}

/** A tag written as text, escaped so the reader sees it: "&lt;div class=x&gt;". */
const ESCAPED_TAG = /&lt;\/?[a-zA-Z][a-zA-Z0-9]{0,9}\b[^<>&\r\n]{0,200}&gt;/g;

/** Merged, sorted ranges, for a sweep in offset order. */
function merged(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
  const result: Range[] = [];
  for (const range of sorted) {
    const last = result[result.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else result.push({ ...range });
  }
  return result;
}

/** Whether offsets, asked in increasing order, fall inside `ranges`: one pass over them in all. */
function sweep(ranges: readonly Range[]): (offset: number) => boolean {
  let index = 0;
  return (offset) => {
    while (index < ranges.length && (ranges[index]?.end ?? 0) <= offset) index++;
    const range = ranges[index];
    return range !== undefined && range.start <= offset;
  };
}

/**
 * In HTML, tags and character references are the markup itself; only a tag escaped into the
 * text is a leftover the reader sees. Escapes inside tags (attribute values), scripts and styles
 * are not shown, nor are those outside every section. One pass: the matches come in order.
 */
function escapedTags({ source, sections }: ProseSource): Range[] {
  const inSection = sweep(merged(sections.flatMap(({ headingRange, bodyRange }) => [headingRange, bodyRange])));
  const inHidden = sweep(merged(hiddenElements(source)));
  let scanned = 0;
  let insideTag = false;
  const found: Range[] = [];
  for (const match of source.matchAll(ESCAPED_TAG)) {
    for (; scanned < match.index; scanned++) {
      if (source[scanned] === '<') insideTag = true;
      else if (source[scanned] === '>') insideTag = false;
    }
    if (!insideTag && inSection(match.index) && !inHidden(match.index)) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export const htmlFormat: NoticeFormat = {
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  checkStructure: checkHtmlStructure,
  parse: parseHtmlNotice,
  comments: { kind: 'html' },
  // Markdown pasted into a page shows its asterisks: "**Version:** 1.0" is a leftover there too.
  rendersMarkdown: true,
  literalRanges: escapedTags,
};
