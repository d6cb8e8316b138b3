import type { Fix, Section } from '../model/types.js';
import type { Report, Rule } from './rule.js';

interface Numbered {
  section: Section;
  parent: string;
  value: number;
}

function numbered(sections: readonly Section[]): Numbered[] {
  return sections.flatMap((section) => {
    if (section.number === undefined) return [];
    const parts = section.number.split('.');
    return [{ section, parent: parts.slice(0, -1).join('.'), value: Number(parts[parts.length - 1]) }];
  });
}

/**
 * A fix only where the neighbours agree on the number: "3, 5, 5" or "3, 3, 5" can only mean 4.
 * A plain gap ("3, 5, 6") may be a deleted section as well as a typo, so it is not fixed.
 */
function unambiguousFix(source: string, previous: Numbered | undefined, current: Numbered, next: Numbered | undefined): Fix | undefined {
  if (!previous || !next || next.value !== previous.value + 2 || current.value === previous.value + 1) return undefined;
  const number = current.section.number;
  if (number === undefined) return undefined;
  const { start, end } = current.section.headingRange;
  const at = source.indexOf(number, start);
  if (at === -1 || at + number.length > end) return undefined;
  const lastPart = number.lastIndexOf('.') + 1;
  return { range: [at + lastPart, at + number.length], text: String(previous.value + 1) };
}

/** Checks one run of sibling numbers; a restart at 1 (or 0) begins a new list rather than a duplicate. */
function checkRun(source: string, run: readonly Numbered[], report: (report: Report) => void): void {
  const seen = new Set<number>();
  run.forEach((current, index) => {
    const previous = run[index - 1];
    const range = current.section.headingRange;
    const found = current.section.number ?? String(current.value);
    const fix = unambiguousFix(source, previous, current, run[index + 1]);
    if (previous && current.value <= 1 && previous.value > 1) seen.clear();
    else if (seen.has(current.value)) report({ messageId: 'duplicate', range, data: { found }, ...(fix ? { fix } : {}) });
    else if (previous && current.value !== previous.value + 1) {
      const prefix = current.parent === '' ? '' : `${current.parent}.`;
      report({
        messageId: 'gap',
        range,
        data: { found, previous: previous.section.number ?? '', expected: `${prefix}${previous.value + 1}` },
        ...(fix ? { fix } : {}),
      });
    }
    seen.add(current.value);
  });
}

export const sectionNumbering: Rule = {
  meta: {
    id: 'section-numbering',
    defaultSeverity: 'warn',
    article: '12(1)',
    messageIds: ['gap', 'duplicate'],
    fixable: true,
  },
  check({ notice, report }) {
    const runs = new Map<string, Numbered[]>();
    for (const entry of numbered(notice.sections)) {
      const run = runs.get(entry.parent) ?? [];
      run.push(entry);
      runs.set(entry.parent, run);
    }
    for (const run of runs.values()) checkRun(notice.source, run, report);
  },
};
