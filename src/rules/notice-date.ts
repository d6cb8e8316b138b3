import { byCodeUnits } from '../text/compare.js';
import { monthsBetween } from '../text/dates.js';
import { DOCUMENT_START, type Rule } from './rule.js';

export const DEFAULT_MAX_AGE_MONTHS = 24;

export const noticeDate: Rule = {
  meta: {
    id: 'notice-date',
    defaultSeverity: 'warn',
    article: '12(1), 5(2)',
    messageIds: ['missing', 'stale'],
    elements: { missing: ['date'], stale: ['date'] },
    defaultOptions: { maxAgeMonths: DEFAULT_MAX_AGE_MONTHS },
    schema: {
      type: 'object',
      properties: { maxAgeMonths: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
  },
  check({ source, options, now, report }) {
    const latest = [...source.facts.dates].sort((a, b) => byCodeUnits(b.iso, a.iso))[0];
    if (!latest) {
      report({ messageId: 'missing', range: DOCUMENT_START });
      return;
    }
    const maxAgeMonths = typeof options.maxAgeMonths === 'number' ? options.maxAgeMonths : DEFAULT_MAX_AGE_MONTHS;
    const age = monthsBetween(latest.iso, now.toISOString().slice(0, 10));
    if (age > maxAgeMonths) report({ messageId: 'stale', range: latest.range, data: { date: latest.iso, months: maxAgeMonths } });
  },
};
