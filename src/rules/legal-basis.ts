import { elementHeadingRange, type Rule } from './rule.js';

export const legalBasis: Rule = {
  meta: {
    id: 'legal-basis',
    defaultSeverity: 'error',
    article: '13(1)(c), 13(1)(d)',
    messageIds: ['missing', 'interests-undescribed'],
    judgesContent: true,
    coversElements: ['legal-basis'],
  },
  check({ notice, report }) {
    const { legalBases, legitimateInterestDescriptions } = notice.facts;
    if (legalBases.length === 0) {
      report({ messageId: 'missing', range: elementHeadingRange(notice, 'legal-basis', 'purposes') });
      return;
    }
    const legitimateInterests = legalBases.find((fact) => fact.basis === 'f');
    if (legitimateInterests && legitimateInterestDescriptions.length === 0) {
      report({ messageId: 'interests-undescribed', range: legitimateInterests.range });
    }
  },
};
