import type { LintResult } from '../engine.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  color: boolean;
  cwd: string;
}

export function format(name: Format, results: readonly LintResult[], context: FormatContext): string {
  switch (name) {
    case 'json':
      return formatJson(results) + '\n';
    case 'stylish':
      return formatStylish(results, { color: context.color });
  }
}
