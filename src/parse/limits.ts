import type { SourceKind } from '../model/types.js';
import { splitLines } from '../text/lines.js';
import { ParseError } from './document.js';

/**
 * Structure no privacy notice has, refused before parsing: the Markdown and YAML parsers
 * recurse per nesting level and slow down per heading, so hostile input could exhaust the
 * stack or take minutes. Real notices have tens of headings and a few levels of nesting.
 */
export const MAX_HEADINGS = 5000;
export const MAX_NESTING = 100;
/**
 * Emphasis, link, code and comment openers in one paragraph. micromark resolves them in time
 * quadratic in their number ("*a" × 20,000 takes 12 s); a notice's paragraph has a handful.
 */
export const MAX_PARAGRAPH_DELIMITERS = 1000;

/** Characters that open inline constructs micromark resolves across the whole paragraph. */
function delimitersIn(source: string, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) {
    const character = source[index];
    if (character === '*' || character === '_' || character === '[' || character === '`') count++;
    else if (character === '<' && (source[index + 1] === '!' || source[index + 1] === '?')) count++;
  }
  return count;
}

function isBlankLine(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isBlank(source[index])) return false;
  return true;
}

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

function tooDeep(offset: number, what: 'blocks' | 'indentation' | 'brackets'): ParseError {
  return new ParseError('too-deep', offset, { template: `too-deep-${what}`, data: { limit: MAX_NESTING } });
}

/** Throws a ParseError ('too-complex' or 'too-deep') at the first line past a limit. */
export function checkStructure(source: string, kind: SourceKind): void {
  if (kind === 'text') return; // the plain-text parser is a linear scan without recursion
  let headings = 0;
  let delimiters = 0;
  let paragraphStart = -1;
  let brackets = 0; // YAML flow collections may span lines: the depth carries over
  let quote: '"' | "'" | undefined; // and so may quoted scalars, whose brackets are text
  for (const { start, end } of splitLines(source)) {
    if (kind === 'markdown') {
      if (source[start] === '#' && ++headings > MAX_HEADINGS) {
        throw new ParseError('too-complex', start, { template: 'too-many-headings', data: { limit: MAX_HEADINGS } });
      }
      if (markdownLineDepth(source, start, end) > MAX_NESTING) throw tooDeep(start, 'blocks');
      if (isBlankLine(source, start, end)) paragraphStart = -1;
      else {
        if (paragraphStart === -1) {
          paragraphStart = start;
          delimiters = 0;
        }
        delimiters += delimitersIn(source, start, end);
        if (delimiters > MAX_PARAGRAPH_DELIMITERS) {
          throw new ParseError('too-complex', paragraphStart, { template: 'too-many-markers', data: { limit: MAX_PARAGRAPH_DELIMITERS } });
        }
      }
    } else {
      if (quote === undefined && countIndent(source, start, end) / 2 > MAX_NESTING) throw tooDeep(start, 'indentation');
      for (let index = start; index < end; index++) {
        const character = source[index];
        if (quote !== undefined) {
          if (character === '\\' && quote === '"') index++;
          else if (character === quote && quote === "'" && source[index + 1] === "'") index++; // '' is a quote inside
          else if (character === quote) quote = undefined;
          continue;
        }
        const atTokenStart = index === start || /[\s:[{,-]/.test(source[index - 1] ?? '');
        if ((character === '"' || character === "'") && atTokenStart) quote = character;
        else if (character === '#' && (index === start || isBlank(source[index - 1]))) break; // a comment
        else if (character === '[' || character === '{') {
          if (++brackets > MAX_NESTING) throw tooDeep(index, 'brackets');
        } else if (character === ']' || character === '}') brackets = Math.max(0, brackets - 1);
      }
    }
  }
}
