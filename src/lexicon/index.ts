import { DATA } from '../generated/data.js';
import type { ElementId, Language } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import { PACKS, PROCESSOR_PATTERNS } from '../generated/packs.js';
import { PatternSet, compilePattern } from '../text/pattern.js';
import { revive, type LanguagePack } from './compile.js';
import type { ElementData, MessageCatalogue, ProcessorData } from './types.js';

export type { Keyed, LanguagePack } from './compile.js';

const packs = new Map<Language, LanguagePack>();

export function languagePack(language: Language): LanguagePack {
  let pack = packs.get(language);
  if (!pack) {
    pack = revive<LanguagePack>(PACKS[language]);
    packs.set(language, pack);
  }
  return pack;
}

let detectors: { language: Language; detect: PatternSet }[] | undefined;

/** Function-word hits per language in the first 20,000 characters: the evidence detectLanguage weighs. */
export function languageScores(text: string): Record<Language, number> {
  detectors ??= LANGUAGES.map((language) => ({ language, detect: revive<PatternSet>(PACKS[language].detect) }));
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const scores: Record<Language, number> = { fi: 0, sv: 0, en: 0 };
  for (const { language, detect } of detectors) scores[language] = detect.matches(sample).length;
  return scores;
}

/** The language whose function words occur most often in the first 20,000 characters. */
export function detectLanguage(text: string, fallback: Language = 'fi'): Language {
  const scores = languageScores(text);
  let best: Language = fallback;
  let bestCount = 0;
  for (const language of LANGUAGES) {
    if (scores[language] > bestCount) {
      best = language;
      bestCount = scores[language];
    }
  }
  return best;
}

export function elementData(element: ElementId): ElementData {
  return DATA.elements[element];
}

export function elementsSupersededBy(element: ElementId): ElementId[] {
  return DATA.supersedes[element] ?? [];
}

export function messageCatalogue(language: Language): MessageCatalogue {
  return DATA.messages[language];
}

let processors: { data: ProcessorData; patterns: PatternSet }[] | undefined;

export function knownProcessors(): { data: ProcessorData; patterns: PatternSet }[] {
  processors ??= DATA.processors.map((data, index) => ({ data, patterns: revive<PatternSet>(PROCESSOR_PATTERNS[index] ?? { expressions: [] }) }));
  return processors;
}

let anyProcessor: PatternSet | undefined;

/** Every known processor's patterns in one set: one pass over a notice tells where any of them is named. */
export function anyKnownProcessor(): PatternSet {
  anyProcessor ??= PatternSet.union(knownProcessors().map(({ patterns }) => patterns));
  return anyProcessor;
}

let contacts: PatternSet | undefined;

/** E-mail addresses and phone numbers, in any language. */
export function contactDetails(): PatternSet {
  contacts ??= new PatternSet(DATA.contactDetails);
  return contacts;
}

let basisReference: RegExp | undefined;

/**
 * Article 6(1) references ("6(1)(a)", "6 artiklan 1 c-kohta"); capture group 1 is the letter.
 * Like every lexicon pattern it is matched against lower-cased text without the `i` flag (see
 * text/pattern.ts): case-insensitive Unicode classes made this one expression a large part of a
 * single file's run.
 * A new expression on every call, its lastIndex 0: a global expression keeps its position, and
 * one shared between callers would carry it from one text into the next.
 */
export function legalBasisReference(): RegExp {
  basisReference ??= new RegExp(compilePattern(`re:${DATA.legalBasisReference}`).source, 'gu');
  return new RegExp(basisReference);
}

let furtherLetter: RegExp | undefined;

/**
 * A further letter at the start of the text after a reference ("… b ja c alakohta"); capture
 * group 1, with its indices. Lower-cased text, as legalBasisReference.
 */
export function legalBasisFurtherLetter(): RegExp {
  furtherLetter ??= new RegExp(compilePattern(`re:${DATA.legalBasisFurtherLetter}`).source, 'du');
  return furtherLetter;
}

/** Word's style names for the title and headings in every language: a DOCX does not say its language before it is read. */
export function documentStyleNames(): { title: string[]; heading: string[] } {
  const styles = LANGUAGES.map((language) => DATA.languages[language].documentStyles);
  return { title: styles.flatMap((style) => style.title), heading: styles.flatMap((style) => style.heading) };
}
