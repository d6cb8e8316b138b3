import { describe, expect, it } from 'vitest';
import { lint, lintRule } from '../helpers.js';

const rule = 'template-leftover';

describe(rule, () => {
  it('fi: reports instructions, truncated "uvaa tähän", placeholders and example stubs at their spans', async () => {
    const source =
      'Seloste\n\n1. Rekisterinpitäjä\tYritys Oy\n2. Tarkoitus\tuvaa tähän, mihin tietoja käytetään.\n3. Tiedot\n\nesim. - nimi\n\nSähköposti (s-postiosoite) tai [täydennä].\n';
    expect(await lintRule(rule, source, 'n.txt')).toEqual([
      ['leftover', 3, 21],
      ['leftover', 4, 14],
      ['stub', 7, 1],
      ['leftover', 9, 12],
      ['leftover', 9, 33],
    ]);
  });
  it('sv: reports "Beskriv här" and [Företagets namn]', async () => {
    expect(await lintRule(rule, '## Personuppgiftsansvarig\n\n[Företagets namn]. Beskriv här vem som ansvarar.\n', 'n.md', { language: 'sv' })).toEqual([
      ['leftover', 3, 1],
      ['leftover', 3, 20],
    ]);
  });
  it('en: reports {{variables}}, [Company Name], "Insert … here" and Lorem ipsum', async () => {
    const source = '## Who we are\n\n[Company Name], {{address}}. Insert your phone number here. Lorem ipsum.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'en' })).toEqual([
      ['leftover', 3, 1],
      ['leftover', 3, 17],
      ['leftover', 3, 30],
      ['leftover', 3, 61],
    ]);
  });
  it('does not report real text: obfuscated [at] addresses, mid-sentence "esim.", address formats, shortcodes', async () => {
    const fi = 'Seloste\n\nYhteystiedot\n\ntietosuoja[at]kunta.fi, osoitteet muotoa etunimi.sukunimi@kunta.fi. Käytämme esim. sähköpostia.\n';
    expect(await lintRule(rule, fi, 'n.txt', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Personuppgiftsansvarig\n\nNorrsken AB, t.ex. via e-post.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '---\ntitle: x\n---\n\n## Who we are\n\n{{< contact >}} {{ site.title }} Ltd.\n', 'n.md', { language: 'en' })).toEqual([]);
  });
  it('a section still holding template text gets that finding only; content rules stay quiet there, markup rules do not', async () => {
    const source = [
      'Tietosuojaseloste',
      'Päivitetty 1.10.2026',
      '1. Rekisterinpitäjä\tKahvila Aurora Oy, Rantakatu 1, Helsinki.',
      '2. Tietojen säilytysaika\tKuvaa tähän, kuinka kauan tietoja säilytetään.<br>',
      '3. Tietojen siirto EU:n tai ETA:n ulkopuolelle\tKuvaa tähän, siirretäänkö tietoja EU:n ulkopuolelle.',
    ].join('\n');
    const findings = await lint(source, 'n.txt', { language: 'fi' });
    const bySection = findings.filter((finding) => finding.line >= 4).map((finding) => [finding.ruleId, finding.line]);
    expect(bySection).toEqual([
      ['template-leftover', 4],
      ['html-remnant', 4],
      ['template-leftover', 5],
    ]);
    // Filled in, the same retention section is judged again.
    const filled = source.replace('Kuvaa tähän, kuinka kauan tietoja säilytetään.<br>', 'Tietoja säilytetään tarpeen mukaan.');
    expect((await lint(filled, 'n.txt', { language: 'fi' })).some((finding) => finding.ruleId === 'retention-period' && finding.line === 4)).toBe(true);
  });
  it('fi, sv, en: capitalised bracket instructions, dummy identifiers and names, TBA', async () => {
    expect(await lintRule(rule, 'Päivitetty: [LISÄÄ PÄIVÄMÄÄRÄ]\nTietosuojavastaava: Erkki Esimerkki\n', 'n.txt', { language: 'fi' })).toEqual([
      ['leftover', 1, 13],
      ['leftover', 2, 21],
    ]);
    expect(await lintRule(rule, 'Organisationsnummer: 123456-7890\nSenast uppdaterad: [ANGE DATUM]\n', 'n.txt', { language: 'sv' })).toEqual([
      ['leftover', 1, 22],
      ['leftover', 2, 20],
    ]);
    expect(await lintRule(rule, '## Data in messages on the platform\n\nTBA\n', 'n.md', { language: 'en' })).toEqual([['leftover', 3, 1]]);
  });
  it('fi, sv, en: brackets in ordinary text and real identifiers stay silent', async () => {
    expect(await lintRule(rule, 'Y-tunnus 2345678-1. Katso [1] ja [GDPR].\n', 'n.txt', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, 'Org.nr 556677-8899 (se [bilaga 2]).\n', 'n.txt', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, 'Write to privacy@acme.test about our platform.\n', 'n.txt', { language: 'en' })).toEqual([]);
  });
});
