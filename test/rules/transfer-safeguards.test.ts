import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'transfer-safeguards';

describe(rule, () => {
  it('fi: a transfer outside the EU with no mechanism → missing', async () => {
    expect(
      await lintRule(
        rule,
        'Seloste\n\n10. Tietojen siirto EU:n tai ETA:n ulkopuolelle\tTietoja voidaan käsitellä myös EU tai ETA-maiden ulkopuolella.\n',
        'n.txt',
        { language: 'fi' },
      ),
    ).toEqual([['missing', 3, 80]]);
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
    expect(
      await lintRule(rule, '## Siirrot\n\nTiedot siirretään Yhdysvaltoihin EU:n komission vakiosopimuslausekkeiden perusteella.\n', 'n.md', { language: 'fi' }),
    ).toEqual([]);
    expect(
      await lintRule(rule, '## Tredjeland\n\nUppgifter överförs till USA med stöd av EU-US Data Privacy Framework.\n', 'n.md', { language: 'sv' }),
    ).toEqual([]);
    expect(
      await lintRule(rule, '## Transfers\n\nData is transferred to the United States under standard contractual clauses.\n', 'n.md', { language: 'en' }),
    ).toEqual([]);
  });
});

describe(`${rule}: what a finding names`, () => {
  it('fi, sv, en: a transfer stated without a service is named by its sentence, quoted', async () => {
    const { lint, onlyRules } = await import('../helpers.js');
    const messages = async (source: string, language: 'fi' | 'sv' | 'en'): Promise<string[]> =>
      (await lint(source, 'n.md', { language, rules: onlyRules({ [rule]: 'error' }) })).map((finding) => finding.message);
    expect(await messages('## Pilvipalvelut\n\nTiedot voivat sijaita EU:n tai ETA:n ulkopuolella.\n', 'fi')).toEqual([
      expect.stringContaining('("Tiedot voivat sijaita EU:n tai ETA:n ulkopuolella.")'),
    ]);
    expect(await messages('## Leverantörer\n\nVi kan överföra uppgifter till länder utanför EES.\n', 'sv')).toEqual([
      expect.stringContaining('("Vi kan överföra uppgifter till länder utanför EES.")'),
    ]);
    expect(await messages('## Hosting\n\nOur backups may be stored outside the EEA.\n', 'en')).toEqual([
      expect.stringContaining('("Our backups may be stored outside the EEA.")'),
    ]);
  });
  it('a safeguard named in a heading counts', async () => {
    expect(
      await lintRule(rule, '## Siirrot vakiolausekkeiden perusteella\n\nTietoja voidaan käsitellä EU:n ulkopuolella.\n', 'n.md', { language: 'fi' }),
    ).toEqual([]);
  });
  it('fi: a provider\'s privacy statement ("tietosuojalauseke") is no safeguard; the standard clauses ("vakiotietosuojalausekkeet") are', async () => {
    const transfer = '## Palvelut\n\nKäytämme HubSpotia. ';
    expect(await lintRule(rule, `${transfer}Se käsittelee tietoja palveluntarjoajan tietosuojalausekkeen mukaisesti.\n`, 'n.md', { language: 'fi' })).toEqual([
      ['missing', 3, 10],
    ]);
    expect(await lintRule(rule, `${transfer}Siirrot perustuvat komission vakiotietosuojalausekkeisiin.\n`, 'n.md', { language: 'fi' })).toEqual([]);
  });
  it('fi, sv, en: a service is found under its inflected name, not inside another word', async () => {
    expect(await lintRule(rule, '## Palvelut\n\nUutiskirjeet lähetetään Mailchimpin kautta.\n', 'n.md', { language: 'fi' })).toEqual([['missing', 3, 25]]);
    expect(await lintRule(rule, '## Tjänster\n\nVi använder Zoomis möten och HubSpots CRM.\n', 'n.md', { language: 'sv' })).toEqual([['missing', 3, 30]]);
    expect(await lintRule(rule, '## Services\n\nOur team keeps zooming in on quality.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
});
