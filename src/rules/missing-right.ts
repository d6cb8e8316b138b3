import type { Language, LegalBasis, LegalBasisFact, Right } from '../model/types.js';
import { basisCitation } from './messages.js';
import { elementHeadingRange, type RelatedReport, type Rule } from './rule.js';

const ALWAYS: readonly Right[] = ['access', 'rectification', 'erasure', 'restriction', 'complaint'];
/** The rights a basis brings beyond those every notice owes: objection (Art. 21(1)), portability (Art. 20(1)(a)), withdrawal (Art. 7(3)). */
const BY_BASIS: Readonly<Record<Exclude<Right, (typeof ALWAYS)[number]>, readonly LegalBasis[]>> = {
  objection: ['e', 'f'],
  portability: ['a', 'b'],
  'withdraw-consent': ['a'],
};

/** The rights owed for the bases found, each with the bases that bring it ([] for the unconditional ones). */
export function owedRights(bases: ReadonlySet<LegalBasis>): Map<Right, LegalBasis[]> {
  const owed = new Map<Right, LegalBasis[]>(ALWAYS.map((right) => [right, []]));
  for (const [right, bringing] of Object.entries(BY_BASIS) as [Right, readonly LegalBasis[]][]) {
    const found = bringing.filter((basis) => bases.has(basis));
    if (found.length > 0) owed.set(right, found);
  }
  return owed;
}

/** Where each basis that brings a right is first stated: the text the finding is concluded from. */
function basisLocations(bringing: readonly LegalBasis[], facts: readonly LegalBasisFact[], locale: Language): RelatedReport[] {
  return bringing.flatMap((basis) => {
    const fact = facts.find((candidate) => candidate.basis === basis);
    return fact ? [{ range: fact.range, messageId: 'related-basis', data: { basis: basisCitation([basis], locale) } }] : [];
  });
}

export const missingRight: Rule = {
  meta: {
    id: 'missing-right',
    defaultSeverity: 'error',
    article: '13(2)(b)–(d)',
    messageIds: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent', 'complaint'],
    elements: {
      access: ['rights'],
      rectification: ['rights'],
      erasure: ['rights'],
      restriction: ['rights'],
      objection: ['rights'],
      portability: ['rights'],
      'withdraw-consent': ['withdraw-consent'],
      complaint: ['complaint'],
    },
    relatedMessageIds: ['related-basis'],
    judgesContent: true,
    coversElements: ['rights', 'complaint'],
  },
  check({ notice, source, locale, report }) {
    const bases = new Set(source.facts.legalBases.map((fact) => fact.basis));
    const mentioned = new Set(source.facts.rights.map((fact) => fact.right));
    const range = elementHeadingRange(notice, 'rights');
    for (const [right, bringing] of owedRights(bases)) {
      if (mentioned.has(right)) continue;
      const related = basisLocations(bringing, source.facts.legalBases, locale);
      report({ messageId: right, range, data: { basis: basisCitation(bringing, locale) }, ...(related.length > 0 ? { related } : {}) });
    }
  },
};
