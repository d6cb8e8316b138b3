import { elementHeadingRange, type Rule } from './rule.js';

export const retentionPeriod: Rule = {
  meta: {
    id: 'retention-period',
    defaultSeverity: 'error',
    article: '13(2)(a)',
    messageIds: ['missing', 'vague'],
    elements: { missing: ['retention'], vague: ['retention'] },
    judgesContent: true,
    coversElements: ['retention'],
  },
  check({ notice, source, report }) {
    const facts = source.facts.retention;
    if (facts.some((fact) => fact.kind !== 'vague')) return;
    const vague = facts.find((fact) => fact.kind === 'vague');
    if (vague) {
      report({ messageId: 'vague', range: vague.range, data: { phrase: notice.text.slice(vague.range.start, vague.range.end) } });
      return;
    }
    report({ messageId: 'missing', range: elementHeadingRange(notice, 'retention') });
  },
};
