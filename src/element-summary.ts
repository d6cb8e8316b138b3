/**
 * The reports' element matrix, one row per notice: which GDPR Art. 13/14 elements it gives,
 * lacks, or gives with findings about them. Computed by the linter from what it already has (the
 * parsed notice, its facts, the findings), so no notice is parsed twice.
 */
import type { ElementRequirement, ElementStatus, ElementSummary } from './lint-types.js';
import { ELEMENT_IDS, GDPR_ELEMENTS, type ElementId, type Finding, type Profile, type Section } from './model/types.js';
import { RECOMMENDED_ELEMENTS } from './rules/recommended-section.js';
import type { RuleMeta } from './rules/rule.js';
import { validateArt13, validateArt14 } from './schema/validators.js';

/** A finding and the elements it is about (none: about the notice as a whole). */
export interface AttributedFinding {
  finding: Finding;
  elements: readonly ElementId[];
}

function isElementId(id: string): id is ElementId {
  return (ELEMENT_IDS as readonly string[]).includes(id);
}

/**
 * The elements of the section `offset` stands in; for a sub-section whose heading names none,
 * those of the nearest enclosing section that names some ("5.1 Google Analytics" under "5 Transfers").
 */
export function sectionElementsAt(sections: readonly Section[], offset: number): ElementId[] {
  const index = sections.findLastIndex((section) => section.headingRange.start <= offset && offset < section.bodyRange.end);
  let level = Infinity;
  for (let at = index; at >= 0; at--) {
    const section = sections[at];
    if (!section || section.level >= level) continue;
    if (section.elements.length > 0) return [...section.elements];
    level = section.level;
  }
  return [];
}

/** What a rule's finding is about: its meta.elements entry, else its messageId when that is an element, else its section's. */
export function elementsOfFinding(meta: RuleMeta, messageId: string, offset: number, sections: readonly Section[]): ElementId[] {
  const declared = meta.elements?.[messageId];
  if (declared) return [...declared];
  if (isElementId(messageId)) return [messageId];
  return sectionElementsAt(sections, offset);
}

/** The elements the profile's schema requires: what required-section checks, from the same schema. */
export function requiredElements(profile: Profile): ElementId[] {
  const validate = profile === 'art14' ? validateArt14 : validateArt13;
  validate({});
  return (validate.errors ?? []).flatMap((error) => (error.keyword === 'required' ? [String(error.params.missingProperty)] : [])).filter(isElementId);
}

function requirementOf(element: ElementId, required: readonly ElementId[]): ElementRequirement {
  if (required.includes(element)) return 'required';
  return RECOMMENDED_ELEMENTS.includes(element) ? 'recommended' : 'optional';
}

function rulesAbout(element: ElementId, findings: readonly AttributedFinding[]): string[] {
  const ids = findings.flatMap(({ finding, elements }) => (finding.ruleId !== null && elements.includes(element) ? [finding.ruleId] : []));
  return [...new Set(ids)].sort();
}

function statusOf(given: boolean, shownRules: readonly string[], silencedRules: readonly string[]): ElementStatus {
  if (shownRules.length > 0) return given ? 'defective' : 'missing';
  if (silencedRules.length > 0) return 'suppressed';
  return given ? 'present' : 'missing';
}

export interface ElementSummaryInput {
  profile: Profile;
  /** Line of each element the notice gives (its keys are the elements present). */
  lines: ReadonlyMap<ElementId, number>;
  /** Findings the report shows. */
  shown: readonly AttributedFinding[];
  /** Findings disable comments silenced. */
  silenced: readonly AttributedFinding[];
}

/** One entry per GDPR element, in the order of GDPR_ELEMENTS (the matrix's columns). */
export function summariseElements({ profile, lines, shown, silenced }: ElementSummaryInput): ElementSummary[] {
  const required = requiredElements(profile);
  return GDPR_ELEMENTS.map((element) => {
    const line = lines.get(element);
    const shownRules = rulesAbout(element, shown);
    const silencedRules = rulesAbout(element, silenced);
    const status = statusOf(line !== undefined, shownRules, silencedRules);
    return {
      element,
      requirement: requirementOf(element, required),
      status,
      ...(line !== undefined && status !== 'missing' ? { line } : {}),
      ruleIds: shownRules.length > 0 ? shownRules : silencedRules,
    };
  });
}
