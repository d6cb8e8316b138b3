import type { ElementId, Range } from '../model/types.js';
import type { NoticeSource } from './source.js';

/**
 * Where the notice gives each element, as an offset: the first heading that names it, else the
 * first text the facts found it in. Its keys are the elements present.
 */
export function elementLocations({ notice, facts }: NoticeSource): Map<ElementId, number> {
  const found = new Map<ElementId, number>();
  for (const section of notice.sections) {
    for (const element of section.elements) if (!found.has(element)) found.set(element, section.headingRange.start);
  }
  // Headings win; evidence in running text counts where no heading names the element.
  const byText = (element: ElementId, ranges: readonly Range[]): void => {
    if (ranges.length === 0 || found.has(element)) return;
    found.set(element, Math.min(...ranges.map((range) => range.start)));
  };
  for (const [element, ranges] of Object.entries(facts.mentions) as [ElementId, Range[]][]) byText(element, ranges);
  byText(
    'legal-basis',
    facts.legalBases.map((fact) => fact.range),
  );
  byText(
    'retention',
    facts.retention.filter((fact) => fact.kind !== 'vague').map((fact) => fact.range),
  );
  byText(
    'rights',
    facts.rights.map((fact) => fact.range),
  );
  byText(
    'complaint',
    facts.rights.filter((fact) => fact.right === 'complaint').map((fact) => fact.range),
  );
  byText(
    'transfers',
    facts.transfers.map((fact) => fact.range),
  );
  return found;
}

/** Elements the notice gives: by a heading, or by content the facts found. */
export function presentElements(source: NoticeSource): Set<ElementId> {
  return new Set(elementLocations(source).keys());
}
