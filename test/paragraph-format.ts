import type { Locator, NoticeFormat } from '../src/formats/index.js';
import { MAX_NESTING, tooDeep } from '../src/parse/limits.js';
import { parseText } from '../src/parse/text.js';

/**
 * A test-only format, the whole of it in this one file: notices whose positions are
 * paragraph numbers and characters within the paragraph, as a reader of a converted
 * DOCX or PDF would count them. Paragraphs are separated by blank lines; `//` starts a comment.
 */

/** Offsets where paragraphs start: the first non-blank line after a blank line. */
function paragraphStarts(source: string): number[] {
  const starts: number[] = [];
  let afterBlank = true;
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const blank = line.trim() === '';
    if (!blank && afterBlank) starts.push(lineStart);
    afterBlank = blank;
    lineStart += line.length + 1;
  }
  return starts.length > 0 ? starts : [0];
}

/** `line` is the paragraph's number, `column` the character in it; a gap belongs to the paragraph before it. */
function paragraphLocator(source: string): Locator {
  const starts = paragraphStarts(source);
  return {
    position(offset) {
      let index = 0;
      while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index++;
      return { line: index + 1, column: Math.max(0, offset - (starts[index] ?? 0)) + 1 };
    },
  };
}

/** Paragraphs opening with more quote markers than the nesting limit are refused, as Markdown refuses deep block quotes. */
function checkQuoteDepth(source: string): void {
  for (const start of paragraphStarts(source)) {
    let depth = 0;
    while (source[start + depth] === '>') depth++;
    if (depth > MAX_NESTING) throw tooDeep(start, 'blocks');
  }
}

export const paragraphFormat: NoticeFormat = {
  name: 'paragraphs',
  extensions: ['.para'],
  checkStructure: checkQuoteDepth,
  parse: parseText,
  comments: { kind: 'line', marker: '//' },
  rendersMarkdown: false,
  literalRanges: ({ source }) => [{ start: 0, end: source.length }],
  locate: paragraphLocator,
};
