import type { ElementId, Language, LegalBasis, Right } from '../model/types.js';

/** The shape of rules/lexicon/<language>.yaml; checked by the compiler when the build embeds it. */
export interface LanguagePackData {
  language: Language;
  name: string;
  /** Place among the languages (scripts/languages.mjs): a tie in detection goes to the lower. */
  order: number;
  /** File name `noticelint init` gives a new notice in this language. */
  initFileName: string;
  detect: string[];
  noticeTitles: string[];
  headings: Partial<Record<ElementId, string[]>>;
  mentions: Partial<Record<ElementId, string[]>>;
  organisationCues: string[];
  legalBasis: Record<LegalBasis, string[]>;
  basisCue: string[];
  rights: Record<Right, string[]>;
  retention: {
    verbs: string[];
    numbers: string[];
    units: string[];
    bareUnits: string[];
    criteria: string[];
    vague: string[];
    cookies: string[];
  };
  transfer: {
    outside: string[];
    negation: string[];
    exception: string[];
    euQualifier: string[];
    bareNo: string[];
    safeguards: Record<'adequacy' | 'scc' | 'bcr' | 'derogation', string[]>;
    invalidMechanisms: string[];
  };
  dateLabels: string[];
  months: string[];
  templates: string[];
  stubPrefixes: string[];
  outdated: { pattern: string; hint: string }[];
  vague: string[];
}

export interface ElementData {
  article?: string;
  name: Record<Language, string>;
}

export interface ProcessorData {
  name: string;
  country: string;
  patterns: string[];
}

/** Message catalogue: rule id → message id → template with {placeholders}. */
export type MessageCatalogue = Record<string, Record<string, string>>;

export interface GeneratedData {
  languages: Record<Language, LanguagePackData>;
  commonTemplates: string[];
  contactDetails: string[];
  legalBasisReference: string;
  elements: Record<ElementId, ElementData>;
  supersedes: Partial<Record<ElementId, ElementId[]>>;
  processors: ProcessorData[];
  messages: Record<Language, MessageCatalogue>;
}
