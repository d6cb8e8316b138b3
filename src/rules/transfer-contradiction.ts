import type { Rule } from './rule.js';

export const transferContradiction: Rule = {
  meta: {
    id: 'transfer-contradiction',
    defaultSeverity: 'error',
    article: '13(1)(f)',
    description: 'Says nothing leaves the EU/EEA, but elsewhere names a transfer or a third-country service.',
    messageIds: ['contradiction'],
    relatedMessageIds: ['related-denial'],
    judgesContent: true,
  },
  check({ notice, report }) {
    const denial = notice.facts.transfers.find((fact) => fact.kind === 'denial');
    if (!denial) return;
    const reported = new Set<string>();
    for (const fact of notice.facts.transfers) {
      if (fact.kind === 'denial') continue;
      const name = fact.name ?? notice.text.slice(fact.range.start, fact.range.end);
      if (reported.has(name.toLowerCase())) continue;
      reported.add(name.toLowerCase());
      report({
        messageId: 'contradiction',
        range: fact.range,
        data: { name },
        related: [{ range: denial.range, messageId: 'related-denial' }],
      });
    }
  },
};
