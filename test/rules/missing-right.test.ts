import { describe, expect, it } from 'vitest';
import { lint, lintRule, onlyRules } from '../helpers.js';

/** missing-right findings as [messageId, line, column, [related line, related message]…]. */
async function withRelated(source: string, language: 'fi' | 'sv' | 'en'): Promise<[string, number, number, ...[number, string][]][]> {
  const findings = await lint(source, 'n.md', { language, rules: onlyRules({ [rule]: 'error' }) });
  return findings.map((finding) => [finding.messageId, finding.line, finding.column, ...(finding.relatedLocations ?? []).map((related): [number, string] => [related.line, related.message])]);
}

const rule = 'missing-right';

describe(rule, () => {
  it('fi: consent brings withdraw-consent and portability; every unconditional right missing is reported', async () => {
    const source = '## Käsittelyn peruste\n\nKäyttäjän suostumus.\n\n## Rekisteröidyn oikeudet\n\nSinulla on oikeus saada pääsy tietoihisi ja oikeus tietojen oikaisemiseen. Voit tehdä valituksen valvontaviranomaiselle.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'fi' })).toEqual([
      ['erasure', 5, 4],
      ['restriction', 5, 4],
      ['portability', 5, 4],
      ['withdraw-consent', 5, 4],
    ]);
  });
  it('sv: public task (6.1 e) brings objection', async () => {
    const source = '## Rättslig grund\n\nBehandlingen grundar sig på artikel 6.1 e.\n\n## Dina rättigheter\n\nRätt till tillgång, rättelse, radering och begränsning. Du kan lämna klagomål till IMY.\n';
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
    const fi = '## Oikeusperuste\n\nKäsittely perustuu lakisääteiseen velvoitteeseen (6 artiklan 1 c-kohta).\n\n## Oikeudet\n\nOikeus tarkastaa tiedot, oikeus oikaisuun, oikeus tietojen poistamiseen, oikeus käsittelyn rajoittamiseen ja oikeus tehdä valitus valvontaviranomaiselle.\n';
    expect(await lintRule(rule, fi, 'n.md', { language: 'fi' })).toEqual([]);
    const en = '## Legal basis\n\nThe processing is based on your consent.\n\n## Your rights\n\nYou have the right of access, rectification, erasure, restriction and data portability, and you may withdraw your consent at any time. You may lodge a complaint with a supervisory authority.\n';
    expect(await lintRule(rule, en, 'n.md', { language: 'en' })).toEqual([]);
  });
  it('fi: the noun "poisto" names the right to erasure', async () => {
    const fi = '## Oikeusperuste\n\nKäsittely perustuu lakisääteiseen velvoitteeseen (6 artiklan 1 c-kohta).\n\n## Oikeudet\n\nTarkastusoikeus, oikaisu, tietojen poisto, käsittelyn rajoittaminen ja valitus valvontaviranomaiselle.\n';
    expect(await lintRule(rule, fi, 'n.md', { language: 'fi' })).toEqual([]);
  });

  describe('points at the legal basis that makes a right owed (related location), in the notice\'s language', () => {
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
        ['objection', 7, 4, [3, 'Här grundar sig behandlingen på art. 6.1 e, som ger denna rättighet.'], [5, 'Här grundar sig behandlingen på art. 6.1 f, som ger denna rättighet.']],
      ]);
    });
    it('en: a contract stated at line 3 makes portability owed', async () => {
      const source =
        '## Legal basis\n\nWe process your data to perform our contract with you.\n\n## Your rights\n\nYou have the right of access, rectification, erasure and restriction. You may lodge a complaint with a supervisory authority.\n';
      expect(await withRelated(source, 'en')).toEqual([['portability', 5, 4, [3, 'The processing rests on Art. 6(1)(b) here, which brings this right.']]]);
    });
  });
});
