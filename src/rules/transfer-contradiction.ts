import type { Rule } from './rule.js';

export const transferContradiction: Rule = {
  meta: {
    id: 'transfer-contradiction',
    defaultSeverity: 'error',
    article: '13(1)(f)',
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
      // A service has a name; a statement ("outside the EU") is quoted, since it names nothing that is "used".
      const phrase = fact.name ?? notice.text.slice(fact.range.start, fact.range.end).replace(/\s+/g, ' ');
      if (reported.has(phrase.toLowerCase())) continue;
      reported.add(phrase.toLowerCase());
      report({
        messageId: 'contradiction',
        ...(fact.name ? { data: { name: fact.name } } : { template: 'contradiction-statement', data: { phrase } }),
        range: fact.range,
        related: [{ range: denial.range, messageId: 'related-denial' }],
      });
    }
  },
};
