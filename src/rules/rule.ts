import type { NoticeSource } from '../analysis/source.js';
import type { LanguagePack } from '../lexicon/index.js';
import { SectionScope } from '../model/scope.js';
import type { ElementId, Fix, Language, Notice, Profile, Range, SeveritySetting } from '../model/types.js';

export interface RuleMeta {
  id: string;
  defaultSeverity: SeveritySetting;
  /** The GDPR provision the rule enforces, as cited in messages and SARIF. */
  article: string;
  messageIds: readonly string[];
  fixable?: boolean;
  /**
   * The rule judges what sections say. Its findings in a section another rule has claimed
   * (claimsSection) are dropped: reading a placeholder would only repeat that finding.
   */
  judgesContent?: boolean;
  /**
   * A finding of this rule inside a headed section speaks for the whole section: the findings of
   * rules that judge content there are dropped (template-leftover: "Describe here how long …").
   */
  claimsSection?: boolean;
  /** JSON Schema of the rule's options object, checked when the configuration is loaded. */
  schema?: Readonly<Record<string, unknown>>;
  /**
   * The elements each messageId's findings are about, for the reports' element matrix. Without
   * an entry, a messageId that is an element id names its element (required-section), and any
   * other finding is about the elements of the section it stands in.
   */
  elements?: Readonly<Record<string, readonly ElementId[]>>;
  /** Elements this rule checks in more depth, so required-section leaves them to it. */
  coversElements?: readonly ElementId[];
  defaultOptions?: Readonly<Record<string, unknown>>;
  /** Catalogue entries for related locations (the text a finding was concluded from). */
  relatedMessageIds?: readonly string[];
}

/** Other text the finding was concluded from, e.g. the legal basis that makes a right owed. */
export interface RelatedReport {
  range: Range;
  /** The rule's catalogue entry for this location, one of meta.relatedMessageIds. */
  messageId: string;
  data?: Record<string, string | number>;
}

export interface Report {
  messageId: string;
  range: Range;
  /** Values for the message's {placeholders}. */
  data?: Record<string, string | number>;
  /** Catalogue entry to use when it differs from messageId (required-section: one text, many ids). */
  template?: string;
  fix?: Fix;
  related?: RelatedReport[];
}

export interface RuleContext {
  notice: Notice;
  /** The file's text, line index, language pack and lazily extracted facts, shared by all rules. */
  source: NoticeSource;
  /** The language pack of the notice's language (source.pack). */
  pack: LanguagePack;
  options: Readonly<Record<string, unknown>>;
  /** Reference date for age checks; injectable for tests. */
  now: Date;
  profile: Profile;
  locale: Language;
  /** Elements that rules which are on check in depth (their meta.coversElements). */
  coveredElements: ReadonlySet<ElementId>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** A zero-length range at the start of the document, for findings about something absent. */
export const DOCUMENT_START: Range = { start: 0, end: 0 };

/**
 * Where to report something missing from an element: the heading of the first section
 * naming the first of `elements` that has one, else the document start.
 */
export function elementHeadingRange(notice: Notice, ...elements: ElementId[]): Range {
  const scope = new SectionScope(notice.sections);
  for (const element of elements) {
    const section = scope.withElements([element], false)[0];
    if (section) return section.headingRange;
  }
  return DOCUMENT_START;
}
