import { relative } from 'node:path';
import { ParseError } from './parse/document.js';
import { NotANoticeError, YamlNoticeError } from './parse/yaml-notice.js';
import { kindOf, parseNotice } from './parse/index.js';
import { canEncode, encode, UnreadableFileError, type DecodedText, type Encoding } from './read/decode.js';
import { writeFileAtomic } from './read/write-file.js';
import { applyFixes } from './fix.js';
import { readNoticeFile } from './read/read-file.js';
import type { Finding, Language, Notice, Profile, Range, Severity, SeveritySetting } from './model/types.js';
import { coreMessage, formatMessage } from './rules/messages.js';
import { RULES } from './rules/index.js';
import { applyDirectives, findDirectives } from './directives.js';
import type { Report, Rule } from './rules/rule.js';
import { formatFor, formatNamed, locatorFor, type Locator } from './formats/index.js';
import { configuredLanguageMismatch, parseLanguageOptions, type LanguageMismatch } from './language-choice.js';
import { noticeEvidence, verdict, MIN_ELEMENTS } from './detect.js';

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
}

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

function toFinding(lines: Locator, range: Range): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const start = lines.position(range.start);
  const end = lines.position(range.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

export function fatalFinding(message: string, messageId: string, position?: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Finding {
  return {
    ruleId: null,
    messageId,
    severity: 2,
    fatal: true,
    message,
    ...(position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }),
  };
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

function parseFailures(error: ParseError, lines: Locator, locale: Language): Finding[] {
  if (error instanceof NotANoticeError) return [fileWarning(error.localized(locale), error.messageId)];
  const problems = error instanceof YamlNoticeError ? error.problems : [error];
  return problems.map((problem) =>
    fatalFinding(problem.localized(locale), problem.messageId, toFinding(lines, { start: problem.offset, end: Math.max(problem.offset, problem.endOffset) })),
  );
}

interface Reported {
  rule: Rule;
  severity: Severity;
  report: Report;
}

const TEMPLATE_RULE = 'template-leftover';

/**
 * A section still holding template text gets that one finding: rules that judge content would
 * read the placeholder ("Describe here how long data is kept") and repeat it in other words.
 */
function withoutEchoesOfTemplates(notice: Notice, reported: readonly Reported[]): Reported[] {
  const leftovers = reported.filter(({ rule }) => rule.meta.id === TEMPLATE_RULE).map(({ report }) => report.range.start);
  if (leftovers.length === 0) return [...reported];
  const unfilled = notice.sections
    .filter((section) => section.heading !== '' && leftovers.some((offset) => offset >= section.bodyRange.start && offset < section.bodyRange.end))
    .map((section) => ({ start: section.headingRange.start, end: section.bodyRange.end }));
  const inUnfilled = (offset: number): boolean => unfilled.some((span) => offset >= span.start && offset < span.end);
  return reported.filter(({ rule, report }) => !rule.meta.judgesContent || !inUnfilled(report.range.start));
}

export function runRules(notice: Notice, options: LintOptions, rules = activeRules(options.rules)): Finding[] {
  const lines = locatorFor(formatNamed(notice.kind), notice.source);
  const reported: Reported[] = [];
  const coveredElements = new Set(rules.flatMap(({ rule }) => rule.meta.coversElements ?? []));
  const locale = options.locale ?? notice.language;
  for (const { rule, severity, options: ruleOptions } of rules) {
    rule.check({
      notice,
      options: ruleOptions,
      now: options.now ?? new Date(),
      profile: notice.profile ?? 'art13',
      locale,
      coveredElements,
      report: (report) => reported.push({ rule, severity, report }),
    });
  }
  const findings = withoutEchoesOfTemplates(notice, reported).map(
    ({ rule, severity, report }): Finding => ({
      ruleId: rule.meta.id,
      messageId: report.messageId,
      severity,
      message: formatMessage(locale, rule.meta.id, report.template ?? report.messageId, report.data),
      ...toFinding(lines, report.range),
      ...(report.fix ? { fix: report.fix } : {}),
      ...(report.related
        ? {
            relatedLocations: report.related.map((related) => ({
              ...toFinding(lines, related.range),
              message: formatMessage(locale, rule.meta.id, related.messageId, related.data),
            })),
          }
        : {}),
    }),
  );
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
}

export function summarise(filePath: string, messages: Finding[], extra: Pick<LintResult, 'output' | 'locale'> = {}): LintResult {
  const count = (severity: Severity, fixable = false): number =>
    messages.filter((message) => message.severity === severity && (!fixable || message.fix)).length;
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

/** Lints text already in memory; `filePath` decides the input kind by its extension. */
export async function lintText(source: string, filePath: string, options: LintOptions = {}): Promise<LintResult> {
  try {
    const mismatch = configuredLanguageMismatch(source, options);
    const notice = await parseNotice(source, kindOf(filePath), {
      ...parseLanguageOptions(options, mismatch),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.defaultProfile ? { defaultProfile: options.defaultProfile } : {}),
    });
    if (options.detectNotice) {
      const evidence = noticeEvidence(notice);
      if (verdict(evidence) === 'not-a-notice') {
        // Enough elements but none under its own heading: say that, rather than "4 found where 4 are needed".
        const template = evidence.elements.length >= MIN_ELEMENTS ? 'not-a-notice-unheaded' : 'not-a-notice';
        const message = formatMessage(options.locale ?? notice.language, 'detection', template, { found: evidence.elements.length, needed: MIN_ELEMENTS });
        return summarise(filePath, [fileWarning(message, 'not-a-notice')], { locale: options.locale ?? notice.language });
      }
    }
    const locale = options.locale ?? notice.language;
    const directives = options.allowInlineConfig === false ? [] : findDirectives(source, notice.kind);
    const findings = applyDirectives(runRules(notice, options), directives, {
      knownRules: RULE_IDS,
      locale,
      ...(options.reportUnusedDisableDirectives ? { reportUnused: true } : {}),
    });
    // A `language:` in the notice itself decided its language: the configuration was not followed, rightly.
    const warning = mismatch && notice.metaRanges.language === undefined ? languageMismatchWarning(mismatch, locale) : undefined;
    return summarise(filePath, warning ? [warning, ...findings] : findings, { locale });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const locale = fallbackLocale(options, error instanceof YamlNoticeError ? error.language : undefined);
    return summarise(filePath, parseFailures(error, locatorFor(formatFor(filePath), source), locale), { locale });
  }
}

/** A warning about the file as a whole, from noticelint rather than a rule. */
function fileWarning(message: string, messageId: string): Finding {
  return { ruleId: null, messageId, severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** The configured language was overruled by the text's own (see language-choice.ts). */
function languageMismatchWarning({ configured, detected }: LanguageMismatch, locale: Language): Finding {
  const name = (language: Language): string => formatMessage(locale, 'language-names', language);
  return fileWarning(formatMessage(locale, 'noticelint', 'language-mismatch', { configured: name(configured), detected: name(detected) }), 'language-mismatch');
}

export function encodingWarning(decoded: DecodedText, locale: Language): Finding | undefined {
  if (!decoded.guessed) return undefined;
  return fileWarning(coreMessage(locale, 'encoding', { encoding: decoded.encoding }), 'encoding');
}

const MAX_FIX_PASSES = 10;

/**
 * Applies fixes pass by pass until none is left (fixes that overlapped wait a pass), then
 * returns the final text and its findings. A text that a fix would make unparseable, or a
 * fix the file's encoding cannot hold, is never produced: the last good text is kept.
 */
async function fixText(source: string, encoding: Encoding, path: string, options: LintOptions): Promise<{ text: string; result: LintResult }> {
  let text = source;
  let result = await lintText(text, path, options);
  for (let pass = 0; pass < MAX_FIX_PASSES && result.fatalErrorCount === 0; pass++) {
    const fixes = result.messages.flatMap((message) => (message.fix && canEncode(message.fix.text, encoding) ? [message.fix] : []));
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
  const { text, result } = await fixText(source, 'utf-8', filePath, options);
  return text === source ? result : { ...result, output: text };
}

export async function lintFile(path: string, options: LintOptions = {}, cwd = process.cwd()): Promise<LintResult> {
  const filePath = relative(cwd, path) || path;
  let decoded: DecodedText;
  try {
    decoded = await readNoticeFile(path, options.maxFileSize);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const locale = fallbackLocale(options);
    return summarise(filePath, [fatalFinding(error.localized(locale), error.messageId)], { locale });
  }
  const fixing = options.fix === true || options.fixDryRun === true;
  const { text, result } = fixing ? await fixText(decoded.text, decoded.encoding, path, options) : { text: decoded.text, result: await lintText(decoded.text, path, options) };
  const locale = result.locale ?? fallbackLocale(options);
  const warning = encodingWarning(decoded, locale);
  const messages = warning ? [warning, ...result.messages] : result.messages;
  if (text === decoded.text) return summarise(filePath, messages, { locale });
  if (options.fixDryRun) return summarise(filePath, messages, { output: text, locale });
  try {
    await writeFileAtomic(path, encode(text, decoded.encoding, decoded.bom));
  } catch (error) {
    const failure = fatalFinding(coreMessage(locale, 'write-failed', { detail: (error as Error).message }), 'write-failed');
    const unchanged = await lintText(decoded.text, path, options);
    return summarise(filePath, [failure, ...(warning ? [warning] : []), ...unchanged.messages], { locale });
  }
  return summarise(filePath, messages, { output: text, locale });
}

/** lintFile, with a bug in a rule turned into a fatal finding: it must not hide the other files' findings. */
export async function lintFileSafely(path: string, options: LintOptions, cwd: string): Promise<LintResult> {
  try {
    return await lintFile(path, options, cwd);
  } catch (error) {
    const locale = fallbackLocale(options);
    return summarise(relative(cwd, path) || path, [fatalFinding(coreMessage(locale, 'internal', { detail: (error as Error).message }), 'internal')], { locale });
  }
}

/** Lints files one after another; `options` may differ per file (configuration overrides). */
export async function lintFiles(
  paths: readonly string[],
  options: LintOptions | ((path: string) => LintOptions) = {},
  cwd = process.cwd(),
): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const path of paths) results.push(await lintFileSafely(path, typeof options === 'function' ? options(path) : options, cwd));
  return results;
}
