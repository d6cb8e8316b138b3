import { describe, expect, it } from 'vitest';
import { lint, lintRule } from '../helpers.js';

const rule = 'vague-language';

describe(rule, () => {
  it('is off by default', async () => {
    expect((await lint('## Tarkoitus\n\nTietoja voidaan mahdollisesti käyttää.\n', 'n.md')).filter((f) => f.ruleId === rule)).toEqual([]);
  });
  it('fi, sv, en: reports each qualifier when turned on', async () => {
    expect(await lintRule(rule, '## Tarkoitus\n\nTietoja voidaan mahdollisesti käyttää.\n', 'n.md', { language: 'fi' })).toEqual([
      ['vague', 3, 9],
      ['vague', 3, 17],
    ]);
    expect(await lintRule(rule, '## Ändamål\n\nVi behandlar eventuellt vissa uppgifter.\n', 'n.md', { language: 'sv' })).toEqual([
      ['vague', 3, 14],
      ['vague', 3, 25],
    ]);
    expect(await lintRule(rule, '## Purposes\n\nWe may share some data.\n', 'n.md', { language: 'en' })).toEqual([
      ['vague', 3, 4],
      ['vague', 3, 14],
    ]);
  });
  it('reports nothing in concrete wording', async () => {
    expect(await lintRule(rule, '## Tarkoitus\n\nLähetämme laskut sähköpostitse.\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Ändamål\n\nVi skickar fakturor per e-post.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '## Purposes\n\nWe send invoices by email.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
});
