import type { Rule } from './rule.js';

export const vagueLanguage: Rule = {
  meta: {
    id: 'vague-language',
    defaultSeverity: 'off',
    article: '12(1)',
    messageIds: ['vague'],
    judgesContent: true,
  },
  check({ notice, source, pack, report }) {
    for (const range of pack.vague.matches(source.subject)) {
      report({ messageId: 'vague', range, data: { phrase: notice.text.slice(range.start, range.end) } });
    }
  },
};
