/**
 * Compiles the lexicon pattern syntax (rules/README.md) to regular-expression source.
 * Every construct is bounded so that matching stays linear in the input length.
 */

const LETTER = '[\\p{L}\\p{N}]';
/** Inflected continuation: letters, digits, and `-`, `:` or `'` when a letter follows ("EU:n", "ETA-alueen"). */
const CONTINUATION = "(?:[\\p{L}\\p{N}]|[-:'’](?=[\\p{L}\\p{N}]))*";
/** `...`: up to six words between two parts of a phrase. */
const GAP = '(?:\\s+[^\\s.!?;]+){0,6}?\\s+';
const WORD_START = `(?<!${LETTER})`;
const WORD_END = `(?!${LETTER})`;

export interface CompiledPattern {
  source: string;
  caseSensitive: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
}

export function compileWord(word: string): string {
  const group = /^\((.+)\)$/.exec(word);
  if (group?.[1] && group[1].includes('|')) {
    return `(?:${group[1].split('|').map(compileWord).join('|')})`;
  }
  return word
    .split('*')
    .map(escapeRegExp)
    .join(CONTINUATION);
}

export function compilePattern(pattern: string): CompiledPattern {
  if (pattern.startsWith('re:')) return { source: pattern.slice(3), caseSensitive: false };
  if (pattern.startsWith('cs:')) return { source: pattern.slice(3), caseSensitive: true };
  const parts: string[] = [];
  for (const token of pattern.trim().split(/\s+/)) {
    if (token === '...') parts.push(GAP);
    else {
      if (parts.length > 0 && parts[parts.length - 1] !== GAP) parts.push('\\s+');
      parts.push(compileWord(token));
    }
  }
  return { source: `${WORD_START}(?:${parts.join('')})${WORD_END}`, caseSensitive: false };
}

/** One global regular expression matching any of `patterns` (case-insensitive ones and case-sensitive ones in two). */
export class PatternSet {
  private readonly expressions: RegExp[];

  constructor(patterns: readonly string[]) {
    const compiled = patterns.map(compilePattern);
    const byCase = (caseSensitive: boolean): string[] =>
      compiled.filter((c) => c.caseSensitive === caseSensitive).map((c) => `(?:${c.source})`);
    this.expressions = [];
    const insensitive = byCase(false);
    const sensitive = byCase(true);
    if (insensitive.length > 0) this.expressions.push(new RegExp(insensitive.join('|'), 'giu'));
    if (sensitive.length > 0) this.expressions.push(new RegExp(sensitive.join('|'), 'gu'));
  }

  get isEmpty(): boolean {
    return this.expressions.length === 0;
  }

  /** All non-overlapping matches within `text[start, end)`, as absolute offsets, in order. */
  matches(text: string, start = 0, end = text.length): { start: number; end: number }[] {
    const found: { start: number; end: number }[] = [];
    const slice = start === 0 && end === text.length ? text : text.slice(start, end);
    for (const expression of this.expressions) {
      expression.lastIndex = 0;
      for (let match = expression.exec(slice); match; match = expression.exec(slice)) {
        if (match[0].length === 0) {
          expression.lastIndex++;
          continue;
        }
        found.push({ start: start + match.index, end: start + match.index + match[0].length });
      }
    }
    return this.expressions.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
  }

  first(text: string, start = 0, end = text.length): { start: number; end: number } | undefined {
    return this.matches(text, start, end)[0];
  }

  test(text: string, start = 0, end = text.length): boolean {
    return this.first(text, start, end) !== undefined;
  }
}
