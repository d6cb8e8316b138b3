import { lintText, type LintOptions } from '../src/engine.js';
import type { Finding } from '../src/model/types.js';

/** A fixed reference date, so notice-date findings do not change with the calendar. */
export const REFERENCE_DATE = new Date('2026-11-22T00:00:00Z');

export async function lint(source: string, filePath = 'notice.md', options: LintOptions = {}): Promise<Finding[]> {
  return (await lintText(source, filePath, { now: REFERENCE_DATE, ...options })).messages;
}

/** Findings of one rule as [messageId, line, column] triples. */
export function of(findings: readonly Finding[], ruleId: string): [string, number, number][] {
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => [finding.messageId, finding.line, finding.column]);
}

/** Lints with only `ruleId` on, so other rules' findings do not interfere. */
export async function lintRule(ruleId: string, source: string, filePath = 'notice.md', options: LintOptions = {}): Promise<[string, number, number][]> {
  const { RULES } = await import('../src/rules/index.js');
  const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.id === ruleId ? (options.rules?.[ruleId] ?? 'error') : 'off']));
  return of(await lint(source, filePath, { ...options, rules }), ruleId);
}
