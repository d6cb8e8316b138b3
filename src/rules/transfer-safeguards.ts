import type { Rule } from './rule.js';
import { transferKey, transferStatement } from './transfer-name.js';

export const transferSafeguards: Rule = {
  meta: {
    id: 'transfer-safeguards',
    defaultSeverity: 'error',
    article: '13(1)(f), 44–49',
    messageIds: ['missing', 'invalid-mechanism'],
    elements: { missing: ['transfers'], 'invalid-mechanism': ['transfers'] },
    judgesContent: true,
  },
  check({ notice, source, report }) {
    const { transfers, safeguards } = source.facts;
    for (const fact of safeguards) {
      if (fact.mechanism !== 'invalid') continue;
      report({ messageId: 'invalid-mechanism', range: fact.range, data: { phrase: notice.text.slice(fact.range.start, fact.range.end) } });
    }
    // With a denial in the notice, transfers are transfer-contradiction's to report.
    if (transfers.some((fact) => fact.kind === 'denial')) return;
    if (safeguards.some((fact) => fact.mechanism !== 'invalid')) return;
    const reported = new Set<string>();
    for (const fact of transfers) {
      const key = transferKey(notice, fact);
      if (reported.has(key)) continue;
      reported.add(key);
      report({
        messageId: 'missing',
        range: fact.range,
        ...(fact.name ? { data: { name: fact.name } } : { template: 'missing-statement', data: { phrase: transferStatement(notice, fact) } }),
      });
    }
  },
};
