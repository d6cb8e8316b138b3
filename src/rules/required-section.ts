import { elementData } from '../lexicon/index.js';
import { presentElements } from '../analysis/elements.js';
import type { ElementId } from '../model/types.js';
import { validateArt13, validateArt14 } from '../schema/validators.js';
import { elementName, formatArticle } from './messages.js';
import { DOCUMENT_START, type Rule } from './rule.js';

export const requiredSection: Rule = {
  meta: {
    id: 'required-section',
    defaultSeverity: 'error',
    article: '13, 14',
    messageIds: ['controller', 'purposes', 'legal-basis', 'retention', 'rights', 'complaint', 'categories', 'source'],
    judgesContent: true,
  },
  check(context) {
    const present = presentElements(context.source);
    const validate = context.profile === 'art14' ? validateArt14 : validateArt13;
    if (validate(Object.fromEntries([...present].map((element) => [element, true])))) return;
    for (const error of validate.errors ?? []) {
      if (error.keyword !== 'required') continue;
      const element = String(error.params.missingProperty) as ElementId;
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
