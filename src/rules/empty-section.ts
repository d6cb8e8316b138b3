import type { Section } from '../model/types.js';
import type { Rule } from './rule.js';

/** A heading introduces the next one when that is deeper, or names the same element ("Oikeudet" → "Oikeus saada pääsy…"). */
function isParentOf(section: Section, next: Section): boolean {
  return next.level > section.level || (section.elements.length > 0 && next.elements.some((element) => section.elements.includes(element)));
}

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    defaultSeverity: 'error',
    article: '12(1)',
    messageIds: ['empty'],
    judgesContent: true,
  },
  check({ notice, report }) {
    notice.sections.forEach((section, index) => {
      if (section.heading === '') return;
      const next = notice.sections[index + 1];
      if (next && next.heading !== '' && isParentOf(section, next)) return; // its content is in sub-sections
      if (notice.text.slice(section.bodyRange.start, section.bodyRange.end).trim() !== '') return;
      report({ messageId: 'empty', range: section.headingRange, data: { heading: section.heading } });
    });
  },
};
