import { ParseError } from './document.js';

/**
 * Structure no privacy notice has, refused before parsing: the Markdown and YAML parsers
 * recurse per nesting level and slow down per heading, so hostile input could exhaust the
 * stack or take minutes. Real notices have tens of headings and a few levels of nesting.
 * Each format checks its own structure (src/formats/*.ts) with these limits and helpers.
 */
export const MAX_HEADINGS = 5000;
export const MAX_NESTING = 100;
/**
 * Emphasis, link, code and comment openers in one paragraph. micromark resolves them in time
 * quadratic in their number ("*a" × 20,000 takes 12 s); a notice's paragraph has a handful.
 */
export const MAX_PARAGRAPH_DELIMITERS = 1000;

export function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
}

export function isBlankLine(source: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isBlank(source[index])) return false;
  return true;
}

/** Spaces at the start of a line. */
export function countIndent(source: string, start: number, end: number): number {
  let indent = 0;
  while (start + indent < end && source[start + indent] === ' ') indent++;
  return indent;
}

export function tooDeep(offset: number, what: 'blocks' | 'indentation' | 'brackets' | 'elements'): ParseError {
  return new ParseError('too-deep', offset, { template: `too-deep-${what}`, data: { limit: MAX_NESTING } });
}

export function tooComplex(offset: number, template: 'too-many-headings' | 'too-many-markers', limit: number): ParseError {
  return new ParseError('too-complex', offset, { template, data: { limit } });
}
