import type { Rule } from './rule.js';
import { transferKey, transferLabel } from './transfer-name.js';

export const transferContradiction: Rule = {
  meta: {
    id: 'transfer-contradiction',
    defaultSeverity: 'error',
    article: '13(1)(f)',
    description: 'Says nothing leaves the EU/EEA, but elsewhere names a transfer or a third-country service.',
    messageIds: ['contradiction'],
    judgesContent: true,
  },
  check({ notice, report }) {
    const denial = notice.facts.transfers.find((fact) => fact.kind === 'denial');
    if (!denial) return;
    const reported = new Set<string>();
    for (const fact of notice.facts.transfers) {
      if (fact.kind === 'denial') continue;
      const key = transferKey(notice, fact);
      if (reported.has(key)) continue;
      reported.add(key);
      report({
        messageId: 'contradiction',
        range: fact.range,
        data: { name: transferLabel(notice, fact) },
        related: [{ range: denial.range, message: 'The statement that no data leaves the EU/EEA.' }],
      });
    }
  },
};
