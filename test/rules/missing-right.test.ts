import { describe, expect, it } from 'vitest';
import { lint, lintRule, onlyRules } from '../helpers.js';

/** missing-right findings as [messageId, line, column, [related line, related message]…]. */
async function withRelated(source: string, language: 'fi' | 'sv' | 'en'): Promise<[string, number, number, ...[number, string][]][]> {
  const findings = await lint(source, 'n.md', { language, rules: onlyRules({ [rule]: 'error' }) });
  return findings.map((finding) => [
    finding.messageId,
    finding.line,
    finding.column,
    ...(finding.relatedLocations ?? []).map((related): [number, string] => [related.line, related.message]),
  ]);
}

const rule = 'missing-right';

describe(rule, () => {
  it('fi: consent brings withdraw-consent and portability; every unconditional right missing is reported', async () => {
    const source =
      '## Käsittelyn peruste\n\nKäyttäjän suostumus.\n\n## Rekisteröidyn oikeudet\n\nSinulla on oikeus saada pääsy tietoihisi ja oikeus tietojen oikaisemiseen. Voit tehdä valituksen valvontaviranomaiselle.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'fi' })).toEqual([
      ['erasure', 5, 4],
      ['restriction', 5, 4],
      ['portability', 5, 4],
      ['withdraw-consent', 5, 4],
    ]);
  });
  it('sv: public task (6.1 e) brings objection', async () => {
    const source =
      '## Rättslig grund\n\nBehandlingen grundar sig på artikel 6.1 e.\n\n## Dina rättigheter\n\nRätt till tillgång, rättelse, radering och begränsning. Du kan lämna klagomål till IMY.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'sv' })).toEqual([['objection', 5, 4]]);
  });
  it('en: no basis found → only the unconditional rights, at the document start without a rights section', async () => {
    expect(await lintRule(rule, '## Who we are\n\nAcme Ltd.\n', 'n.md', { language: 'en' })).toEqual([
      ['access', 1, 1],
      ['rectification', 1, 1],
      ['erasure', 1, 1],
      ['restriction', 1, 1],
      ['complaint', 1, 1],
    ]);
  });
  it('reports nothing when every owed right is there, and does not owe portability under a legal obligation', async () => {
    const fi =
      '## Oikeusperuste\n\nKäsittely perustuu lakisääteiseen velvoitteeseen (6 artiklan 1 c-kohta).\n\n## Oikeudet\n\nOikeus tarkastaa tiedot, oikeus oikaisuun, oikeus tietojen poistamiseen, oikeus käsittelyn rajoittamiseen ja oikeus tehdä valitus valvontaviranomaiselle.\n';
    expect(await lintRule(rule, fi, 'n.md', { language: 'fi' })).toEqual([]);
    const en =
      '## Legal basis\n\nThe processing is based on your consent.\n\n## Your rights\n\nYou have the right of access, rectification, erasure, restriction and data portability, and you may withdraw your consent at any time. You may lodge a complaint with a supervisory authority.\n';
    expect(await lintRule(rule, en, 'n.md', { language: 'en' })).toEqual([]);
  });
  it('fi: the noun "poisto" names the right to erasure', async () => {
    const fi =
      '## Oikeusperuste\n\nKäsittely perustuu lakisääteiseen velvoitteeseen (6 artiklan 1 c-kohta).\n\n## Oikeudet\n\nTarkastusoikeus, oikaisu, tietojen poisto, käsittelyn rajoittaminen ja valitus valvontaviranomaiselle.\n';
    expect(await lintRule(rule, fi, 'n.md', { language: 'fi' })).toEqual([]);
  });

  describe("points at the legal basis that makes a right owed (related location), in the notice's language", () => {
    it('fi: consent at line 3 brings portability and withdrawal; the unconditional rights point nowhere', async () => {
      const source = '## Käsittelyn peruste\n\nKäsittely perustuu suostumukseesi.\n\n## Oikeudet\n\nOikeus tarkastaa tiedot.\n';
      expect(await withRelated(source, 'fi')).toEqual([
        ['rectification', 5, 4],
        ['erasure', 5, 4],
        ['restriction', 5, 4],
        ['complaint', 5, 4],
        ['portability', 5, 4, [3, 'Käsittely perustuu tässä perusteeseen 6 art. 1 a, josta tämä oikeus seuraa.']],
        ['withdraw-consent', 5, 4, [3, 'Käsittely perustuu tässä perusteeseen 6 art. 1 a, josta tämä oikeus seuraa.']],
      ]);
    });
    it('sv: both bases that bring objection, each where it is first stated', async () => {
      const source =
        '## Rättslig grund\n\nNyhetsbrevet: art. 6.1 e.\n\nStatistik: art. 6.1 f, vårt intresse av att förbättra tjänsten.\n\n## Dina rättigheter\n\nRätt till tillgång, rättelse, radering och begränsning. Du kan lämna klagomål till IMY.\n';
      expect(await withRelated(source, 'sv')).toEqual([
        [
          'objection',
          7,
          4,
          [3, 'Här grundar sig behandlingen på art. 6.1 e, som ger denna rättighet.'],
          [5, 'Här grundar sig behandlingen på art. 6.1 f, som ger denna rättighet.'],
        ],
      ]);
    });
    it('en: a contract stated at line 3 makes portability owed', async () => {
      const source =
        '## Legal basis\n\nWe process your data to perform our contract with you.\n\n## Your rights\n\nYou have the right of access, rectification, erasure and restriction. You may lodge a complaint with a supervisory authority.\n';
      expect(await withRelated(source, 'en')).toEqual([['portability', 5, 4, [3, 'The processing rests on Art. 6(1)(b) here, which brings this right.']]]);
    });
  });
});

describe(`${rule}: rights as verbs, in a sentence that tells the reader they can act`, () => {
  it('fi: verb stems in sentences with "voit", "halutessasi", "pyytää" count outside a rights heading', async () => {
    const source = [
      '## Oikeusperuste',
      '',
      'Käsittely perustuu suostumukseesi.',
      '',
      '## Mitä voit tehdä',
      '',
      'Voit katsoa ja muuttaa omia asiakastietojasi palvelussa. Halutessasi poistamme tilisi kokonaan.',
      'Voit pyytää meitä rajoittamaan käsittelyä tai siirtämään tiedot toiselle palveluntarjoajalle.',
      'Suostumuksen voi peruuttaa milloin tahansa, ja valituksen voi tehdä tietosuojavaltuutetulle.',
      '',
    ].join('\n');
    expect(await lintRule(rule, source, 'n.md', { language: 'fi' })).toEqual([]);
  });
  it('sv: "få dem rättade eller raderade", "flyttas till en annan tjänst", "invända" count', async () => {
    const source = [
      '## Rättslig grund',
      '',
      'Behandlingen grundar sig på avtal (artikel 6.1 b) och vårt berättigade intresse av att hålla tjänsten säker.',
      '',
      '## Vad du kan göra',
      '',
      'Du kan be oss visa vilka uppgifter vi har om dig och få dem rättade eller raderade.',
      'Du kan också begära att vi begränsar behandlingen och att dina uppgifter flyttas till en annan tjänst.',
      'Du kan invända mot behandling som grundar sig på berättigat intresse. Klagomål lämnas till Integritetsskyddsmyndigheten.',
      '',
    ].join('\n');
    expect(await lintRule(rule, source, 'n.md', { language: 'sv' })).toEqual([]);
  });
  it('en: "look at", "have it fixed or erased", "limit how we use", "have your data moved", "oppose", and a list after "you can:"', async () => {
    const source = [
      '## Legal basis',
      '',
      'We rely on our contract with you and on our legitimate interests in keeping the forum safe.',
      '',
      '## What you can do',
      '',
      'You can look at the data we hold about you and have it fixed if it is wrong, or have it erased.',
      'You may ask us to limit how we use it and to have your data moved to another provider.',
      'You can oppose processing based on our interests, and complain to the supervisory authority.',
      '',
    ].join('\n');
    expect(await lintRule(rule, source, 'n.md', { language: 'en' })).toEqual([]);
    const list =
      '## Legal basis\n\nWe process your data to perform our contract (Art. 6(1)(b)).\n\n## Good to know\n\nAt any time you can:\n\n- look at your data\n- fix mistakes in it\n- wipe it out\n- limit its processing\n- take your data with you\n\nComplaints go to the data protection authority.\n';
    expect(await lintRule(rule, list, 'n.md', { language: 'en' })).toEqual([]);
  });
  it("does not read verbs outside a rights context as rights: retention, security, the controller's own power", async () => {
    const fi =
      '## Säilytys\n\nTiedot poistetaan kahden vuoden kuluttua.\n\n## Tietoturva\n\nPääsy tietoihin on vain ylläpidolla, ja tietoja korjataan tarvittaessa.\n\n## Valitus\n\nVoit tehdä valituksen valvontaviranomaiselle.\n';
    expect(await lintRule(rule, fi, 'n.md', { language: 'fi' })).toEqual([
      ['access', 1, 1],
      ['rectification', 1, 1],
      ['erasure', 1, 1],
      ['restriction', 1, 1],
    ]);
    const en =
      '## Security\n\nOnly two administrators have access to the database, and logs are deleted after 30 days. We reserve the right to delete accounts that break the rules.\n\n## Complaints\n\nYou can complain to the supervisory authority.\n';
    expect(await lintRule(rule, en, 'n.md', { language: 'en' })).toEqual([
      ['access', 1, 1],
      ['rectification', 1, 1],
      ['erasure', 1, 1],
      ['restriction', 1, 1],
    ]);
    const sv = '## Lagring\n\nUppgifterna raderas efter två år och rättas när vi upptäcker fel.\n\n## Klagomål\n\nDu kan lämna klagomål till IMY.\n';
    expect(await lintRule(rule, sv, 'n.md', { language: 'sv' })).toEqual([
      ['access', 1, 1],
      ['rectification', 1, 1],
      ['erasure', 1, 1],
      ['restriction', 1, 1],
    ]);
  });
  it("fi: an audit log, an authority's right, a policy change and the reader moving between pages are no rights", async () => {
    const source = [
      '## Oikeusperuste',
      '',
      'Käsittely perustuu suostumukseesi.',
      '',
      '## Lisätietoja',
      '',
      'Tarkastusloki säilytetään vuoden, ja voit pyytää siitä lisätietoja.',
      'Viranomaisilla voi olla oikeus saada tietoja lain nojalla.',
      'Meillä on oikeus muuttaa tätä tietosuojaselostetta, ja voit lukea sen aina täältä.',
      'Evästeet muistavat valintasi, kun haluat siirtyä sivulta toiselle.',
      'Voit peruuttaa suostumuksesi ja tehdä valituksen tietosuojavaltuutetulle.',
      '',
    ].join('\n');
    expect(await lintRule(rule, source, 'n.md', { language: 'fi' })).toEqual([
      ['access', 1, 1],
      ['rectification', 1, 1],
      ['erasure', 1, 1],
      ['restriction', 1, 1],
      ['portability', 1, 1],
    ]);
  });
  it('en: "transfer your data to another …" in a transfers section is no data portability', async () => {
    const source = [
      '## Legal basis',
      '',
      'The processing is necessary to perform our contract with you.',
      '',
      '## Your rights',
      '',
      'You have the right of access, rectification, erasure and restriction, and you can complain to the supervisory authority.',
      '',
      '## International transfers',
      '',
      'We may transfer your data to another processor outside the EEA; you can request a copy of the safeguards.',
      '',
    ].join('\n');
    expect(await lintRule(rule, source, 'n.md', { language: 'en' })).toEqual([['portability', 5, 4]]);
  });
});

describe(`${rule}: a right explicitly denied is not given`, () => {
  const othersFi = 'Sinulla on oikeus tarkastaa tietosi, vaatia niiden poistamista ja käsittelyn rajoittamista. Voit tehdä valituksen valvontaviranomaiselle.';
  it('fi: "ei ole oikeutta vaatia tietojen oikaisemista" under a heading that names the right', async () => {
    const source = `## Oikeusperuste\n\nLakisääteinen velvoite.\n\n## Oikeutesi\n\n${othersFi}\n\n## Oikeus vaatia tietojen oikaisemista\n\nRekisteröidyllä ei ole oikeutta vaatia tietojen oikaisemista.\n`;
    expect(await lintRule(rule, source, 'n.md', { language: 'fi' })).toEqual([['rectification', 5, 4]]);
  });
  it('fi: a limit on a right ("oikeus … ei koske") still names it', async () => {
    const source = `## Oikeusperuste\n\nLakisääteinen velvoite.\n\n## Oikeutesi\n\nSinulla on oikeus tarkastaa ja oikaista tietosi sekä rajoittaa käsittelyä. Oikeus tietojen poistamiseen ei koske tietoja, jotka laki velvoittaa säilyttämään. Voit tehdä valituksen valvontaviranomaiselle.\n`;
    expect(await lintRule(rule, source, 'n.md', { language: 'fi' })).toEqual([]);
  });
  it('en: "users are not granted a right to object"', async () => {
    const source =
      '## Legal basis\n\nOur legitimate interests in running the club.\n\n## Your rights\n\nYou may access, rectify and erase your data or restrict its processing, and complain to the supervisory authority. Users are not granted a right to object.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'en' })).toEqual([['objection', 5, 4]]);
  });
  it('sv: "ingen rätt att få uppgifterna raderade"', async () => {
    const source =
      '## Rättslig grund\n\nRättslig förpliktelse.\n\n## Dina rättigheter\n\nDu har rätt till tillgång, rättelse och begränsning och kan lämna klagomål till IMY. Du har ingen rätt att få uppgifterna raderade.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'sv' })).toEqual([['erasure', 5, 4]]);
  });
});
