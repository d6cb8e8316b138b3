import type { SourceKind } from '../model/types.js';
import { ParseError } from './document.js';

/**
 * Structure no privacy notice has, refused before parsing: the Markdown and YAML parsers
 * recurse per nesting level and slow down per heading, so hostile input could exhaust the
 * stack or take minutes. Real notices have tens of headings and a few levels of nesting.
 */
export const MAX_HEADINGS = 5000;
export const MAX_NESTING = 100;

function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
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

function countIndent(source: string, start: number, end: number): number {
  let indent = 0;
  while (start + indent < end && source[start + indent] === ' ') indent++;
  return indent;
}

function tooDeep(offset: number, what: string): ParseError {
  return new ParseError(`Nested more than ${MAX_NESTING} levels deep (${what}); not parsed.`, offset, 'too-deep');
}

/** Throws a ParseError ('too-complex' or 'too-deep') at the first line past a limit. */
export function checkStructure(source: string, kind: SourceKind): void {
  if (kind === 'text') return; // the plain-text parser is a linear scan without recursion
  let headings = 0;
  let brackets = 0; // YAML flow collections may span lines: the depth carries over
  for (let start = 0; start < source.length; ) {
    let end = start;
    while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
    if (kind === 'markdown') {
      if (source[start] === '#' && ++headings > MAX_HEADINGS) {
        throw new ParseError(`More than ${MAX_HEADINGS} headings: not a privacy notice, or generated; not parsed.`, start, 'too-complex');
      }
      if (markdownLineDepth(source, start, end) > MAX_NESTING) throw tooDeep(start, 'block quotes, lists or indentation');
    } else {
      if (countIndent(source, start, end) / 2 > MAX_NESTING) throw tooDeep(start, 'indentation');
      for (let index = start; index < end; index++) {
        const character = source[index];
        if (character === '#' && (index === start || isBlank(source[index - 1]))) break; // a comment
        if (character === '[' || character === '{') {
          if (++brackets > MAX_NESTING) throw tooDeep(index, 'brackets');
        } else if (character === ']' || character === '}') brackets = Math.max(0, brackets - 1);
      }
    }
    start = end + (source[end] === '\r' && source[end + 1] === '\n' ? 2 : 1);
  }
}
