import type { LintResult } from '../engine.js';
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
  /** --locale: language of SARIF's rule descriptions (default English). */
  locale?: Language;
  /** Terminal width: stylish wraps long messages to it. Unset for pipes and files, which stay unwrapped for grep. */
  width?: number;
}

export function format(name: Format, results: readonly LintResult[], context: FormatContext): string {
  switch (name) {
    case 'json':
      return formatJson(results) + '\n';
    case 'sarif':
      return formatSarif(results, context) + '\n';
    case 'github':
      return formatGithub(results);
    case 'compact':
      return formatCompact(results);
    case 'unix':
      return formatUnix(results);
    case 'stylish':
      return formatStylish(results, { color: context.color, ...(context.width ? { width: context.width } : {}) });
  }
}
