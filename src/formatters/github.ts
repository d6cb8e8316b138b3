import type { LintResult } from '../lint-types.js';
import type { Finding, Language } from '../model/types.js';
import { positionLabel } from './place.js';
import { formatAll, type FormatStream } from './stream.js';

/** Workflow-command escaping (actions/toolkit): data escapes %, CR, LF; properties also : and ,. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The message, with where a DOCX or PDF reader finds it first (" [¶12]": GitHub counts lines, which
 * such a file has none of), and related locations after it, " (↳ 30:5 The statement …)", as stylish shows them.
 */
function withRelated(finding: Finding, locale: Language): string {
  const related = (finding.relatedLocations ?? []).map((location) => `↳ ${positionLabel(location, locale)} ${location.message}`);
  const message = finding.place ? `${finding.message} [${positionLabel(finding, locale)}]` : finding.message;
  return related.length > 0 ? `${message} (${related.join('; ')})` : message;
}

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=RULE::message`, one per line. */
export function githubStream(): FormatStream {
  return { add: (result) => result.messages.map((finding) => `${annotation(result.filePath, finding, result.locale ?? 'en')}\n`).join(''), end: () => '' };
}

export function formatGithub(results: readonly LintResult[]): string {
  return formatAll(githubStream(), results, 'en');
}

function annotation(filePath: string, finding: Finding, locale: Language): string {
  const command = finding.severity === 2 ? 'error' : 'warning';
  const properties = [
    `file=${escapeProperty(filePath.split('\\').join('/'))}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${escapeProperty(finding.ruleId ?? finding.messageId)}`,
  ];
  return `::${command} ${properties.join(',')}::${escapeData(withRelated(finding, locale))}`;
}
