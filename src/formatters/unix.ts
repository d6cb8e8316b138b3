import type { LintResult } from '../lint-types.js';
import type { Finding, Language } from '../model/types.js';
import { countOf } from '../rules/messages.js';
import { formatAll, type FormatStream } from './stream.js';

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

/** One line per finding, each ended; the total of findings after the last, in the report's language. */
function lineStream(lineOf: (filePath: string, finding: Finding) => string): FormatStream {
  let count = 0;
  return {
    add(result) {
      count += result.messages.length;
      return result.messages.map((finding) => `${lineOf(result.filePath, finding)}\n`).join('');
    },
    end: (locale) => totalLine(count, locale),
  };
}

/** ESLint's "unix" layout, `file:line:col: message [Error/rule]`, which terminals and editors open at the place. */
export function unixStream(): FormatStream {
  return lineStream(
    (filePath, finding) =>
      `${filePath}:${finding.line}:${finding.column}: ${oneLine(finding.message)} [${level(finding)}${finding.ruleId ? `/${finding.ruleId}` : ''}]`,
  );
}

/** ESLint's "compact" layout, `file: line 3, col 1, Error - message (rule)`, one finding per line. */
export function compactStream(): FormatStream {
  return lineStream(
    (filePath, finding) =>
      `${filePath}: line ${finding.line}, col ${finding.column}, ${level(finding)} - ${oneLine(finding.message)}${finding.ruleId ? ` (${finding.ruleId})` : ''}`,
  );
}

export function formatUnix(results: readonly LintResult[], locale: Language = 'en'): string {
  return formatAll(unixStream(), results, locale);
}

export function formatCompact(results: readonly LintResult[], locale: Language = 'en'): string {
  return formatAll(compactStream(), results, locale);
}
