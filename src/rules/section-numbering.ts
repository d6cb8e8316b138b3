import type { Section } from '../model/types.js';
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

/** Checks one run of sibling numbers; a restart at 1 (or 0) begins a new list rather than a duplicate. */
function checkRun(run: readonly Numbered[], report: (report: Report) => void): void {
  const seen = new Set<number>();
  run.forEach((current, index) => {
    const previous = run[index - 1];
    const range = current.section.headingRange;
    const found = current.section.number ?? String(current.value);
    if (previous && current.value <= 1 && previous.value > 1) seen.clear();
    else if (seen.has(current.value)) report({ messageId: 'duplicate', range, data: { found } });
    else if (previous && current.value !== previous.value + 1) {
      const prefix = current.parent === '' ? '' : `${current.parent}.`;
      report({
        messageId: 'gap',
        range,
        data: { found, previous: previous.section.number ?? '', expected: `${prefix}${previous.value + 1}` },
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
    description: 'Gaps or duplicates in numbered headings.',
    messageIds: ['gap', 'duplicate'],
  },
  check({ notice, report }) {
    const runs = new Map<string, Numbered[]>();
    for (const entry of numbered(notice.sections)) {
      const run = runs.get(entry.parent) ?? [];
      run.push(entry);
      runs.set(entry.parent, run);
    }
    for (const run of runs.values()) checkRun(run, report);
  },
};
