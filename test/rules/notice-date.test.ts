import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'notice-date';

describe(rule, () => {
  it('fi: a labelled date older than 24 months → stale, at the date', async () => {
    expect(await lintRule(rule, 'TIETOSUOJASELOSTE\n\nLaatimispäivämäärä: 6.10.2021\n', 'n.txt', { language: 'fi' })).toEqual([['stale', 3, 21]]);
  });
  it('sv: no date → missing at the document start', async () => {
    expect(await lintRule(rule, '## Personuppgiftsansvarig\n\nAB\n', 'n.md', { language: 'sv' })).toEqual([['missing', 1, 1]]);
  });
  it('en: front matter date, with maxAgeMonths configurable', async () => {
    const source = '---\ndate: 2025-06-01\n---\n\n## Who we are\n\nLtd.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'en' })).toEqual([]);
    expect(await lintRule(rule, source, 'n.md', { language: 'en', rules: { 'notice-date': ['error', { maxAgeMonths: 12 }] } })).toEqual([['stale', 2, 7]]);
  });
  it('accepts recent dates in every format and uses the latest one', async () => {
    expect(await lintRule(rule, 'Seloste\n\nLaadittu 1.1.2018, päivitetty 3.3.2026.\n', 'n.txt', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Integritetspolicy\n\nSenast uppdaterad: 2026-05-04\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '## Privacy notice\n\nLast updated: March 3, 2026\n', 'n.md', { language: 'en' })).toEqual([]);
  });
});
