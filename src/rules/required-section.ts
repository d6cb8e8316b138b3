import { elementData } from '../lexicon/index.js';
import type { ElementId, Notice } from '../model/types.js';
import { validateArt13, validateArt14 } from '../schema/validators.js';
import { elementName, formatArticle } from './messages.js';
import { DOCUMENT_START, type Rule } from './rule.js';

/** Elements the notice gives: by a heading, or by content the facts found. */
export function presentElements(notice: Notice): Set<ElementId> {
  const present = new Set<ElementId>(notice.sections.flatMap((section) => section.elements));
  for (const element of Object.keys(notice.facts.mentions) as ElementId[]) present.add(element);
  if (notice.facts.legalBases.length > 0) present.add('legal-basis');
  if (notice.facts.retention.some((fact) => fact.kind !== 'vague')) present.add('retention');
  if (notice.facts.rights.length > 0) present.add('rights');
  if (notice.facts.rights.some((fact) => fact.right === 'complaint')) present.add('complaint');
  if (notice.facts.transfers.length > 0) present.add('transfers');
  return present;
}

export const requiredSection: Rule = {
  meta: {
    id: 'required-section',
    defaultSeverity: 'error',
    article: '13, 14',
    messageIds: ['controller', 'purposes', 'legal-basis', 'retention', 'rights', 'complaint', 'categories', 'source'],
    judgesContent: true,
  },
  check(context) {
    const present = presentElements(context.notice);
    const validate = context.profile === 'art14' ? validateArt14 : validateArt13;
    if (validate(Object.fromEntries([...present].map((element) => [element, true])))) return;
    for (const error of validate.errors ?? []) {
      if (error.keyword !== 'required') continue;
      const element = String(error.params['missingProperty']) as ElementId;
      if (context.coveredElements.has(element)) continue;
      context.report({
        messageId: element,
        template: 'missing',
        range: DOCUMENT_START,
        data: { element: elementName(element, context.locale), article: formatArticle(elementData(element).article ?? '', context.locale) },
      });
    }
  },
};
