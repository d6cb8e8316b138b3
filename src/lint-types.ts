/**
 * The public shapes of linting: options in, results out. Formatters, configuration and the
 * command line need only these, so they depend on this file and not on the linter itself.
 */
import type { ElementId, Finding, Language, Profile, SeveritySetting } from './model/types.js';

export type SeverityValue = SeveritySetting | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue] | [SeverityValue, Record<string, unknown>];

export interface LintOptions {
  /** Rule settings over the defaults, ESLint style. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Forced profile; otherwise the notice's metadata, then defaultProfile, then art13. */
  profile?: Profile;
  defaultProfile?: Profile;
  /** The command line's language: a language is used as given; `auto` detects per file, over `defaultLanguage`. */
  language?: Language | 'auto';
  /**
   * Language when the notice names none (configuration); the command line's `language` wins.
   * A text that clearly reads as another language is linted as that one, with a
   * `language-mismatch` warning (language-choice.ts).
   */
  defaultLanguage?: Language | 'auto';
  /** Language of messages; defaults to the notice's language. */
  locale?: Language;
  /** Reference date for notice-date; defaults to now. */
  now?: Date;
  maxFileSize?: number;
  /** Report disable comments that suppress nothing (--report-unused-disable-directives). */
  reportUnusedDisableDirectives?: boolean;
  /** Apply the safe fixes and write the file back (--fix). */
  fix?: boolean;
  /**
   * Lint the file only if it looks like a notice (src/detect.ts), else give one `not-a-notice`
   * warning: for files a folder walk or a glob found, not for files named on the command line.
   */
  detectNotice?: boolean;
  /** Compute the fixes into the result's `output` without writing anything (--fix-dry-run). */
  fixDryRun?: boolean;
  /** false ignores noticelint-disable comments (--no-inline-config). */
  allowInlineConfig?: boolean;
}

export interface LintResult {
  filePath: string;
  messages: Finding[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, after --fix or --fix-dry-run changed it (ESLint's `output`). */
  output?: string;
  /** Language the messages are in. */
  locale?: Language;
  /** Language the notice was linted as; absent when it was not linted (unreadable, not a notice). */
  language?: Language;
  /** Profile the notice was linted under; absent when it was not linted. */
  profile?: Profile;
  /** Each GDPR Art. 13/14 element and what the notice does with it: the reports' matrix row. */
  elements?: ElementSummary[];
  /** Findings a noticelint-disable comment silenced, in ESLint's `suppressedMessages` shape. */
  suppressedMessages?: SuppressedFinding[];
}

/** What a profile asks of an element: required-section's, recommended-section's, or neither. */
export type ElementRequirement = 'required' | 'recommended' | 'optional';

/**
 * present: the notice gives it, and no finding is about it. missing: the notice does not give it.
 * defective: it is given, but findings are about it. suppressed: the only findings about it were
 * silenced by disable comments.
 */
export type ElementStatus = 'present' | 'missing' | 'defective' | 'suppressed';

export interface ElementSummary {
  element: ElementId;
  requirement: ElementRequirement;
  status: ElementStatus;
  /** Line of the heading that names it, else of the first text that gives it; absent when missing. */
  line?: number;
  /** Rules with findings about it: shown ones for missing and defective, silenced ones for suppressed. */
  ruleIds: string[];
}

/** ESLint's suppressed message: the finding, and the disable comments that silenced it. */
export interface SuppressedFinding extends Finding {
  suppressions: { kind: 'directive'; justification: string }[];
}

/** Where a finding is, 1-based, in the original file; `place` in a DOCX or PDF reader's terms. */
export type FindingPosition = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'place'>;

/** What a result says besides its findings and counts. */
export type ResultExtras = Pick<LintResult, 'output' | 'locale' | 'language' | 'profile' | 'elements' | 'suppressedMessages'>;

/** What a result says about the notice itself (its matrix row), to carry over when the file layer re-summarises it. */
export function noticeFacts({ language, profile, elements, suppressedMessages }: LintResult): ResultExtras {
  return {
    ...(language === undefined ? {} : { language }),
    ...(profile === undefined ? {} : { profile }),
    ...(elements === undefined ? {} : { elements }),
    ...(suppressedMessages === undefined ? {} : { suppressedMessages }),
  };
}

export function summarise(filePath: string, messages: Finding[], extra: ResultExtras = {}): LintResult {
  const count = (severity: 1 | 2, fixable = false): number => messages.filter((message) => message.severity === severity && (!fixable || message.fix)).length;
  return {
    filePath,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((message) => message.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    ...extra,
  };
}

export function fatalFinding(message: string, messageId: string, position?: FindingPosition): Finding {
  return {
    ruleId: null,
    messageId,
    severity: 2,
    fatal: true,
    message,
    ...(position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }),
  };
}

/** A warning about the file as a whole, from noticelint rather than a rule. */
export function fileWarning(message: string, messageId: string): Finding {
  return { ruleId: null, messageId, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/**
 * Language of messages written before the notice's own language is known (read and parse
 * failures): the configured locale, else the language forced on the command line, else the one
 * the notice declares (`declared`, when parsing got that far), else the configuration's, else English.
 */
export function fallbackLocale(options: Pick<LintOptions, 'locale' | 'language' | 'defaultLanguage'>, declared?: Language): Language {
  const known = (language: Language | 'auto' | undefined): Language | undefined => (language === 'auto' ? undefined : language);
  return options.locale ?? known(options.language) ?? declared ?? known(options.defaultLanguage) ?? 'en';
}
