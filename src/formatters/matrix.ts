/**
 * What the html and checklist reports share: the order of notices, the matrix columns, the
 * words of a cell, and the summary counts. Both read only the lint results' own data.
 */
import type { ElementSummary, LintResult } from '../lint-types.js';
import type { ElementId, Finding, Language } from '../model/types.js';
import { formatMessage, reportText } from '../rules/messages.js';

/** By file path, so the same notices always give the same report whatever order they were linted in. */
export function byPath(results: readonly LintResult[]): LintResult[] {
  return [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/** The matrix columns: the elements of the linted notices' rows (the linter gives each the same list). */
export function matrixColumns(results: readonly LintResult[]): ElementId[] {
  return results.find((result) => result.elements)?.elements?.map((entry) => entry.element) ?? [];
}

/**
 * A cell's status word. An optional element that is absent is "not given", not "missing", unless
 * a finding says it is owed (legitimate interests relied on but not described).
 */
export function statusLabel(locale: Language, summary: ElementSummary): string {
  const notOwed = summary.status === 'missing' && summary.requirement === 'optional' && summary.ruleIds.length === 0;
  const key = notOwed ? 'status-missing-optional' : `status-${summary.status}`;
  return reportText(locale, key);
}

export function requirementLabel(locale: Language, summary: ElementSummary): string {
  return reportText(locale, `requirement-${summary.requirement}`);
}

/** The short name a column header shows; the legend gives the full one. */
export function shortElementName(locale: Language, element: ElementId): string {
  return reportText(locale, `element-${element}`);
}

export function severityName(locale: Language, finding: Pick<Finding, 'severity' | 'fatal'>): string {
  return reportText(locale, finding.fatal === true || finding.severity === 2 ? 'severity-error' : 'severity-warning');
}

export function languageName(locale: Language, language: Language): string {
  return formatMessage(locale, 'language-names', language);
}

export interface Totals {
  notices: number;
  /** Files with no matrix row: unreadable, unparseable, not a notice, ignored. */
  unchecked: number;
  errors: number;
  warnings: number;
  missingRequired: number;
  suppressed: number;
}

export function totals(results: readonly LintResult[]): Totals {
  const sum = (count: (result: LintResult) => number): number => results.reduce((total, result) => total + count(result), 0);
  return {
    notices: results.length,
    unchecked: results.filter((result) => !result.elements).length,
    errors: sum((result) => result.errorCount),
    warnings: sum((result) => result.warningCount),
    missingRequired: sum((result) => (result.elements ?? []).filter((entry) => entry.requirement === 'required' && entry.status === 'missing').length),
    suppressed: sum((result) => result.suppressedMessages?.length ?? 0),
  };
}

/** The summary rows in the order both reports show them: label and count. */
export function totalRows(locale: Language, counts: Totals): [string, number][] {
  return [
    [reportText(locale, 'summary-notices'), counts.notices],
    [reportText(locale, 'summary-unchecked'), counts.unchecked],
    [reportText(locale, 'summary-errors'), counts.errors],
    [reportText(locale, 'summary-warnings'), counts.warnings],
    [reportText(locale, 'summary-missing-required'), counts.missingRequired],
    [reportText(locale, 'summary-suppressed'), counts.suppressed],
  ];
}

/** "why" of a suppressed finding: its disable comments' `-- reason`, or that none was given. */
export function suppressionNote(locale: Language, justifications: readonly string[]): string {
  const reasons = justifications.filter((reason) => reason !== '');
  return reasons.length > 0 ? reportText(locale, 'suppressed-by', { reason: reasons.join('; ') }) : reportText(locale, 'suppressed-no-reason');
}
