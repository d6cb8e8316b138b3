import type { Range } from '../model/types.js';
import type { Rule } from './rule.js';

/** "muotoa etunimi.sukunimi@…" describes an address format; it is not a placeholder. */
const ADDRESS_FORMAT_CUE = /(?<![\p{L}\p{N}])(?:muotoa|muodossa|muoto|format|formatet|formen|form|pattern)\W{0,3}$/iu;

function stubRanges(text: string, prefixes: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const line of text.matchAll(/^[ \t>*•·-]*([^\r\n]+)$/gm)) {
    const content = line[1] ?? '';
    const lower = content.toLowerCase();
    const prefix = prefixes.find((candidate) => lower.startsWith(candidate.toLowerCase()));
    if (prefix === undefined) continue;
    // An example stub: the prefix opens the line and what follows is a dash, a list or nothing.
    if (!/^[\s:]*(?:[-–•]|$)/.test(content.slice(prefix.length))) continue;
    const start = line.index + line[0].length - content.length;
    ranges.push({ start, end: start + content.trimEnd().length });
  }
  return ranges;
}

export const templateLeftover: Rule = {
  meta: {
    id: 'template-leftover',
    defaultSeverity: 'error',
    article: '12(1)',
    messageIds: ['leftover', 'stub'],
    claimsSection: true,
  },
  check({ notice, source, pack, report }) {
    const { text } = notice;
    for (const range of pack.templates.matches(source.subject)) {
      if (ADDRESS_FORMAT_CUE.test(text.slice(Math.max(0, range.start - 20), range.start))) continue;
      report({ messageId: 'leftover', range, data: { phrase: excerpt(text, range) } });
    }
    for (const range of stubRanges(text, pack.stubPrefixes)) {
      report({ messageId: 'stub', range, data: { phrase: excerpt(text, range) } });
    }
  },
};

function excerpt(text: string, range: Range): string {
  const phrase = text.slice(range.start, range.end).replace(/\s+/g, ' ').trim();
  return phrase.length > 60 ? `${phrase.slice(0, 57)}…` : phrase;
}
