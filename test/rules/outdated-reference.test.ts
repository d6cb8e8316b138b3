import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'outdated-reference';

describe(rule, () => {
  it('fi: Henkilötietolaki 523/99 and "rekisteriseloste"', async () => {
    expect(await lintRule(rule, 'REKISTERISELOSTE\nHenkilötietolaki (523/99) 10 §\n', 'n.txt', { language: 'fi' })).toEqual([
      ['outdated', 1, 1],
      ['outdated', 2, 1],
      ['outdated', 2, 19],
    ]);
  });
  it('sv: personuppgiftslagen, PUL and Datainspektionen', async () => {
    expect(await lintRule(rule, '## Klagomål\n\nEnligt personuppgiftslagen (PUL) kan du klaga hos Datainspektionen.\n', 'n.md', { language: 'sv' })).toEqual([
      ['outdated', 3, 8],
      ['outdated', 3, 29],
      ['outdated', 3, 51],
    ]);
  });
  it('en: Directive 95/46/EC', async () => {
    expect(await lintRule(rule, '## Legal basis\n\nUnder Directive 95/46/EC we process data.\n', 'n.md', { language: 'en' })).toEqual([['outdated', 3, 17]]);
  });
  it('does not report current law', async () => {
    expect(await lintRule(rule, 'TIETOSUOJASELOSTE\nTietosuojalaki (1050/2018) ja tietosuoja-asetus.\n', 'n.txt', { language: 'fi' })).toEqual([]);
    expect(
      await lintRule(rule, '## Klagomål\n\nDu kan klaga hos IMY enligt dataskyddslagen (2018:218). Vi skickar pulver.\n', 'n.md', { language: 'sv' }),
    ).toEqual([]);
    expect(await lintRule(rule, '## Legal basis\n\nUnder the GDPR (EU) 2016/679.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
  it("fi, sv, en: the GDPR's own title, naming the directive it repeals, is no outdated reference", async () => {
    expect(await lintRule(rule, 'asetus (EU) 2016/679 … sekä direktiivin 95/46/EY kumoamisesta\n', 'n.txt', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, 'förordning (EU) 2016/679 … om upphävande av direktiv 95/46/EG\n', 'n.txt', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, 'Regulation (EU) 2016/679 … repealing Directive 95/46/EC\n', 'n.txt', { language: 'en' })).toEqual([]);
    expect(await lintRule(rule, 'Vi följer direktiv 95/46/EG.\n', 'n.txt', { language: 'sv' })).toEqual([['outdated', 1, 20]]);
  });
});
