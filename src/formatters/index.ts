import type { LintResult } from '../lint-types.js';
import type { Language } from '../model/types.js';
import { githubStream } from './github.js';
import { jsonStream } from './json.js';
import { formatSarif } from './sarif.js';
import type { FormatStream } from './stream.js';
import { stylishStream } from './stylish.js';
import { compactStream, unixStream } from './unix.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact', 'unix', 'html', 'checklist'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** noticelint's version, for SARIF's tool.driver. */
  version: string;
  /** --locale: language of the report's own lines and SARIF's rule texts (default: see reportLocale). */
  locale?: Language;
  /** Terminal width: stylish wraps long messages to it. Unset for pipes and files, which stay unwrapped for grep. */
  width?: number;
}

/**
 * Language of the report's own lines (summary, totals, SARIF rule texts): --locale, else the
 * language every file's messages are in, else English (a run over notices in several languages).
 */
export function reportLocale(results: readonly LintResult[], locale?: Language): Language {
  const tally = new LocaleTally(locale);
  for (const result of results) tally.add(result);
  return tally.locale();
}

/** reportLocale counted result by result, for a report written as results arrive. */
export class LocaleTally {
  private readonly used = new Set<Language | undefined>();

  constructor(private readonly forced?: Language) {}

  add(result: LintResult): void {
    if (result.messages.length > 0) this.used.add(result.locale);
  }

  locale(): Language {
    if (this.forced) return this.forced;
    const [only] = this.used;
    return this.used.size === 1 && only ? only : 'en';
  }
}

/** The report for results as they arrive: `add` per result, in file order; `end` once. */
export interface ReportStream {
  add(result: LintResult): string;
  end(): string;
}

/**
 * The stream of a format. The html and checklist reports are imported only when chosen, so
 * one-notice start-up does not pay for them; like SARIF they need every result, so they collect.
 */
async function formatStream(name: Format, context: FormatContext): Promise<FormatStream> {
  switch (name) {
    case 'html': {
      const { formatHtml } = await import('./html.js');
      return collected(formatHtml);
    }
    case 'checklist': {
      const { formatChecklist } = await import('./checklist.js');
      return collected(formatChecklist);
    }
    case 'json':
      return jsonStream();
    case 'github':
      return githubStream();
    case 'compact':
      return compactStream();
    case 'unix':
      return unixStream();
    case 'stylish':
      return stylishStream({ color: context.color, ...(context.width ? { width: context.width } : {}) });
    case 'sarif':
      return collected((results, locale) => formatSarif(results, { ...context, locale }));
  }
}

/** A format that needs every result before it can write anything (SARIF's single run object). */
function collected(formatWhole: (results: readonly LintResult[], locale: Language) => string): FormatStream {
  const results: LintResult[] = [];
  return {
    add(result) {
      results.push(result);
      return '';
    },
    end: (locale) => formatWhole(results, locale),
  };
}

/** JSON and SARIF end with a line break after the document. */
const DOCUMENT_FORMATS: ReadonlySet<Format> = new Set(['json', 'sarif']);

export async function reportStream(name: Format, context: FormatContext): Promise<ReportStream> {
  const stream = await formatStream(name, context);
  const tally = new LocaleTally(context.locale);
  return {
    add(result) {
      tally.add(result);
      return stream.add(result);
    },
    end: () => `${stream.end(tally.locale())}${DOCUMENT_FORMATS.has(name) ? '\n' : ''}`,
  };
}

/** The whole report for results already at hand. */
export async function format(name: Format, results: readonly LintResult[], context: FormatContext): Promise<string> {
  const stream = await reportStream(name, context);
  return results.map((result) => stream.add(result)).join('') + stream.end();
}
