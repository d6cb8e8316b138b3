import type { LintResult } from '../lint-types.js';
import type { Language } from '../model/types.js';

/**
 * A formatter as a stream: `add` gives the text for one result as it arrives, in the order of
 * the files, and `end` the closing text (summary line, closing bracket) in the report's
 * language. The report is then written while files are linted, and no result is held to the
 * end of the run. A formatter that needs every result (SARIF) collects them itself.
 */
export interface FormatStream {
  add(result: LintResult): string;
  end(locale: Language): string;
}

/** The whole report at once, for callers that have every result. */
export function formatAll(stream: FormatStream, results: readonly LintResult[], locale: Language): string {
  return results.map((result) => stream.add(result)).join('') + stream.end(locale);
}
