import type { LintResult } from '../lint-types.js';
import type { Finding } from '../model/types.js';
import { formatAll, type FormatStream } from './stream.js';

/** Workflow-command escaping (actions/toolkit): data escapes %, CR, LF; properties also : and ,. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Related locations after the message, " (↳ 30:5 The statement …)", as stylish shows them under it. */
function withRelated(finding: Finding): string {
  const related = (finding.relatedLocations ?? []).map((location) => `↳ ${location.line}:${location.column} ${location.message}`);
  return related.length > 0 ? `${finding.message} (${related.join('; ')})` : finding.message;
}

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=RULE::message`, one per line. */
export function githubStream(): FormatStream {
  return { add: (result) => result.messages.map((finding) => `${annotation(result.filePath, finding)}\n`).join(''), end: () => '' };
}

export function formatGithub(results: readonly LintResult[]): string {
  return formatAll(githubStream(), results, 'en');
}

function annotation(filePath: string, finding: Finding): string {
  const command = finding.severity === 2 ? 'error' : 'warning';
  const properties = [
    `file=${escapeProperty(filePath.split('\\').join('/'))}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${escapeProperty(finding.ruleId ?? finding.messageId)}`,
  ];
  return `::${command} ${properties.join(',')}::${escapeData(withRelated(finding))}`;
}
