/**
 * `--format html`: one self-contained page for a DPO: summary counts, the matrix of notices ×
 * GDPR elements, and every finding with file:line and the text it quotes. Readable without
 * script and in print; the inline script only adds filters. Every notice-derived string is
 * escaped, so a notice holding `<script>` shows it as text.
 */
import type { ElementSummary, LintResult, SuppressedFinding } from '../lint-types.js';
import type { ElementId, Finding, Language } from '../model/types.js';
import { elementArticle, elementName, reportText } from '../rules/messages.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';
import { positionLabel } from './place.js';
import {
  byPath,
  languageName,
  matrixColumns,
  requirementLabel,
  severityName,
  shortElementName,
  statusLabel,
  suppressionNote,
  totalRows,
  totals,
} from './matrix.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element's content or an attribute value in double quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** The severity words filters and findings use as values: "error" for errors and fatal findings, else "warning". */
function severityKey(finding: Pick<Finding, 'severity' | 'fatal'>): 'error' | 'warning' {
  return finding.fatal === true || finding.severity === 2 ? 'error' : 'warning';
}

function noticeId(index: number): string {
  return `notice-${index + 1}`;
}

/** Space-separated distinct values, for the data-* attributes the filters read. */
function tokens(values: readonly string[]): string {
  return escapeHtml([...new Set(values)].sort().join(' '));
}

function cell(locale: Language, summary: ElementSummary): string {
  const line = summary.line === undefined ? '' : `<span class="line">${escapeHtml(reportText(locale, 'line', { line: summary.line }))}</span>`;
  const rules = summary.ruleIds.length > 0 ? `<span class="rules">${escapeHtml(summary.ruleIds.join(', '))}</span>` : '';
  // Colour tells required from recommended at a glance; the word says it to everyone else.
  const requirement =
    summary.status === 'missing' && summary.requirement !== 'optional'
      ? `<span class="requirement">${escapeHtml(requirementLabel(locale, summary))}</span>`
      : '';
  // An optional element a finding says is owed (legitimate interests relied on) is coloured as a gap, not as "not given".
  const owed = summary.status === 'missing' && summary.requirement === 'optional' && summary.ruleIds.length > 0 ? ' owed' : '';
  return (
    `<td class="cell status-${summary.status} req-${summary.requirement}${owed}" data-element="${summary.element}" data-status="${summary.status}">` +
    `<span class="status">${escapeHtml(statusLabel(locale, summary))}</span>${requirement}${line}${rules}</td>`
  );
}

function matrixRow(locale: Language, result: LintResult, index: number, columns: readonly ElementId[]): string {
  const attributes = [
    `data-notice="${noticeId(index)}"`,
    `data-file="${escapeHtml(result.filePath)}"`,
    `data-language="${result.language ?? ''}"`,
    `data-rules="${tokens(result.messages.flatMap((finding) => (finding.ruleId ? [finding.ruleId] : [])))}"`,
    `data-severities="${tokens(result.messages.map(severityKey))}"`,
  ].join(' ');
  const name = `<th scope="row"><a href="#${noticeId(index)}">${escapeHtml(result.filePath)}</a></th>`;
  if (!result.elements) {
    return `<tr ${attributes}>${name}<td></td><td></td><td class="not-checked" colspan="${Math.max(1, columns.length)}">${escapeHtml(reportText(locale, 'not-checked'))}</td></tr>`;
  }
  const facts = `<td>${result.language ? escapeHtml(languageName(locale, result.language)) : ''}</td><td>${escapeHtml(result.profile ?? '')}</td>`;
  return `<tr ${attributes}>${name}${facts}${result.elements.map((summary) => cell(locale, summary)).join('')}</tr>`;
}

function matrix(locale: Language, results: readonly LintResult[]): string {
  const columns = matrixColumns(results);
  const head = [
    `<th scope="col">${escapeHtml(reportText(locale, 'column-notice'))}</th>`,
    `<th scope="col">${escapeHtml(reportText(locale, 'column-language'))}</th>`,
    `<th scope="col">${escapeHtml(reportText(locale, 'column-profile'))}</th>`,
    ...columns.map(
      (element) =>
        `<th scope="col" data-element="${element}">${escapeHtml(shortElementName(locale, element))}<span class="article">${escapeHtml(elementArticle(element, locale))}</span></th>`,
    ),
  ].join('');
  const rows = results.map((result, index) => matrixRow(locale, result, index, columns)).join('\n');
  return [
    `<div class="scroll" tabindex="0" role="region" aria-labelledby="matrix-heading">`,
    `<table class="matrix" id="matrix"><caption>${escapeHtml(reportText(locale, 'matrix-caption'))}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody></table></div>`,
  ].join('\n');
}

function legend(locale: Language, columns: readonly ElementId[]): string {
  const rows = columns.map(
    (element) =>
      `<tr><th scope="row">${escapeHtml(shortElementName(locale, element))}</th><td>${escapeHtml(elementName(element, locale))}</td><td>${escapeHtml(elementArticle(element, locale))}</td></tr>`,
  );
  return [
    `<table class="legend"><caption>${escapeHtml(reportText(locale, 'legend-heading'))}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(reportText(locale, 'column-element'))}</th><th scope="col">${escapeHtml(reportText(locale, 'column-meaning'))}</th><th scope="col">${escapeHtml(reportText(locale, 'column-article'))}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
  ].join('\n');
}

function findingItem(locale: Language, file: string, finding: Finding, suppressed?: SuppressedFinding): string {
  const severity = severityKey(finding);
  const rule = finding.ruleId ? ` <code class="rule">${escapeHtml(finding.ruleId)}</code>` : '';
  const quote = finding.quote ? `<span class="quote"><q>${escapeHtml(finding.quote)}</q></span>` : '';
  const note = suppressed
    ? `<span class="note">${escapeHtml(
        suppressionNote(
          locale,
          suppressed.suppressions.map((suppression) => suppression.justification),
        ),
      )}</span>`
    : '';
  return (
    `<li class="finding sev-${severity}${suppressed ? ' suppressed' : ''}" data-rule="${escapeHtml(finding.ruleId ?? '')}" data-severity="${severity}">` +
    `<span class="severity">${escapeHtml(severityName(locale, finding))}</span> <code class="location">${escapeHtml(finding.place ? `${file} ${positionLabel(finding, locale)}` : `${file}:${finding.line}:${finding.column}`)}</code> ` +
    `<span class="message">${escapeHtml(finding.message)}</span>${rule}${quote}${note}</li>`
  );
}

function noticeSection(locale: Language, result: LintResult, index: number): string {
  const facts =
    result.language && result.profile
      ? reportText(locale, 'notice-facts', { language: languageName(locale, result.language), profile: result.profile })
      : reportText(locale, 'not-checked');
  // Findings are in the notice's language (or --locale's), which need not be the page's: screen readers follow lang.
  const lang = result.locale ? ` lang="${result.locale}"` : '';
  const findings =
    result.messages.length > 0
      ? `<ul class="findings"${lang}>${result.messages.map((finding) => findingItem(locale, result.filePath, finding)).join('\n')}</ul>`
      : `<p>${escapeHtml(reportText(locale, 'no-findings'))}</p>`;
  const suppressed = result.suppressedMessages ?? [];
  const silenced =
    suppressed.length > 0
      ? `<h4>${escapeHtml(reportText(locale, 'suppressed-of', { file: result.filePath }))}</h4>` +
        `<ul class="findings"${lang}>${suppressed.map((finding) => findingItem(locale, result.filePath, finding, finding)).join('\n')}</ul>`
      : '';
  return `<section class="notice" id="${noticeId(index)}"><h3>${escapeHtml(result.filePath)}</h3><p>${escapeHtml(facts)}</p>\n${findings}\n${silenced}</section>`;
}

function select(locale: Language, id: string, labelKey: string, options: readonly [value: string, label: string][]): string {
  const all = `<option value="">${escapeHtml(reportText(locale, 'filter-all'))}</option>`;
  const rest = options.map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`).join('');
  return `<div><label for="${id}">${escapeHtml(reportText(locale, labelKey))}</label><select id="${id}" name="${id}">${all}${rest}</select></div>`;
}

function filters(locale: Language, results: readonly LintResult[]): string {
  const rules = [...new Set(results.flatMap((result) => result.messages.flatMap((finding) => (finding.ruleId ? [finding.ruleId] : []))))].sort();
  const languages = [...new Set(results.flatMap((result) => (result.language ? [result.language] : [])))].sort();
  return [
    // Hidden until the script shows it: without script there is nothing to filter with.
    `<section id="filters-section" aria-labelledby="filters-heading" hidden>`,
    `<h2 id="filters-heading">${escapeHtml(reportText(locale, 'filters-heading'))}</h2>`,
    `<form id="filters" class="filters">`,
    select(
      locale,
      'filter-rule',
      'filter-rule',
      rules.map((rule) => [rule, rule]),
    ),
    select(locale, 'filter-severity', 'filter-severity', [
      ['error', reportText(locale, 'severity-error')],
      ['warning', reportText(locale, 'severity-warning')],
    ]),
    select(
      locale,
      'filter-language',
      'filter-language',
      languages.map((language) => [language, languageName(locale, language)]),
    ),
    `</form>`,
    // The script fills the count in: the placeholders pass through for it.
    `<p id="filter-status" role="status" data-template="${escapeHtml(reportText(locale, 'filter-shown', { shown: '{shown}', total: '{total}' }))}"></p>`,
    `</section>`,
  ].join('\n');
}

function summary(locale: Language, results: readonly LintResult[]): string {
  const items = totalRows(locale, totals(results)).map(([label, count]) => `<div><dt>${escapeHtml(label)}</dt><dd>${count}</dd></div>`);
  return `<dl class="summary" id="summary">${items.join('')}</dl>`;
}

export function formatHtml(results: readonly LintResult[], locale: Language): string {
  const ordered = byPath(results);
  const title = escapeHtml(reportText(locale, 'matrix-title'));
  const heading = (id: string, key: string): string => `<h2 id="${id}">${escapeHtml(reportText(locale, key))}</h2>`;
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${title}</h1>`,
    `<p>${escapeHtml(reportText(locale, 'matrix-intro'))}</p>`,
    `<section aria-labelledby="summary-heading">${heading('summary-heading', 'summary-heading')}${summary(locale, ordered)}</section>`,
    filters(locale, ordered),
    `<section aria-labelledby="matrix-heading">${heading('matrix-heading', 'matrix-heading')}`,
    matrix(locale, ordered),
    legend(locale, matrixColumns(ordered)),
    '</section>',
    `<section aria-labelledby="findings-heading">${heading('findings-heading', 'findings-heading')}`,
    ...ordered.map((result, index) => noticeSection(locale, result, index)),
    '</section>',
    '</main>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
