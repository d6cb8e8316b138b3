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
  /** Words that name a notice only as the whole title ("Tietosuoja", "Privacy"). */
  noticePageTitles: string[];
  /** Words for personal data, one of the signs notice detection looks for. */
  personalData: string[];
  headings: Partial<Record<ElementId, string[]>>;
  mentions: Partial<Record<ElementId, string[]>>;
  organisationCues: string[];
  legalBasis: Record<LegalBasis, string[]>;
  basisCue: string[];
  /** Words right after a legitimate-interest phrase that say what the interest is. */
  interestPurpose: string[];
  rights: Record<Right, string[]>;
  /**
   * Where a right's verb counts outside a rights section (cue), phrases that deny a right,
   * and phrases that make a right the controller's own ("we reserve the right").
   */
  rightsContext: { cue: string[]; denial: string[]; controllerRight: string[] };
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
    /** A denial scoped to the rest ("Other personal data is not transferred …"). */
    scoped: string[];
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
  /** Word's style names for the title and the headings (`{level}` is 1 to 6), which mark DOCX headings (formats/docx.ts). */
  documentStyles: { title: string[]; heading: string[] };
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
  nameEndings: string;
  legalBasisReference: string;
  legalBasisFurtherLetter: string;
  elements: Record<ElementId, ElementData>;
  supersedes: Partial<Record<ElementId, ElementId[]>>;
  processors: ProcessorData[];
  messages: Record<Language, MessageCatalogue>;
}
