import type { LintResult } from '../lint-types.js';
import type { Finding, Language } from '../model/types.js';
import { countOf } from '../rules/messages.js';

function level(finding: Finding): string {
  return finding.fatal === true || finding.severity === 2 ? 'Error' : 'Warning';
}

/** One line per finding: the message itself never breaks the line a terminal or editor jumps from. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function totalLine(count: number, locale: Language): string {
  return count > 0 ? `\n${countOf(locale, 'problems', count)}\n` : '';
}

/** ESLint's "unix" layout, `file:line:col: message [Error/rule]`, which terminals and editors open at the place. */
export function formatUnix(results: readonly LintResult[], locale: Language = 'en'): string {
  const lines = results.flatMap((result) =>
    result.messages.map(
      (finding) =>
        `${result.filePath}:${finding.line}:${finding.column}: ${oneLine(finding.message)} [${level(finding)}${finding.ruleId ? `/${finding.ruleId}` : ''}]`,
    ),
  );
  return lines.map((line) => `${line}\n`).join('') + totalLine(lines.length, locale);
}

/** ESLint's "compact" layout, `file: line 3, col 1, Error - message (rule)`, one finding per line. */
export function formatCompact(results: readonly LintResult[], locale: Language = 'en'): string {
  const lines = results.flatMap((result) =>
    result.messages.map(
      (finding) =>
        `${result.filePath}: line ${finding.line}, col ${finding.column}, ${level(finding)} - ${oneLine(finding.message)}${finding.ruleId ? ` (${finding.ruleId})` : ''}`,
    ),
  );
  return lines.map((line) => `${line}\n`).join('') + totalLine(lines.length, locale);
}
