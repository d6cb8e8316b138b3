/**
 * Text → findings: parse, run the rules, apply the directives, apply fixes pass by pass.
 * Nothing here reads or writes a file; that is lint-files.ts.
 */
import { ParseError } from './parse/document.js';
import { NotANoticeError, YamlNoticeError } from './parse/yaml-notice.js';
import { kindOf, parseNotice } from './parse/index.js';
import { applyFixes } from './fix.js';
import { byCodeUnits } from './text/compare.js';
import type { Finding, Language, Notice, Range, Severity } from './model/types.js';
import { formatMessage, strictMessages } from './rules/messages.js';
import { NoticeSource } from './analysis/source.js';
import { RULES } from './rules/index.js';
import { sortByDirectives, type Suppression } from './directives.js';
import type { Report, Rule } from './rules/rule.js';
import { formatFor, locatorFor, type Locator } from './formats/index.js';
import { configuredLanguageMismatch, parseLanguageOptions, type LanguageMismatch } from './language-choice.js';
import { noticeEvidence, verdict, MIN_ELEMENTS } from './detect.js';
import { elementLocations } from './analysis/elements.js';
import { elementsOfFinding, summariseElements, type AttributedFinding } from './element-summary.js';
import { quoteOf } from './text/quote.js';
import {
  fallbackLocale,
  fatalFinding,
  fileWarning,
  summarise,
  type FindingPosition,
  type LintOptions,
  type LintResult,
  type ResultExtras,
  type RuleSetting,
  type SuppressedFinding,
} from './lint-types.js';

const RULE_IDS = RULES.map((rule) => rule.meta.id);

const SEVERITY_NAMES: Record<string, Severity | 0> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 };

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
}

/** Rules that are on, with their severity and options (defaults merged under the configured ones). */
export function activeRules(settings: Readonly<Record<string, RuleSetting>> = {}): ActiveRule[] {
  return RULES.flatMap((rule) => {
    const setting = settings[rule.meta.id] ?? rule.meta.defaultSeverity;
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
    const severity = SEVERITY_NAMES[String(level)] ?? 0;
    if (severity === 0) return [];
    return [{ rule, severity, options: { ...rule.meta.defaultOptions, ...options } }];
  });
}

function toPosition(lines: Locator, range: Range): FindingPosition {
  const start = lines.position(range.start);
  const end = lines.position(range.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(start.place ? { place: start.place } : {}) };
}

function parseFailures(error: ParseError, lines: Locator, locale: Language): Finding[] {
  if (error instanceof NotANoticeError) return [fileWarning(error.localized(locale), error.messageId)];
  const problems = error instanceof YamlNoticeError ? error.problems : [error];
  return problems.map((problem) =>
    fatalFinding(problem.localized(locale), problem.messageId, toPosition(lines, { start: problem.offset, end: Math.max(problem.offset, problem.endOffset) })),
  );
}

interface Reported {
  rule: Rule;
  severity: Severity;
  report: Report;
}

/**
 * A finding of a rule that claims sections (meta.claimsSection) speaks for its section: rules that
 * judge content would read the placeholder ("Describe here how long data is kept") and repeat
 * that finding in other words, so theirs in that section are dropped.
 */
function withoutEchoesOfClaims(notice: Notice, reported: readonly Reported[]): Reported[] {
  const claims = reported.filter(({ rule }) => rule.meta.claimsSection === true).map(({ report }) => report.range.start);
  if (claims.length === 0) return [...reported];
  const claimed = notice.sections
    .filter((section) => section.heading !== '' && claims.some((offset) => offset >= section.bodyRange.start && offset < section.bodyRange.end))
    .map((section) => ({ start: section.headingRange.start, end: section.bodyRange.end }));
  const inClaimed = (offset: number): boolean => claimed.some((span) => offset >= span.start && offset < span.end);
  return reported.filter(({ rule, report }) => !rule.meta.judgesContent || !inClaimed(report.range.start));
}

class UndeclaredReportError extends Error {}

/**
 * A report its rule's meta does not declare, or whose message leaves a placeholder unfilled, is a
 * bug in the rule: in strict mode (the tests) it throws where the rule reports, not later.
 */
function checkReport({ meta }: Rule, report: Report, locale: Language): void {
  if (!strictMessages()) return;
  if (!meta.messageIds.includes(report.messageId)) {
    throw new UndeclaredReportError(`${meta.id} reported messageId "${report.messageId}", which its meta.messageIds does not declare`);
  }
  for (const related of report.related ?? []) {
    if (!(meta.relatedMessageIds ?? []).includes(related.messageId)) {
      throw new UndeclaredReportError(`${meta.id} reported related messageId "${related.messageId}", which its meta.relatedMessageIds does not declare`);
    }
    formatMessage(locale, meta.id, related.messageId, related.data);
  }
  formatMessage(locale, meta.id, report.template ?? report.messageId, report.data);
}

function toFinding(lines: Locator, text: string, locale: Language, { rule, severity, report }: Reported): Finding {
  const quote = quoteOf(text, report.range.start, report.range.end);
  return {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    message: formatMessage(locale, rule.meta.id, report.template ?? report.messageId, report.data),
    ...toPosition(lines, report.range),
    ...(report.fix ? { fix: report.fix } : {}),
    ...(quote === undefined ? {} : { quote }),
    ...(report.related
      ? {
          relatedLocations: report.related.map((related) => ({
            ...toPosition(lines, related.range),
            message: formatMessage(locale, rule.meta.id, related.messageId, related.data),
          })),
        }
      : {}),
  };
}

/** Runs the rules over one notice; `source` is its source object when the caller has one. */
export function runRules(notice: Notice, options: LintOptions, rules = activeRules(options.rules), source = new NoticeSource(notice)): Finding[] {
  return attributedFindings(notice, options, rules, source).map(({ finding }) => finding);
}

/** The rules' findings, in document order, each with the elements it is about (element-summary.ts). */
function attributedFindings(notice: Notice, options: LintOptions, rules: readonly ActiveRule[], source: NoticeSource): AttributedFinding[] {
  const reported: Reported[] = [];
  const coveredElements = new Set(rules.flatMap(({ rule }) => rule.meta.coversElements ?? []));
  const locale = options.locale ?? notice.language;
  for (const { rule, severity, options: ruleOptions } of rules) {
    rule.check({
      notice,
      source,
      pack: source.pack,
      options: ruleOptions,
      now: options.now ?? new Date(),
      profile: notice.profile ?? 'art13',
      locale,
      coveredElements,
      report: (report) => {
        checkReport(rule, report, locale);
        reported.push({ rule, severity, report });
      },
    });
  }
  const findings = withoutEchoesOfClaims(notice, reported).map((entry) => ({
    finding: toFinding(source.locator, notice.source, locale, entry),
    elements: elementsOfFinding(entry.rule.meta, entry.report.messageId, entry.report.range.start, notice.sections),
  }));
  return findings.sort(({ finding: a }, { finding: b }) => a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId ?? '', b.ruleId ?? ''));
}

/** The one warning for a file a walk found that does not look like a notice (detect.ts), or undefined. */
function notANotice(source: NoticeSource, locale: Language): Finding | undefined {
  const evidence = noticeEvidence(source.notice, source);
  if (verdict(evidence) !== 'not-a-notice') return undefined;
  // Enough elements but none under its own heading: say that, rather than "4 found where 4 are needed".
  const template = evidence.elements.length >= MIN_ELEMENTS ? 'not-a-notice-unheaded' : 'not-a-notice';
  return fileWarning(formatMessage(locale, 'detection', template, { found: evidence.elements.length, needed: MIN_ELEMENTS }), 'not-a-notice');
}

/** ESLint's suppressed message: the finding with the directive that silenced it and its `-- reason`. */
function toSuppressed({ finding, directive }: Suppression): SuppressedFinding {
  return { ...finding, suppressions: [{ kind: 'directive', justification: directive.justification }] };
}

/**
 * The rules' findings with the notice's disable comments applied, the findings those silenced,
 * and the element matrix row both make, with the language and profile the notice was linted as.
 */
function checkedFindings(source: NoticeSource, options: LintOptions, locale: Language): { findings: Finding[]; extras: ResultExtras } {
  const { notice } = source;
  const profile = notice.profile ?? 'art13';
  const directives = options.allowInlineConfig === false ? [] : source.directives;
  const attributed = attributedFindings(notice, options, activeRules(options.rules), source);
  const { kept, suppressed } = sortByDirectives(
    attributed.map(({ finding }) => finding),
    directives,
    { knownRules: RULE_IDS, locale, ...(options.reportUnusedDisableDirectives ? { reportUnused: true } : {}) },
  );
  const elementsOf = new Map(attributed.map(({ finding, elements }) => [finding, elements]));
  const withElements = (finding: Finding): AttributedFinding => ({ finding, elements: elementsOf.get(finding) ?? [] });
  const lines = new Map([...elementLocations(source)].map(([element, offset]) => [element, source.locator.position(offset).line]));
  const elements = summariseElements({ profile, lines, shown: kept.map(withElements), silenced: suppressed.map(({ finding }) => withElements(finding)) });
  return {
    findings: kept,
    extras: { locale, language: notice.language, profile, elements, ...(suppressed.length > 0 ? { suppressedMessages: suppressed.map(toSuppressed) } : {}) },
  };
}

/** Lints text already in memory; `filePath` decides the input kind by its extension. */
export async function lintText(text: string, filePath: string, options: LintOptions = {}): Promise<LintResult> {
  try {
    const mismatch = configuredLanguageMismatch(text, options);
    const notice = await parseNotice(text, kindOf(filePath), {
      ...parseLanguageOptions(options, mismatch),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.defaultProfile ? { defaultProfile: options.defaultProfile } : {}),
    });
    const source = new NoticeSource(notice);
    const locale = options.locale ?? notice.language;
    const skipped = options.detectNotice ? notANotice(source, locale) : undefined;
    if (skipped) return summarise(filePath, [skipped], { locale });
    const { findings, extras } = checkedFindings(source, options, locale);
    // A `language:` in the notice itself decided its language: the configuration was not followed, rightly.
    const warning = mismatch && notice.metaRanges.language === undefined ? languageMismatchWarning(mismatch, locale) : undefined;
    return summarise(filePath, warning ? [warning, ...findings] : findings, extras);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const locale = fallbackLocale(options, error instanceof YamlNoticeError ? error.language : undefined);
    return summarise(filePath, parseFailures(error, locatorFor(formatFor(filePath), text), locale), { locale });
  }
}

/** The configured language was overruled by the text's own (see language-choice.ts). */
function languageMismatchWarning({ configured, detected }: LanguageMismatch, locale: Language): Finding {
  const name = (language: Language): string => formatMessage(locale, 'language-names', language);
  return fileWarning(formatMessage(locale, 'noticelint', 'language-mismatch', { configured: name(configured), detected: name(detected) }), 'language-mismatch');
}

const MAX_FIX_PASSES = 10;

/**
 * Applies fixes pass by pass until none is left (fixes that overlapped wait a pass), then
 * returns the final text and its findings. A text that a fix would make unparseable, or a
 * fix whose text `canHold` refuses (the file's encoding), is never produced: the last good text is kept.
 */
export async function fixText(
  source: string,
  path: string,
  options: LintOptions,
  canHold: (text: string) => boolean = () => true,
): Promise<{ text: string; result: LintResult }> {
  let text = source;
  let result = await lintText(text, path, options);
  for (let pass = 0; pass < MAX_FIX_PASSES && result.fatalErrorCount === 0; pass++) {
    const fixes = result.messages.flatMap((message) => (message.fix && canHold(message.fix.text) ? [message.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes);
    if (next === text) break;
    const nextResult = await lintText(next, path, options);
    if (nextResult.fatalErrorCount > 0) break;
    text = next;
    result = nextResult;
  }
  return { text, result };
}

/** Lints text that is no file (--stdin); with `fixDryRun` the fixed text is the result's `output`, as ESLint returns it. */
export async function lintSource(source: string, filePath: string, options: LintOptions = {}): Promise<LintResult> {
  if (!options.fixDryRun) return lintText(source, filePath, options);
  const { text, result } = await fixText(source, filePath, options);
  return text === source ? result : { ...result, output: text };
}
