/**
 * Language packs and processor names compiled from the lexicon data into pattern sets. The
 * build runs this once (scripts/build-data.mjs) and embeds the result as src/generated/packs.ts,
 * so a run revives ready expressions instead of compiling some 600 patterns per language: that
 * compilation was a tenth of a single small file's run.
 */
import type { ElementId, Language, LegalBasis, Right } from '../model/types.js';
import { PatternSet, compileWord, type CompiledExpression } from '../text/pattern.js';
import type { LanguagePackData, ProcessorData } from './types.js';

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

/** A language pack with the common templates (rules/lexicon/common.yaml) added to its own. */
export function compileLanguagePack(data: LanguagePackData, commonTemplates: readonly string[]): LanguagePack {
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
    templates: new PatternSet([...data.templates, ...commonTemplates]),
    stubPrefixes: data.stubPrefixes,
    outdated: data.outdated.map((entry) => ({ patterns: new PatternSet([entry.pattern]), hint: entry.hint })),
    vague: new PatternSet(data.vague),
  };
}

/** A plain service-name pattern that also matches the name inflected ("HubSpotia", "Mailchimpin"). */
function inflectedName(pattern: string, nameEndings: string): string {
  if (pattern.startsWith('re:') || pattern.startsWith('cs:')) return pattern;
  const words = pattern.trim().split(/\s+/).map(compileWord).join('\\s+');
  return `re:(?<![\\p{L}\\p{N}])${words}${nameEndings}(?![\\p{L}\\p{N}])`;
}

/** One pattern set per known processor, in the order of rules/processors.yaml. */
export function compileProcessorPatterns(processors: readonly ProcessorData[], nameEndings: string): PatternSet[] {
  return processors.map((data) => new PatternSet(data.patterns.map((pattern) => inflectedName(pattern, nameEndings))));
}

/** A compiled value as the build embeds it: each pattern set replaced by its expressions. */
export type Embedded<T> = T extends PatternSet
  ? { expressions: CompiledExpression[] }
  : T extends readonly (infer Item)[]
    ? Embedded<Item>[]
    : T extends object
      ? { [Key in keyof T]: Embedded<T[Key]> }
      : T;

/** Rebuilds the pattern sets of an embedded value (the inverse of JSON.stringify on a compiled one). */
export function revive<T>(embedded: Embedded<T>): T {
  return reviveValue(embedded) as T;
}

function reviveValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveValue);
  if (value === null || typeof value !== 'object') return value;
  if ('expressions' in value && Array.isArray(value.expressions)) return PatternSet.fromExpressions(value.expressions as CompiledExpression[]);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reviveValue(item)]));
}
