import type { LintResult } from '../lint-types.js';
import { formatAll, type FormatStream } from './stream.js';

/** ESLint-compatible JSON: one object per file with its messages and counts (README "Output formats"). */
export function formatJson(results: readonly LintResult[]): string {
  return formatAll(jsonStream(), results, 'en');
}

/** The JSON array written element by element: the same text as JSON.stringify of the whole array. */
export function jsonStream(): FormatStream {
  let first = true;
  return {
    add(result) {
      const text = `${first ? '[' : ','}${JSON.stringify(jsonResult(result))}`;
      first = false;
      return text;
    },
    end: () => (first ? '[]' : ']'),
  };
}

function jsonResult(result: LintResult): object {
  return {
    filePath: result.filePath,
    messages: result.messages.map((message) => ({
      ruleId: message.ruleId,
      messageId: message.messageId,
      severity: message.severity,
      ...(message.fatal ? { fatal: true } : {}),
      message: message.message,
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
      // DOCX and PDF only: where the document's reader finds the start (docs/formats.md, "Positions").
      ...(message.place ? { place: message.place } : {}),
      ...(message.fix ? { fix: message.fix } : {}),
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fatalErrorCount: result.fatalErrorCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    // ESLint's `output`: the fixed text, present only when --fix or --fix-dry-run changed something.
    ...(result.output !== undefined ? { output: result.output } : {}),
  };
}
