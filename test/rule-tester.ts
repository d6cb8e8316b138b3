/**
 * A RuleTester in the manner of ESLint's: `valid` cases must give no finding of the rule,
 * `invalid` cases must give exactly the listed errors, in order. For every finding it checks
 * the messageId (declared in the rule's meta), the placeholder data, the position, that the
 * message renders in every locale from the catalogue with no `{placeholder}` left, and what
 * the rule's fixes make of the text. Tests are registered with vitest's describe/it, as
 * ESLint's RuleTester registers them with mocha's.
 */
import { describe, expect, it } from 'vitest';
import { activeRules, runRules, type ActiveRule } from '../src/linter.js';
import type { RuleSetting } from '../src/lint-types.js';
import { applyFixes } from '../src/fix.js';
import { messageCatalogue } from '../src/lexicon/index.js';
import { LANGUAGES, type Finding, type Language } from '../src/model/types.js';
import { kindOf, parseNotice } from '../src/parse/index.js';
import { RULES_BY_ID } from '../src/rules/index.js';
import { formatMessage } from '../src/rules/messages.js';
import type { Report, Rule } from '../src/rules/rule.js';
import { LineIndex } from '../src/text/lines.js';
import { onlyRules, REFERENCE_DATE } from './helpers.js';

export type MessageData = Readonly<Record<string, string | number>>;

export interface ValidCase {
  /** Test title; defaults to the code. */
  name?: string;
  code: string;
  /** Decides the format by its extension (.md, .txt, .yaml); defaults to the tester's. */
  filename?: string;
  /** The notice's language; detected from the text when absent. */
  language?: Language;
  /** The rule's options, merged over its defaults as in configuration. */
  options?: Readonly<Record<string, unknown>>;
  /**
   * Run the rule beside every rule that is on by default, as `noticelint` does without a
   * configuration (only the tested rule's findings count). Some rules leave elements to
   * others that are on (required-section), so a complete notice needs them to stay silent.
   */
  withDefaultRules?: boolean;
}

export interface ExpectedError {
  messageId: string;
  /** Placeholder values as reported with messages in the notice's own language. */
  data?: MessageData;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface InvalidCase extends ValidCase {
  errors: readonly ExpectedError[];
  /**
   * The text after one pass of the rule's fixes (as ESLint's RuleTester, a single pass);
   * `null` asserts the rule offers no fix. Required whenever the rule fixes the code.
   */
  output?: string | null;
}

export interface RuleTests {
  valid: readonly (ValidCase | string)[];
  invalid: readonly InvalidCase[];
}

export interface RuleTesterDefaults {
  filename?: string;
  /** Reference date for age checks (notice-date). */
  now?: Date;
}

/** A finding together with the report it came from, for one message locale. */
export interface ReportedFinding {
  finding: Finding;
  report: Report;
}

const PLACEHOLDER = /\{\w+\}/;

/** The rule alone, with a report hook that keeps each raw report beside the engine's finding. */
function recording(active: ActiveRule, reports: Report[]): ActiveRule {
  const rule: Rule = {
    meta: active.rule.meta,
    check: (context) =>
      active.rule.check({
        ...context,
        report: (report) => {
          reports.push(report);
          context.report(report);
        },
      }),
  };
  return { ...active, rule };
}

/** Pairs each finding with the report it came from: same messageId, same start position. */
function pairWithReports(findings: readonly Finding[], reports: readonly Report[], lines: LineIndex): ReportedFinding[] {
  const unused = [...reports];
  return findings.map((finding) => {
    const index = unused.findIndex((report) => {
      const start = lines.position(report.range.start);
      return report.messageId === finding.messageId && start.line === finding.line && start.column === finding.column;
    });
    const [report] = index === -1 ? [] : unused.splice(index, 1);
    if (!report) throw new Error(`no report gave the finding ${finding.line}:${finding.column} ${finding.messageId}`);
    return { finding, report };
  });
}

/**
 * Parses `code` as its filename says and runs `ruleId` on it (alone, or beside the default
 * rules) with messages in `locale`; returns the rule's findings, each with its raw report.
 */
export async function runOneRule(
  ruleId: string,
  testCase: ValidCase,
  locale: Language | undefined,
  defaults: RuleTesterDefaults = {},
): Promise<ReportedFinding[]> {
  const filename = testCase.filename ?? defaults.filename ?? 'notice.md';
  const notice = await parseNotice(testCase.code, kindOf(filename), testCase.language ? { language: testCase.language } : {});
  const setting: Record<string, RuleSetting> = { [ruleId]: testCase.options ? ['error', { ...testCase.options }] : 'error' };
  const actives = activeRules(testCase.withDefaultRules ? setting : onlyRules(setting));
  if (!actives.some((active) => active.rule.meta.id === ruleId)) throw new Error(`Unknown rule "${ruleId}"`);
  const reports: Report[] = [];
  const rules = actives.map((active) => (active.rule.meta.id === ruleId ? recording(active, reports) : active));
  const options = { now: defaults.now ?? REFERENCE_DATE, locale: locale ?? notice.language };
  const findings = runRules(notice, options, rules).filter((finding) => finding.ruleId === ruleId);
  return pairWithReports(findings, reports, new LineIndex(notice.source));
}

/** Problems with one finding's message in one locale: a missing catalogue entry, an unfilled placeholder. */
export function messageProblems(ruleId: string, locale: Language, { finding, report }: ReportedFinding): string[] {
  const template = report.template ?? report.messageId;
  const problems: string[] = [];
  if (messageCatalogue(locale)[ruleId]?.[template] === undefined) problems.push(`rules/messages/${locale}.yaml has no ${ruleId}.${template}`);
  let rendered: string;
  try {
    rendered = formatMessage(locale, ruleId, template, report.data);
  } catch (error) {
    // Tests run the catalogue strictly (NOTICELINT_STRICT_MESSAGES): a gap throws instead of falling back.
    return [...problems, `${locale} message cannot be rendered: ${(error as Error).message}`];
  }
  if (PLACEHOLDER.test(rendered)) problems.push(`${locale} message leaves a placeholder unfilled: ${rendered}`);
  if (rendered !== finding.message) problems.push(`${locale} message differs from the finding's: ${finding.message}`);
  return problems;
}

function position(finding: Finding): Pick<ExpectedError, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn };
}

/** What an expected error is compared with: only the keys the expectation gives. */
function actualFor(expected: ExpectedError, { finding, report }: ReportedFinding): ExpectedError {
  const actual: ExpectedError = { messageId: finding.messageId, line: finding.line, column: finding.column };
  if (expected.data !== undefined) actual.data = report.data ?? {};
  if (expected.endLine !== undefined) actual.endLine = finding.endLine;
  if (expected.endColumn !== undefined) actual.endColumn = finding.endColumn;
  return actual;
}

function title(testCase: ValidCase): string {
  const text = testCase.name ?? testCase.code.replace(/\s+/g, ' ').trim();
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

export class RuleTester {
  constructor(private readonly defaults: RuleTesterDefaults = {}) {}

  /** Registers `valid` and `invalid` describe blocks for `ruleId`. */
  run(ruleId: string, tests: RuleTests): void {
    const rule = RULES_BY_ID.get(ruleId);
    describe(ruleId, () => {
      it('is a registered rule', () => expect(rule, `rule "${ruleId}" is not in src/rules/index.ts`).toBeDefined());
      if (tests.valid.length > 0) {
        describe('valid', () => {
          for (const entry of tests.valid) {
            const testCase = typeof entry === 'string' ? { code: entry } : entry;
            it(title(testCase), () => this.assertValid(ruleId, testCase));
          }
        });
      }
      if (tests.invalid.length > 0) {
        describe('invalid', () => {
          for (const testCase of tests.invalid) it(title(testCase), () => this.assertInvalid(ruleId, testCase));
        });
      }
    });
  }

  async assertValid(ruleId: string, testCase: ValidCase): Promise<void> {
    const found = await runOneRule(ruleId, testCase, undefined, this.defaults);
    expect(
      found.map(({ finding }) => `${finding.line}:${finding.column} ${finding.messageId}: ${finding.message}`),
      'a valid case gives no finding',
    ).toEqual([]);
  }

  /** A documentation example: at least one finding (with `messageId` if given), each with its messages in every locale. */
  async assertReported(ruleId: string, testCase: ValidCase, messageId?: string): Promise<void> {
    const found = await runOneRule(ruleId, testCase, undefined, this.defaults);
    expect(found.length, 'a reported example gives at least one finding').toBeGreaterThan(0);
    if (messageId !== undefined)
      expect(
        found.map(({ finding }) => finding.messageId),
        `a reported example gives ${messageId}`,
      ).toContain(messageId);
    await this.assertMessages(ruleId, testCase, found);
  }

  async assertInvalid(ruleId: string, testCase: InvalidCase): Promise<void> {
    expect(testCase.errors.length, 'an invalid case lists at least one error').toBeGreaterThan(0);
    const found = await runOneRule(ruleId, testCase, undefined, this.defaults);
    const messageIds = RULES_BY_ID.get(ruleId)?.meta.messageIds ?? [];
    for (const { finding } of found) expect(messageIds, `messageId "${finding.messageId}" is declared in meta.messageIds`).toContain(finding.messageId);
    expect(
      found.map((reported, index) => actualFor(testCase.errors[index] ?? reported.finding, reported)),
      'the findings, in order',
    ).toEqual(testCase.errors);
    await this.assertMessages(ruleId, testCase, found);
    this.assertOutput(testCase, found);
  }

  /** Every finding renders from the catalogue in every locale, at the same place with the same id. */
  private async assertMessages(ruleId: string, testCase: ValidCase, inNoticeLanguage: readonly ReportedFinding[]): Promise<void> {
    for (const locale of LANGUAGES) {
      const found = await runOneRule(ruleId, testCase, locale, this.defaults);
      expect(
        found.map(({ finding }) => [finding.messageId, position(finding)]),
        `${locale}: the same findings`,
      ).toEqual(inNoticeLanguage.map(({ finding }) => [finding.messageId, position(finding)]));
      expect(found.flatMap((reported) => messageProblems(ruleId, locale, reported))).toEqual([]);
    }
  }

  private assertOutput(testCase: InvalidCase, found: readonly ReportedFinding[]): void {
    const fixes = found.flatMap(({ finding }) => (finding.fix ? [finding.fix] : []));
    const fixed = applyFixes(testCase.code, fixes);
    if (testCase.output === undefined) {
      expect(fixed, 'the rule fixed the code: add `output` to the case').toBe(testCase.code);
    } else if (testCase.output === null) {
      expect(fixed, '`output: null` asserts no fix').toBe(testCase.code);
    } else {
      expect(testCase.output, 'output equal to code: use `output: null`').not.toBe(testCase.code);
      expect(fixed, 'the text after the fixes').toBe(testCase.output);
    }
  }
}
