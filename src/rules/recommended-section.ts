import type { ElementId } from '../model/types.js';
import { presentElements } from '../analysis/elements.js';
import { DOCUMENT_START, type Rule } from './rule.js';

/** The elements this rule asks for; reports mark them recommended. */
export const RECOMMENDED_ELEMENTS: readonly ElementId[] = ['dpo', 'automated-decisions', 'requirement', 'transfers'];

export const recommendedSection: Rule = {
  meta: {
    id: 'recommended-section',
    defaultSeverity: 'warn',
    article: '13(1)(b), 13(1)(f), 13(2)(e), 13(2)(f)',
    messageIds: RECOMMENDED_ELEMENTS,
    judgesContent: true,
  },
  check({ source, report }) {
    const present = presentElements(source);
    for (const element of RECOMMENDED_ELEMENTS) {
      if (!present.has(element)) report({ messageId: element, range: DOCUMENT_START });
    }
  },
};
