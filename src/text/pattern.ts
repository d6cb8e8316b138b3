/**
 * Compiles the lexicon pattern syntax (rules/README.md) to regular expressions.
 *
 * Speed: V8 spends most of its time compiling case-insensitive Unicode property
 * classes, so patterns are matched without the `i` flag against a lower-cased copy
 * of the text (same length, so offsets hold), and letters are a compact Latin class —
 * the three languages are written in Latin script. Every construct is bounded so
 * that matching stays linear in the input length.
 */

/** Letters and digits of Latin-script text (Basic Latin, Latin-1, Latin Extended-A/B). */
const LETTERS = '0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const LETTER = `[${LETTERS}]`;
/** Inflected continuation: letters, and `-`, `:` or `'` when a letter follows ("EU:n", "ETA-alueen"). */
const CONTINUATION = `(?:${LETTER}|[-:'’](?=${LETTER}))*`;
/** `...`: up to six words between two parts of a phrase. */
const GAP = '(?:\\s+[^\\s.!?;]+){0,6}?\\s+';
const WORD_START = `(?<!${LETTER})`;
const WORD_END = `(?!${LETTER})`;

export interface CompiledPattern {
  source: string;
  /** Plain phrases share one word-boundary check around their alternation. */
  bounded: boolean;
  caseSensitive: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');
}

/** A word of the plain syntax: `*` continues it, `(a|b)` is a choice. */
export function compileWord(word: string): string {
  const group = /^\((.+)\)$/.exec(word);
  if (group?.[1]?.includes('|')) {
    return `(?:${group[1].split('|').map(compileWord).join('|')})`;
  }
  return word.toLowerCase().split('*').map(escapeRegExp).join(CONTINUATION);
}

/**
 * Raw patterns: literals lower-cased (escapes kept), and \p{L} / \p{N} replaced by the
 * compact class, inside or outside brackets.
 */
function adaptRaw(source: string, lowerCase: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const property = /^\\p\{(L|N|Lu|Ll)\}/.exec(source.slice(i));
      if (property) {
        // Case-sensitive patterns see the text as written, so their letters include capitals.
        const ranges = property[1] === 'N' ? '0-9' : lowerCase ? LETTERS : `A-Z${LETTERS}`;
        out += inClass ? ranges : `[${ranges}]`;
        i += property[0].length - 1;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += lowerCase ? char.toLowerCase() : char;
  }
  return out;
}

export function compilePattern(pattern: string): CompiledPattern {
  if (pattern.startsWith('re:')) return { source: adaptRaw(pattern.slice(3), true), bounded: false, caseSensitive: false };
  if (pattern.startsWith('cs:')) return { source: adaptRaw(pattern.slice(3), false), bounded: false, caseSensitive: true };
  const parts: string[] = [];
  for (const token of pattern.trim().split(/\s+/)) {
    if (token === '...') parts.push(GAP);
    else {
      if (parts.length > 0 && parts[parts.length - 1] !== GAP) parts.push('\\s+');
      parts.push(compileWord(token));
    }
  }
  return { source: parts.join(''), bounded: true, caseSensitive: false };
}

/** Lower-cases without changing length, so offsets into the copy are offsets into the original. */
export function lowerCasePreservingLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

/**
 * A text to match many pattern sets against, with its lower-cased copy made once, on first use.
 * Whoever owns the text keeps it (the file's source object), so nothing is cached between files.
 */
export class MatchSubject {
  private lowerCopy: string | undefined;
  private readonly wholeMatches = new Map<PatternSet, { start: number; end: number }[]>();

  constructor(readonly text: string) {}

  get lower(): string {
    this.lowerCopy ??= lowerCasePreservingLength(this.text);
    return this.lowerCopy;
  }

  /** The matches of `patterns` in the whole text, found once however many facts ask. */
  matchesOf(patterns: PatternSet): { start: number; end: number }[] {
    let found = this.wholeMatches.get(patterns);
    if (!found) {
      found = patterns.matches(this);
      this.wholeMatches.set(patterns, found);
    }
    return found;
  }
}

/** A plain string is matched as it comes: only the part searched is lower-cased. */
function subjectText(subject: string | MatchSubject, caseSensitive: boolean, start: number, end: number): string {
  if (typeof subject === 'string') {
    const part = start === 0 && end === subject.length ? subject : subject.slice(start, end);
    return caseSensitive ? part : lowerCasePreservingLength(part);
  }
  const whole = caseSensitive ? subject.text : subject.lower;
  return start === 0 && end === whole.length ? whole : whole.slice(start, end);
}

function lengthOf(subject: string | MatchSubject): number {
  return typeof subject === 'string' ? subject.length : subject.text.length;
}

/** Matches of several expressions in order, each that overlaps an earlier (longer-first) match dropped. */
function withoutOverlaps(found: { start: number; end: number }[]): { start: number; end: number }[] {
  const kept: { start: number; end: number }[] = [];
  for (const match of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}

/** The next non-empty match of a global expression (an empty one would not advance lastIndex). */
function nextMatch(regexp: RegExp, subject: string): RegExpExecArray | null {
  for (let match = regexp.exec(subject); match; match = regexp.exec(subject)) {
    if (match[0].length > 0) return match;
    regexp.lastIndex++;
  }
  return null;
}

interface Expression {
  regexp: RegExp;
  caseSensitive: boolean;
}

/** A pattern set's expression as source text, the form the build embeds (src/lexicon/compile.ts). */
export interface CompiledExpression {
  source: string;
  caseSensitive: boolean;
}

/** Patterns → at most two expressions: the case-insensitive ones (matched on lower-cased text), then the case-sensitive ones. */
function compileExpressions(patterns: readonly string[]): CompiledExpression[] {
  const compiled = patterns.map(compilePattern);
  const bounded = compiled.filter((c) => c.bounded).map((c) => c.source);
  const raw = compiled.filter((c) => !c.bounded && !c.caseSensitive).map((c) => `(?:${c.source})`);
  const sensitive = compiled.filter((c) => c.caseSensitive).map((c) => `(?:${c.source})`);
  const insensitive = [...(bounded.length > 0 ? [`${WORD_START}(?:${bounded.join('|')})${WORD_END}`] : []), ...raw];
  return [
    ...(insensitive.length > 0 ? [{ source: insensitive.join('|'), caseSensitive: false }] : []),
    ...(sensitive.length > 0 ? [{ source: sensitive.join('|'), caseSensitive: true }] : []),
  ];
}

/** Any of a list of patterns, as at most two global regular expressions. */
export class PatternSet {
  private readonly expressions: Expression[];

  constructor(patterns: readonly string[], compiled: readonly CompiledExpression[] = compileExpressions(patterns)) {
    this.expressions = compiled.map(({ source, caseSensitive }) => ({ regexp: new RegExp(source, 'gu'), caseSensitive }));
  }

  /** A set from expressions compiled earlier (by the build), without compiling its patterns again. */
  static fromExpressions(expressions: readonly CompiledExpression[]): PatternSet {
    return new PatternSet([], expressions);
  }

  /** One set that matches wherever any of `sets` does: an expression per case mode, their alternatives joined. */
  static union(sets: readonly PatternSet[]): PatternSet {
    const joined = (caseSensitive: boolean): CompiledExpression[] => {
      const sources = sets.flatMap((set) => set.expressions.filter((e) => e.caseSensitive === caseSensitive).map((e) => `(?:${e.regexp.source})`));
      return sources.length > 0 ? [{ source: sources.join('|'), caseSensitive }] : [];
    };
    return new PatternSet([], [...joined(false), ...joined(true)]);
  }

  /** What JSON.stringify embeds: the expressions' sources, for PatternSet.fromExpressions. */
  toJSON(): { expressions: CompiledExpression[] } {
    return { expressions: this.expressions.map(({ regexp, caseSensitive }) => ({ source: regexp.source, caseSensitive })) };
  }

  /** All non-overlapping matches within `text[start, end)`, as absolute offsets, in order. */
  matches(text: string | MatchSubject, start = 0, end = lengthOf(text)): { start: number; end: number }[] {
    const found: { start: number; end: number }[] = [];
    for (const { regexp, caseSensitive } of this.expressions) {
      // A slice, not lastIndex: exec would otherwise scan on past `end`, making per-sentence calls quadratic.
      const subject = subjectText(text, caseSensitive, start, end);
      regexp.lastIndex = 0;
      for (let match = nextMatch(regexp, subject); match; match = nextMatch(regexp, subject)) {
        found.push({ start: start + match.index, end: start + match.index + match[0].length });
      }
    }
    return this.expressions.length > 1 ? withoutOverlaps(found) : found;
  }

  /**
   * The first match, as `matches(…)[0]` would give it, without scanning past it: each expression's
   * first match, the earliest start winning and the longer match on a tie (withoutOverlaps' order).
   */
  first(text: string | MatchSubject, start = 0, end = lengthOf(text)): { start: number; end: number } | undefined {
    let best: { start: number; end: number } | undefined;
    for (const { regexp, caseSensitive } of this.expressions) {
      const subject = subjectText(text, caseSensitive, start, end);
      regexp.lastIndex = 0;
      const match = nextMatch(regexp, subject);
      if (!match) continue;
      const found = { start: start + match.index, end: start + match.index + match[0].length };
      if (!best || found.start < best.start || (found.start === best.start && found.end > best.end)) best = found;
    }
    return best;
  }

  test(text: string | MatchSubject, start = 0, end = lengthOf(text)): boolean {
    return this.first(text, start, end) !== undefined;
  }
}
