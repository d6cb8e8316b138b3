import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'empty-section';

describe(rule, () => {
  it('fi: reports a tab row with nothing after the tab, at the heading', async () => {
    expect(await lintRule(rule, 'Seloste\n\nRekisterinpitäjä\tOy Ab\nKyseessä olevat henkilötietoryhmät\t\nSäilytysaika\t2 vuotta\n', 'n.txt')).toEqual([
      ['empty', 4, 1],
    ]);
  });
  it('sv: reports a Markdown heading followed by the next heading', async () => {
    expect(await lintRule(rule, '## Lagringstid\n\n## Dina rättigheter\n\nRätt till tillgång.\n', 'n.md', { language: 'sv' })).toEqual([['empty', 1, 4]]);
  });
  it('en: reports a heading whose body is only markup', async () => {
    expect(await lintRule(rule, 'Notice\n\n1. Retention\t<p> </p>\n2. Your rights\tAccess.\n', 'n.txt', { language: 'en' })).toEqual([['empty', 3, 1]]);
  });
  it('does not report parents of sub-headings, or headings with content', async () => {
    expect(await lintRule(rule, '## Rekisteröidyn oikeudet\n\n### Tarkastusoikeus\n\nVoit tarkastaa tietosi.\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(
      await lintRule(rule, 'Seloste\n\nRekisteröidyn oikeudet\n\nOikeus saada pääsy tietoihin\n\nVoit tarkastaa tietosi.\n', 'n.txt', { language: 'fi' }),
    ).toEqual([]);
    expect(await lintRule(rule, '## Lagringstid\n\nTvå år.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '## Retention\n\nSix months.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
});
