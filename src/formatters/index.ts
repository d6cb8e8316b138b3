import type { LintResult } from '../lint-types.js';
import type { Language } from '../model/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatCompact, formatUnix } from './unix.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact', 'unix'] as const;
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
  if (locale) return locale;
  const used = new Set(results.filter((result) => result.messages.length > 0).map((result) => result.locale));
  const [only] = used;
  return used.size === 1 && only ? only : 'en';
}

export function format(name: Format, results: readonly LintResult[], context: FormatContext): string {
  const locale = reportLocale(results, context.locale);
  switch (name) {
    case 'json':
      return `${formatJson(results)}\n`;
    case 'sarif':
      return `${formatSarif(results, { ...context, locale })}\n`;
    case 'github':
      return formatGithub(results, locale);
    case 'compact':
      return formatCompact(results, locale);
    case 'unix':
      return formatUnix(results, locale);
    case 'stylish':
      return formatStylish(results, { color: context.color, locale, ...(context.width ? { width: context.width } : {}) });
  }
}
