import type { LintResult } from '../engine.js';

/** Workflow-command escaping (actions/toolkit): data escapes %, CR, LF; properties also : and ,. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=RULE::message`, one per line. */
export function formatGithub(results: readonly LintResult[]): string {
  const lines = results.flatMap((result) =>
    result.messages.map((finding) => {
      const command = finding.severity === 2 ? 'error' : 'warning';
      const properties = [
        `file=${escapeProperty(result.filePath.split('\\').join('/'))}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeProperty(finding.ruleId ?? finding.messageId)}`,
      ];
      return `::${command} ${properties.join(',')}::${escapeData(finding.message)}`;
    }),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
