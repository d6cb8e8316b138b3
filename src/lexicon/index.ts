import { DATA } from '../generated/data.js';
import type { ElementId, Language, LegalBasis, Right } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import { PatternSet, compileWord } from '../text/pattern.js';
import type { ElementData, LanguagePackData, MessageCatalogue, ProcessorData } from './types.js';

export type Keyed<K extends string> = readonly (readonly [K, PatternSet])[];

/** A language pack with its patterns compiled. */
export interface LanguagePack {
  language: Language;
  detect: PatternSet;
  noticeTitles: PatternSet;
  noticePageTitles: PatternSet;
  personalData: PatternSet;
  headings: Keyed<ElementId>;
  mentions: Keyed<ElementId>;
  organisationCues: PatternSet;
  legalBasis: Keyed<LegalBasis>;
  basisCue: PatternSet;
  interestPurpose: PatternSet;
  rights: Keyed<Right>;
  rightsContext: { cue: PatternSet; denial: PatternSet; controllerRight: PatternSet };
  retention: { verbs: PatternSet; period: PatternSet; criteria: PatternSet; vague: PatternSet; cookies: PatternSet };
  transfer: {
    outside: PatternSet;
    negation: PatternSet;
    exception: PatternSet;
    scoped: PatternSet;
    euQualifier: PatternSet;
    bareNo: PatternSet;
    safeguards: Keyed<'adequacy' | 'scc' | 'bcr' | 'derogation'>;
    invalidMechanisms: PatternSet;
  };
  dateLabels: PatternSet;
  months: string[];
  templates: PatternSet;
  stubPrefixes: string[];
  outdated: readonly { patterns: PatternSet; hint: string }[];
  vague: PatternSet;
}

function keyed<K extends string>(record: Partial<Record<K, string[]>>): Keyed<K> {
  return (Object.entries(record) as [K, string[]][]).map(([key, patterns]) => [key, new PatternSet(patterns)] as const);
}

/** "2 kuukautta", "kaksi vuotta", "12 months", "vuoden ajan". */
function periodPatterns(retention: LanguagePackData['retention']): string[] {
  const numbers = retention.numbers.map(compileWord).join('|');
  const units = retention.units.map(compileWord).join('|');
  const amount = `(?:\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+)?|${numbers})`;
  return [`re:(?<![\\p{L}\\p{N}])${amount}\\s*(?:${units})(?![\\p{L}\\p{N}])`, ...retention.bareUnits];
}

function compilePack(data: LanguagePackData): LanguagePack {
  return {
    language: data.language,
    detect: new PatternSet(data.detect),
    noticeTitles: new PatternSet(data.noticeTitles),
    noticePageTitles: new PatternSet(data.noticePageTitles),
    personalData: new PatternSet(data.personalData),
    headings: keyed(data.headings),
    mentions: keyed(data.mentions),
    organisationCues: new PatternSet(data.organisationCues),
    legalBasis: keyed(data.legalBasis),
    basisCue: new PatternSet(data.basisCue),
    interestPurpose: new PatternSet(data.interestPurpose),
    rights: keyed(data.rights),
    rightsContext: {
      cue: new PatternSet(data.rightsContext.cue),
      denial: new PatternSet(data.rightsContext.denial),
      controllerRight: new PatternSet(data.rightsContext.controllerRight),
    },
    retention: {
      verbs: new PatternSet(data.retention.verbs),
      period: new PatternSet(periodPatterns(data.retention)),
      criteria: new PatternSet(data.retention.criteria),
      vague: new PatternSet(data.retention.vague),
      cookies: new PatternSet(data.retention.cookies),
    },
    transfer: {
      outside: new PatternSet(data.transfer.outside),
      negation: new PatternSet(data.transfer.negation),
      exception: new PatternSet(data.transfer.exception),
      scoped: new PatternSet(data.transfer.scoped),
      euQualifier: new PatternSet(data.transfer.euQualifier),
      bareNo: new PatternSet(data.transfer.bareNo),
      safeguards: keyed(data.transfer.safeguards),
      invalidMechanisms: new PatternSet(data.transfer.invalidMechanisms),
    },
    dateLabels: new PatternSet(data.dateLabels),
    months: data.months,
    templates: new PatternSet([...data.templates, ...DATA.commonTemplates]),
    stubPrefixes: data.stubPrefixes,
    outdated: data.outdated.map((entry) => ({ patterns: new PatternSet([entry.pattern]), hint: entry.hint })),
    vague: new PatternSet(data.vague),
  };
}

const packs = new Map<Language, LanguagePack>();

export function languagePack(language: Language): LanguagePack {
  let pack = packs.get(language);
  if (!pack) {
    pack = compilePack(DATA.languages[language]);
    packs.set(language, pack);
  }
  return pack;
}

let detectors: { language: Language; detect: PatternSet }[] | undefined;

/** Function-word hits per language in the first 20,000 characters: the evidence detectLanguage weighs. */
export function languageScores(text: string): Record<Language, number> {
  detectors ??= LANGUAGES.map((language) => ({ language, detect: new PatternSet(DATA.languages[language].detect) }));
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

/** A plain service-name pattern that also matches the name inflected ("HubSpotia", "Mailchimpin"). */
function inflectedName(pattern: string): string {
  if (pattern.startsWith('re:') || pattern.startsWith('cs:')) return pattern;
  const words = pattern.trim().split(/\s+/).map(compileWord).join('\\s+');
  return `re:(?<![\\p{L}\\p{N}])${words}${DATA.nameEndings}(?![\\p{L}\\p{N}])`;
}

export function knownProcessors(): { data: ProcessorData; patterns: PatternSet }[] {
  processors ??= DATA.processors.map((data) => ({ data, patterns: new PatternSet(data.patterns.map(inflectedName)) }));
  return processors;
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
 * A new expression on every call, its lastIndex 0: a global expression keeps its position, and
 * one shared between callers would carry it from one text into the next.
 */
export function legalBasisReference(): RegExp {
  basisReference ??= new RegExp(DATA.legalBasisReference, 'giu');
  return new RegExp(basisReference);
}

let furtherLetter: RegExp | undefined;

/** A further letter at the start of the text after a reference ("… b ja c alakohta"); capture group 1, with its indices. */
export function legalBasisFurtherLetter(): RegExp {
  furtherLetter ??= new RegExp(DATA.legalBasisFurtherLetter, 'diu');
  return furtherLetter;
}

/** Word's style names for the title and headings in every language: a DOCX does not say its language before it is read. */
export function documentStyleNames(): { title: string[]; heading: string[] } {
  const styles = LANGUAGES.map((language) => DATA.languages[language].documentStyles);
  return { title: styles.flatMap((style) => style.title), heading: styles.flatMap((style) => style.heading) };
}
