import { elementData, messageCatalogue } from '../lexicon/index.js';
import type { ElementId, Language, LegalBasis } from '../model/types.js';

/** Fills a catalogue template; unknown placeholders stay visible rather than vanish. */
export function formatMessage(
  locale: Language,
  ruleId: string,
  template: string,
  data: Readonly<Record<string, string | number>> = {},
): string {
  const text = messageCatalogue(locale)[ruleId]?.[template] ?? messageCatalogue('en')[ruleId]?.[template] ?? `${ruleId}: ${template}`;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function elementName(element: ElementId, locale: Language): string {
  return elementData(element).name[locale];
}

const BASIS_CITATION: Record<Language, (letter: LegalBasis) => string> = {
  fi: (letter) => `6 art. 1 ${letter}`,
  sv: (letter) => `art. 6.1 ${letter}`,
  en: (letter) => `Art. 6(1)(${letter})`,
};

export function basisCitation(bases: readonly LegalBasis[], locale: Language): string {
  return bases.map(BASIS_CITATION[locale]).join(', ');
}
