import { markdownTree, parseMarkdown } from '../parse/markdown.js';
import { MAX_HEADINGS, MAX_NESTING, MAX_PARAGRAPH_DELIMITERS, isBlank, isBlankLine, tooComplex, tooDeep } from '../parse/limits.js';
import { splitLines } from '../text/lines.js';
import type { NoticeFormat } from './format.js';

const [ASTERISK, UNDERSCORE, BRACKET, BACKTICK, LESS_THAN, EXCLAMATION, QUESTION] = ['*', '_', '[', '`', '<', '!', '?'].map((c) => c.charCodeAt(0));

/** Characters that open inline constructs micromark resolves across the whole paragraph (by code: every character of every notice passes here). */
function delimitersIn(source: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code === ASTERISK || code === UNDERSCORE || code === BRACKET || code === BACKTICK) count++;
    else if (code === LESS_THAN) {
      const next = source.charCodeAt(index + 1);
      if (next === EXCLAMATION || next === QUESTION) count++;
    }
  }
  return count;
}

/** Nesting a Markdown line opens: block quotes and list markers in its prefix, and its indentation. */
function markdownLineDepth(source: string, start: number, end: number): number {
  let depth = 0;
  let indent = 0;
  let index = start;
  while (index < end && isBlank(source[index])) {
    indent += source[index] === '\t' ? 4 : 1;
    index++;
  }
  while (index < end) {
    const character = source[index] ?? '';
    if (isBlank(character)) index++;
    else if (character === '>') {
      depth++;
      index++;
    } else if ((character === '-' || character === '*' || character === '+') && isBlank(source[index + 1])) {
      depth++;
      index += 2;
    } else break;
  }
  return depth + Math.floor(indent / 2);
}

/** Headings, block nesting and inline delimiters per paragraph, each under its limit. */
function checkMarkdownStructure(source: string): void {
  let headings = 0;
  let delimiters = 0;
  let paragraphStart = -1;
  for (const { start, end } of splitLines(source)) {
    if (source[start] === '#' && ++headings > MAX_HEADINGS) throw tooComplex(start, 'too-many-headings', MAX_HEADINGS);
    if (markdownLineDepth(source, start, end) > MAX_NESTING) throw tooDeep(start, 'blocks');
    if (isBlankLine(source, start, end)) {
      paragraphStart = -1;
      continue;
    }
    if (paragraphStart === -1) {
      paragraphStart = start;
      delimiters = 0;
    }
    delimiters += delimitersIn(source, start, end);
    if (delimiters > MAX_PARAGRAPH_DELIMITERS) throw tooComplex(paragraphStart, 'too-many-markers', MAX_PARAGRAPH_DELIMITERS);
  }
}

export const markdownFormat: NoticeFormat = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  checkStructure: checkMarkdownStructure,
  // The fast parser first; unified, remark and micromark are loaded only for a document it declines.
  parse: async (source, pack) => parseMarkdown(source, await markdownTree(source), pack),
  comments: { kind: 'html' },
  rendersMarkdown: true,
  // Inline HTML is legitimate Markdown: a renderer shows none of it literally.
  literalRanges: () => [],
};
