import { LANGUAGES } from '../generated/languages.js';

/** Canonical element ids (rules/elements.yaml, README "Rules"); a public contract used in configuration, YAML notices and messages. */
export const GDPR_ELEMENTS = [
  'controller',
  'dpo',
  'purposes',
  'legal-basis',
  'legitimate-interests',
  'categories',
  'recipients',
  'transfers',
  'retention',
  'rights',
  'withdraw-consent',
  'complaint',
  'requirement',
  'automated-decisions',
  'source',
] as const;
export const EXTRA_ELEMENTS = ['register-name', 'contact-person', 'security', 'date'] as const;
export const ELEMENT_IDS = [...GDPR_ELEMENTS, ...EXTRA_ELEMENTS] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

// One source: the language packs rules/lexicon/<language>.yaml (scripts/languages.mjs).
export { LANGUAGES };
export type Language = (typeof LANGUAGES)[number];

export const PROFILES = ['art13', 'art14'] as const;
export type Profile = (typeof PROFILES)[number];

/** Name of the notice's input format (src/formats): 'markdown', 'yaml', 'text', or a registered one. */
export type SourceKind = string;

/** Half-open range of UTF-16 offsets into `Notice.source`. */
export interface Range {
  start: number;
  end: number;
}

export interface Section {
  /** Canonical elements the heading names; empty for an unrecognised heading ("other"). */
  elements: ElementId[];
  heading: string;
  headingRange: Range;
  /** "5", "13.2" for numbered headings. */
  number?: string;
  /** 1 for top-level headings, deeper for sub-headings. */
  level: number;
  /** Range of the body, from after the heading to the next heading. */
  bodyRange: Range;
  /** The body as its format means it, where that differs from the source slice (YAML escapes, indentation). */
  text?: string;
}

export const LEGAL_BASES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent', 'complaint'] as const;
export type Right = (typeof RIGHTS)[number];

export interface Located {
  range: Range;
}
export interface LegalBasisFact extends Located {
  basis: LegalBasis;
}
export interface RightFact extends Located {
  right: Right;
}
export interface RetentionFact extends Located {
  kind: 'period' | 'criterion' | 'vague';
}
export interface TransferFact extends Located {
  /** denial: "no transfers outside the EU"; transfer: data does go there; processor: a third-country service. */
  kind: 'denial' | 'transfer' | 'processor';
  /** For processors: the service's name. */
  name?: string;
  /** A denial with an exception ("… unless necessary"). */
  conditional?: boolean;
  /** For transfers: the sentence that states it, for messages (the phrase alone, "outside the EU", names nothing). */
  statement?: Range;
}
export interface SafeguardFact extends Located {
  mechanism: 'adequacy' | 'scc' | 'bcr' | 'derogation' | 'invalid';
}
export interface DateFact extends Located {
  /** ISO date, yyyy-mm-dd. */
  iso: string;
}

export interface Facts {
  legalBases: LegalBasisFact[];
  legitimateInterestDescriptions: Located[];
  rights: RightFact[];
  retention: RetentionFact[];
  transfers: TransferFact[];
  safeguards: SafeguardFact[];
  dates: DateFact[];
  /** Elements mentioned in running text without a heading of their own. */
  mentions: Partial<Record<ElementId, Range[]>>;
}

export interface Notice {
  kind: SourceKind;
  language: Language;
  profile?: Profile;
  title?: string;
  /** ISO date from metadata (front matter, YAML notice). */
  date?: string;
  /** The file says it is a notice: Markdown front matter with a `noticelint` key, or a YAML notice. */
  declared?: boolean;
  /** The decoded file text, BOM removed, line endings as in the file. */
  source: string;
  /**
   * `source` with markup (tags, entities, Markdown syntax, YAML keys) blanked out
   * character for character, so offsets into it are offsets into `source`.
   */
  text: string;
  sections: Section[];
  /** Where the YAML `date:` or front matter metadata stands, for findings on it. */
  metaRanges: Partial<Record<'date' | 'title' | 'language' | 'profile', Range>>;
}

export type Severity = 1 | 2;
export type SeveritySetting = 'off' | 'warn' | 'error';

export interface Fix {
  range: [number, number];
  text: string;
}

/**
 * Where a position stands in a document that has no lines of its own, as its reader counts:
 * a Word paragraph (and the heading it sits under), or a line on a PDF page. Formatters show it
 * instead of line:column; docs/formats.md says what `line` and `column` mean for each.
 */
export type Place = { kind: 'paragraph'; paragraph: number; heading?: string } | { kind: 'page'; page: number; line: number };

export interface Finding {
  ruleId: string | null;
  messageId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  fix?: Fix;
  /** The source text of the finding's range, short, for reports that quote it; absent for an empty range. */
  quote?: string;
  relatedLocations?: { line: number; column: number; endLine: number; endColumn: number; message: string; place?: Place }[];
  /** The start of the finding as a DOCX or PDF reader counts (paragraph, or page and line); absent for text formats. */
  place?: Place;
}
