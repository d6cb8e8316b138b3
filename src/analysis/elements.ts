import type { ElementId } from '../model/types.js';
import type { NoticeSource } from './source.js';

/** Elements the notice gives: by a heading, or by content the facts found. */
export function presentElements({ notice, facts }: NoticeSource): Set<ElementId> {
  const present = new Set<ElementId>(notice.sections.flatMap((section) => section.elements));
  for (const element of Object.keys(facts.mentions) as ElementId[]) present.add(element);
  if (facts.legalBases.length > 0) present.add('legal-basis');
  if (facts.retention.some((fact) => fact.kind !== 'vague')) present.add('retention');
  if (facts.rights.length > 0) present.add('rights');
  if (facts.rights.some((fact) => fact.right === 'complaint')) present.add('complaint');
  if (facts.transfers.length > 0) present.add('transfers');
  return present;
}
