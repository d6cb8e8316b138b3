import { SectionScope } from '../model/scope.js';
import { DOCUMENT_START, type Rule } from './rule.js';

export const retentionPeriod: Rule = {
  meta: {
    id: 'retention-period',
    defaultSeverity: 'error',
    article: '13(2)(a)',
    description: 'No retention period or criterion, or only vague wording such as "as long as necessary".',
    messageIds: ['missing', 'vague'],
    coversElements: ['retention'],
  },
  check({ notice, report }) {
    const facts = notice.facts.retention;
    if (facts.some((fact) => fact.kind !== 'vague')) return;
    const vague = facts.find((fact) => fact.kind === 'vague');
    if (vague) {
      report({ messageId: 'vague', range: vague.range, data: { phrase: notice.text.slice(vague.range.start, vague.range.end) } });
      return;
    }
    const section = new SectionScope(notice.sections).withElements(['retention'], false)[0];
    report({ messageId: 'missing', range: section?.headingRange ?? DOCUMENT_START });
  },
};
