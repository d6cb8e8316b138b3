import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'retention-period';

describe(rule, () => {
  it('fi: vague wording only → vague, at the phrase', async () => {
    expect(await lintRule(rule, '## Säilytysaika\n\nTietoja säilytetään niin kauan kuin on tarpeen.\n', 'n.md', { language: 'fi' })).toEqual([
      ['vague', 3, 21],
    ]);
  });
  it('fi: no period at all → missing, at the retention heading', async () => {
    expect(await lintRule(rule, '## Rekisterinpitäjä\n\nOy Ab\n\n## Säilytysaika\n\nTiedot säilytetään turvallisesti.\n', 'n.md', { language: 'fi' })).toEqual([
      ['missing', 5, 4],
    ]);
  });
  it('sv: "så länge det behövs" → vague', async () => {
    expect(await lintRule(rule, '## Lagringstid\n\nVi sparar uppgifterna så länge det behövs.\n', 'n.md', { language: 'sv' })).toEqual([['vague', 3, 23]]);
  });
  it('en: no retention section and nothing said → missing at the document start', async () => {
    expect(await lintRule(rule, '## Who we are\n\nAcme Ltd.\n', 'n.md', { language: 'en' })).toEqual([['missing', 1, 1]]);
  });
  it('accepts a period or criterion wherever it is written', async () => {
    expect(await lintRule(rule, 'Seloste\n\n8. Tiedon säilytysaika\t2 kuukautta\n', 'n.txt', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Tarkoitus\n\nAsiakastiedot säilytetään enintään vuoden ajan.\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Säilytys\n\nTiedot poistetaan asiakassuhteen päättyessä.\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Lagringstid\n\nUppgifterna raderas två år efter att avtalet upphört.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '## Retention\n\nWe delete your data 12 months after your last order.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
  it("fi, sv, en: a cookie's lifetime is no retention period", async () => {
    expect(await lintRule(rule, 'Eväste on voimassa vuoden ja poistetaan sitten.\n', 'n.txt', { language: 'fi' })).toEqual([['missing', 1, 1]]);
    expect(await lintRule(rule, 'Kakan sparas i ett år.\n', 'n.txt', { language: 'sv' })).toEqual([['missing', 1, 1]]);
    expect(await lintRule(rule, 'The cookie is stored for 12 months.\n', 'n.txt', { language: 'en' })).toEqual([['missing', 1, 1]]);
  });
  it('fi, sv, en: vague wording outside a retention section, and "as required by law" alone, are vague', async () => {
    expect(await lintRule(rule, 'Käsittelen tietoja niin kauan kun se on tarpeellista.\n', 'n.txt', { language: 'fi' })).toEqual([['vague', 1, 20]]);
    expect(await lintRule(rule, '## Lagringstid\n\nUppgifterna sparas så länge som det krävs enligt lag.\n', 'n.md', { language: 'sv' })).toEqual([
      ['vague', 3, 20],
    ]);
    expect(await lintRule(rule, '## Retention\n\nWe keep data as required by law.\n', 'n.md', { language: 'en' })).toEqual([['vague', 3, 14]]);
    expect(await lintRule(rule, '## Retention\n\nInvoices are kept for 7 years, as required by law.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
});
