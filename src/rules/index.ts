import { emptySection } from './empty-section.js';
import { htmlRemnant } from './html-remnant.js';
import { legalBasis } from './legal-basis.js';
import { missingRight } from './missing-right.js';
import { noticeDate } from './notice-date.js';
import { outdatedReference } from './outdated-reference.js';
import { recommendedSection } from './recommended-section.js';
import { requiredSection } from './required-section.js';
import { retentionPeriod } from './retention-period.js';
import type { Rule } from './rule.js';
import { sectionNumbering } from './section-numbering.js';
import { templateLeftover } from './template-leftover.js';
import { transferContradiction } from './transfer-contradiction.js';
import { transferSafeguards } from './transfer-safeguards.js';
import { vagueLanguage } from './vague-language.js';

/** Every rule, in the order of the README's rule table. */
export const RULES: readonly Rule[] = [
  requiredSection,
  emptySection,
  templateLeftover,
  retentionPeriod,
  transferContradiction,
  transferSafeguards,
  missingRight,
  legalBasis,
  recommendedSection,
  sectionNumbering,
  htmlRemnant,
  outdatedReference,
  noticeDate,
  vagueLanguage,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
