import type { Fix } from './model/types.js';

/**
 * Applies non-overlapping fixes in one pass, as ESLint does: where two overlap, the later
 * one waits for the next pass, when it is computed again on the changed text.
 */
export function applyFixes(source: string, fixes: readonly Fix[]): string {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const parts: string[] = [];
  let position = 0;
  for (const fix of ordered) {
    const [start, end] = fix.range;
    if (start < position || end < start || end > source.length) continue;
    parts.push(source.slice(position, start), fix.text);
    position = end;
  }
  parts.push(source.slice(position));
  return parts.join('');
}
