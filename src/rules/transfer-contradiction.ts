import type { Rule } from './rule.js';
import { transferKey, transferStatement } from './transfer-name.js';

export const transferContradiction: Rule = {
  meta: {
    id: 'transfer-contradiction',
    defaultSeverity: 'error',
    article: '13(1)(f)',
    messageIds: ['contradiction'],
    elements: { contradiction: ['transfers'] },
    relatedMessageIds: ['related-denial'],
    judgesContent: true,
  },
  check({ notice, source, report }) {
    const denial = source.facts.transfers.find((fact) => fact.kind === 'denial');
    if (!denial) return;
    const reported = new Set<string>();
    for (const fact of source.facts.transfers) {
      if (fact.kind === 'denial') continue;
      const key = transferKey(notice, fact);
      if (reported.has(key)) continue;
      reported.add(key);
      report({
        messageId: 'contradiction',
        ...(fact.name ? { data: { name: fact.name } } : { template: 'contradiction-statement', data: { phrase: transferStatement(notice, fact) } }),
        range: fact.range,
        related: [{ range: denial.range, messageId: 'related-denial' }],
      });
    }
  },
};
