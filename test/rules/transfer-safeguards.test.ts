import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'transfer-safeguards';

describe(rule, () => {
  it('fi: a transfer outside the EU with no mechanism → missing', async () => {
    expect(await lintRule(rule, 'Seloste\n\n10. Tietojen siirto EU:n tai ETA:n ulkopuolelle\tTietoja voidaan käsitellä myös EU tai ETA-maiden ulkopuolella.\n', 'n.txt', { language: 'fi' })).toEqual([
      ['missing', 3, 80],
    ]);
  });
  it('sv: Privacy Shield → invalid-mechanism, and the transfer has no valid mechanism', async () => {
    expect(await lintRule(rule, '## Tredjeland\n\nUppgifterna lagras i USA med stöd av Privacy Shield.\n', 'n.md', { language: 'sv' })).toEqual([
      ['missing', 3, 22],
      ['invalid-mechanism', 3, 38],
    ]);
  });
  it('en: a third-country service with no safeguard → missing, at the service', async () => {
    expect(await lintRule(rule, '## Analytics\n\nWe use Google Analytics to count visits.\n', 'n.md', { language: 'en' })).toEqual([['missing', 3, 8]]);
  });
  it('accepts SCCs, adequacy decisions and the Data Privacy Framework', async () => {
    expect(await lintRule(rule, '## Siirrot\n\nTiedot siirretään Yhdysvaltoihin EU:n komission vakiosopimuslausekkeiden perusteella.\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Tredjeland\n\nUppgifter överförs till USA med stöd av EU-US Data Privacy Framework.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '## Transfers\n\nData is transferred to the United States under standard contractual clauses.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
});
