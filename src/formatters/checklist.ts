/**
 * `--format checklist`: the element matrix as Markdown, one table per notice, for a DPO to attach
 * to the record of processing activities. Stable for diffs: notices by path, elements in a fixed
 * order, no dates or timings, one line per row and per finding.
 */
import type { ElementSummary, LintResult, SuppressedFinding } from '../lint-types.js';
import type { Finding, Language } from '../model/types.js';
import { elementArticle, elementName, reportText } from '../rules/messages.js';
import { positionLabel } from './place.js';
import { byPath, languageName, requirementLabel, severityName, statusLabel, suppressionNote, totalRows, totals } from './matrix.js';

/**
 * Markdown punctuation in notice text and paths, backslash-escaped (CommonMark escapes any ASCII
 * punctuation), and line breaks folded: a notice's `<script>`, `|` or `*` stays text in any
 * renderer. URLs, www. names and e-mail addresses are quoted text, not links: escaping their
 * `://`, `www.` and `@` keeps renderers (and markdownlint's no-bare-urls) from linking them.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]{}<>|~&#!@]/g, (character) => `\\${character}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** A table row in markdownlint's "compact" style: one space around each cell, one inside an empty one. */
function row(cells: readonly string[]): string {
  return `|${cells.map((cell) => (cell === '' ? ' ' : ` ${cell} `)).join('|')}|`;
}

function elementRow(locale: Language, summary: ElementSummary): string {
  return row([
    markdownText(elementName(summary.element, locale)),
    markdownText(elementArticle(summary.element, locale)),
    requirementLabel(locale, summary),
    statusLabel(locale, summary),
    summary.line === undefined ? '' : String(summary.line),
    summary.ruleIds.map((id) => `\`${id}\``).join(', '),
  ]);
}

function elementTable(locale: Language, elements: readonly ElementSummary[]): string[] {
  const header = ['column-element', 'column-article', 'column-requirement', 'column-status', 'column-line', 'column-findings'].map((key) =>
    reportText(locale, key),
  );
  return [row(header), row(header.map(() => '---')), ...elements.map((summary) => elementRow(locale, summary))];
}

function findingLine(locale: Language, finding: Finding, note?: string): string {
  const rule = finding.ruleId ? ` (\`${finding.ruleId}\`)` : '';
  const quote = finding.quote ? ` — “${markdownText(finding.quote)}”` : '';
  const suffix = note ? ` — ${markdownText(note)}` : '';
  // A DOCX or PDF finding is found by its paragraph or page, not by a line of the file.
  const where = finding.place ? positionLabel(finding, locale) : reportText(locale, 'line', { line: finding.line });
  return `- ${where}, ${severityName(locale, finding)}: ${markdownText(finding.message)}${rule}${quote}${suffix}`;
}

function suppressedLine(locale: Language, finding: SuppressedFinding): string {
  return findingLine(
    locale,
    finding,
    suppressionNote(
      locale,
      finding.suppressions.map((suppression) => suppression.justification),
    ),
  );
}

function noticeBlock(locale: Language, result: LintResult): string[] {
  const file = markdownText(result.filePath);
  const facts =
    result.language && result.profile
      ? reportText(locale, 'notice-facts', { language: languageName(locale, result.language), profile: result.profile })
      : reportText(locale, 'not-checked');
  const findings = result.messages.length > 0 ? result.messages.map((finding) => findingLine(locale, finding)) : [reportText(locale, 'no-findings')];
  const suppressed = result.suppressedMessages ?? [];
  return [
    `## ${file}`,
    '',
    facts,
    ...(result.elements ? ['', ...elementTable(locale, result.elements)] : []),
    '',
    `### ${reportText(locale, 'findings-of', { file })}`,
    '',
    ...findings,
    ...(suppressed.length > 0
      ? ['', `### ${reportText(locale, 'suppressed-of', { file })}`, '', ...suppressed.map((finding) => suppressedLine(locale, finding))]
      : []),
  ];
}

export function formatChecklist(results: readonly LintResult[], locale: Language): string {
  const summary = totalRows(locale, totals(results)).map(([label, count]) => `- ${label}: ${count}`);
  const lines = [
    // Rows and findings are as long as the notice's wording: a line-length limit would only cut them.
    '<!-- markdownlint-disable-file MD013 -->',
    '',
    `# ${reportText(locale, 'matrix-title')}`,
    '',
    reportText(locale, 'matrix-intro'),
    '',
    `## ${reportText(locale, 'summary-heading')}`,
    '',
    ...summary,
    ...byPath(results).flatMap((result) => ['', ...noticeBlock(locale, result)]),
  ];
  return `${lines.join('\n')}\n`;
}
