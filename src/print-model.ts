import { stringify } from 'yaml';
import type { Notice } from './model/types.js';
import type { YamlNotice, YamlSection } from './parse/yaml-notice.js';

/** The canonical model as a YAML notice: lintable as it is, with the same findings. */
export function toYamlNotice(notice: Notice): string {
  const sections: YamlSection[] = notice.sections.map((section) => {
    const element = section.elements.length === 0 ? 'other' : section.elements.length === 1 ? section.elements[0] : section.elements;
    return {
      element: element ?? 'other',
      ...(section.heading === '' ? {} : { heading: section.heading }),
      ...(section.number === undefined ? {} : { number: section.number }),
      ...(section.level === (section.number?.split('.').length ?? 1) ? {} : { level: section.level }),
      // Trailing blanks on a line mean nothing to a reader, and YAML's quoted scalars do not keep them through a round trip.
      text: (section.text ?? notice.source.slice(section.bodyRange.start, section.bodyRange.end))
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+$/gm, '')
        .trim(),
    };
  });
  const model: YamlNotice = {
    noticelint: 1,
    ...(notice.title === undefined ? {} : { title: notice.title }),
    language: notice.language,
    ...(notice.profile === undefined ? {} : { profile: notice.profile }),
    ...(notice.date === undefined ? {} : { date: notice.date }),
    sections,
  };
  return stringify(model, { lineWidth: 0, blockQuote: 'literal' });
}
