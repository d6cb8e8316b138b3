/**
 * The report of a lint run, written as results arrive (in file order), so that a run over
 * thousands of notices holds no result until the end (SARIF, one document, collects them),
 * and the exit code from the counts.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LocaleTally, reportStream, type Format, type FormatContext } from './formatters/index.js';
import type { LintResult } from './lint-types.js';
import type { Language } from './model/types.js';
import { reportText } from './rules/messages.js';

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;

export interface Reporter {
  /** Writes a result's part of the report; `counted` false leaves it out of the exit code (ignored-file notes). */
  add(result: LintResult, counted?: boolean): void;
  /** Writes the end of the report and gives the exit code. */
  finish(): number;
}

export interface ReportFlags {
  quiet?: boolean;
  maxWarnings?: number;
  locale?: Language;
  /** Absolute path of --output-file. */
  outputFile?: string;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

/**
 * --output-file is written beside itself and renamed at the end: a report file among the
 * notices is then never read half-written, and an interrupted run leaves the last report.
 */
function reportFile(path: string): { write: (text: string) => void; close: () => void } {
  const temporary = join(dirname(path), `.${basename(path)}.noticelint-${process.pid}.tmp`);
  const descriptor = openSync(temporary, 'w');
  return {
    write: (text) => void writeSync(descriptor, text),
    close: () => {
      closeSync(descriptor);
      renameSync(temporary, path);
    },
  };
}

export async function createReporter(
  format: Format,
  context: FormatContext,
  flags: ReportFlags,
  io: { stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<Reporter> {
  const stream = await reportStream(format, context);
  const file = flags.outputFile ? reportFile(flags.outputFile) : undefined;
  const write = (text: string): void => {
    if (text) (file ? file.write : io.stdout)(text);
  };
  const locales = new LocaleTally(flags.locale);
  let errors = 0;
  let warnings = 0;
  return {
    add(result, counted = true) {
      locales.add(result);
      if (counted) {
        errors += result.errorCount;
        warnings += result.warningCount;
      }
      write(stream.add(flags.quiet ? onlyErrors(result) : result));
    },
    finish() {
      write(stream.end());
      file?.close();
      if (errors > 0) return EXIT_LINT_ERRORS;
      if (flags.maxWarnings !== undefined && flags.maxWarnings >= 0 && warnings > flags.maxWarnings) {
        io.stderr(`${reportText(locales.locale(), 'too-many-warnings', { max: flags.maxWarnings })}\n`);
        return EXIT_LINT_ERRORS;
      }
      return EXIT_OK;
    },
  };
}
