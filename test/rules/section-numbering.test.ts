import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'section-numbering';

describe(rule, () => {
  it('fi: a gap (11 → 14) is reported at the heading after it', async () => {
    expect(await lintRule(rule, 'Seloste\n\n10. Siirrot\tEi.\n11. Suojaus\tOk.\n14. Oikeudet\tOk.\n', 'n.txt', { language: 'fi' })).toEqual([['gap', 5, 1]]);
  });
  it('sv: a duplicated number', async () => {
    expect(await lintRule(rule, '## 1. Personuppgiftsansvarig\n\nAB\n\n## 2. Ändamål\n\nX\n\n## 2. Lagringstid\n\nY\n', 'n.md', { language: 'sv' })).toEqual([
      ['duplicate', 9, 4],
    ]);
  });
  it('en: sub-numbers are checked within their parent', async () => {
    expect(await lintRule(rule, '## 1. Rights\n\n### 1.1 Access\n\nA\n\n### 1.3 Erasure\n\nB\n', 'n.md', { language: 'en' })).toEqual([['gap', 7, 5]]);
  });
  it('does not report ordered numbering, sub-numbering, or a list restarting at 1', async () => {
    expect(await lintRule(rule, 'Seloste\n\n1. Rekisterinpitäjä\tA\n2. Tarkoitus\tB\n2.1 Lisää\tC\n3. Oikeudet\tD\n', 'n.txt', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## 1. Ändamål\n\nA\n\n## 2. Lagringstid\n\nB\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, 'Notice\n\n1. Controller\tA\n2. Retention\tB\n\nAnnex\n\n1. Cookies\tC\n', 'n.txt', { language: 'en' })).toEqual([]);
  });
});
