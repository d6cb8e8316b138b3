import type { LegalBasis, Right } from '../model/types.js';
import { basisCitation } from './messages.js';
import { elementHeadingRange, type Rule } from './rule.js';

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

export const missingRight: Rule = {
  meta: {
    id: 'missing-right',
    defaultSeverity: 'error',
    article: '13(2)(b)–(d)',
    description: 'A data-subject right that applies under the legal bases found is not mentioned.',
    messageIds: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent', 'complaint'],
    judgesContent: true,
    coversElements: ['rights', 'complaint'],
  },
  check({ notice, locale, report }) {
    const bases = new Set(notice.facts.legalBases.map((fact) => fact.basis));
    const mentioned = new Set(notice.facts.rights.map((fact) => fact.right));
    const range = elementHeadingRange(notice, 'rights');
    for (const [right, bringing] of owedRights(bases)) {
      if (mentioned.has(right)) continue;
      report({ messageId: right, range, data: { basis: basisCitation(bringing, locale) } });
    }
  },
};
