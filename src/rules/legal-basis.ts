import type { LegalBasisFact } from '../model/types.js';
import { elementHeadingRange, type Rule } from './rule.js';

/** The first of `facts` on each line: "legitimate interest (Art. 6(1)(f))" is one citation, not two. */
function onePerLine(facts: readonly LegalBasisFact[], source: string): LegalBasisFact[] {
  const kept: LegalBasisFact[] = [];
  for (const fact of facts) {
    const previous = kept[kept.length - 1];
    if (!previous || source.slice(previous.range.end, fact.range.start).includes('\n')) kept.push(fact);
  }
  return kept;
}

export const legalBasis: Rule = {
  meta: {
    id: 'legal-basis',
    defaultSeverity: 'error',
    article: '13(1)(c), 13(1)(d)',
    messageIds: ['missing', 'interests-undescribed'],
    elements: { missing: ['legal-basis'], 'interests-undescribed': ['legitimate-interests'] },
    relatedMessageIds: ['related-interests'],
    judgesContent: true,
    coversElements: ['legal-basis'],
  },
  check({ notice, source, report }) {
    const { legalBases, legitimateInterestDescriptions } = source.facts;
    if (legalBases.length === 0) {
      report({ messageId: 'missing', range: elementHeadingRange(notice, 'legal-basis', 'purposes') });
      return;
    }
    const [legitimateInterests, ...reliedOnAgain] = onePerLine(
      legalBases.filter((fact) => fact.basis === 'f'),
      notice.source,
    );
    if (legitimateInterests && legitimateInterestDescriptions.length === 0) {
      // Reported once, at the first citation; the others rest on the same undescribed interests.
      const related = reliedOnAgain.map((fact) => ({ range: fact.range, messageId: 'related-interests' }));
      report({ messageId: 'interests-undescribed', range: legitimateInterests.range, ...(related.length > 0 ? { related } : {}) });
    }
  },
};
