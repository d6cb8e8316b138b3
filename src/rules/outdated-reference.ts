import type { Rule } from './rule.js';

export const outdatedReference: Rule = {
  meta: {
    id: 'outdated-reference',
    defaultSeverity: 'warn',
    article: '12(1)',
    messageIds: ['outdated'],
  },
  check({ notice, source, pack, report }) {
    for (const { patterns, hint } of pack.outdated) {
      for (const range of patterns.matches(source.subject)) {
        report({ messageId: 'outdated', range, data: { phrase: notice.text.slice(range.start, range.end), hint } });
      }
    }
  },
};
