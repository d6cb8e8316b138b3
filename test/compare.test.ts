import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { byCodeUnits } from '../src/text/compare.js';

describe('byCodeUnits (the findings sort without ICU collation)', () => {
  it('orders every pair of rule ids as localeCompare did, so the report order is unchanged', () => {
    const ids = ['', ...RULES.map((rule) => rule.meta.id)];
    const sign = (value: number): number => Math.sign(value);
    for (const a of ids) for (const b of ids) expect([a, b, sign(byCodeUnits(a, b))]).toEqual([a, b, sign(a.localeCompare(b))]);
  });

  it('orders ISO dates oldest first and says equal for equal strings', () => {
    expect(['2024-05-01', '2023-12-31', '2024-01-15'].sort(byCodeUnits)).toEqual(['2023-12-31', '2024-01-15', '2024-05-01']);
    expect(byCodeUnits('notice-date', 'notice-date')).toBe(0);
    expect(byCodeUnits('html-remnant', 'html-remnant-x')).toBe(-1);
  });
});
