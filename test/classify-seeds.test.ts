import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/index.js';
import { LineIndex } from '../src/text/lines.js';

/**
 * Every numbered or titled section of the five seeds, with the element a Finnish DPO
 * would give it (line of the heading → elements; [] is "other").
 */
const TABLE: Record<string, [number, string, string[]][]> = {
  '000_26472f3d1c73aa31.txt': [
    [11, 'Rekisterin nimi', ['register-name']],
    [12, 'Rekisterinpitäjä', ['controller']],
    [19, 'Rekisterin yhteyshenkilö', ['contact-person']],
    [20, 'Tietosuojavastaavan yhteystieto', ['dpo']],
    [21, 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste', ['purposes', 'legal-basis']],
    [23, 'Rekisterin tietosisältö', ['categories']],
    [24, 'Säännönmukaiset tietolähteet', ['source']],
    [25, 'Tiedon säilytysaika', ['retention']],
    [26, 'Tietojen säännönmukaiset luovutukset', ['recipients']],
    [28, 'Tietojen siirto EU:n tai ETA:n ulkopuolelle', ['transfers']],
    [29, 'Rekisterin suojauksen periaatteet', ['security']],
    [31, 'Mahdollisen automaattisen päätöksenteon olemassaolo', ['automated-decisions']],
    [32, 'Rekisteröidyn oikeudet', ['rights']],
  ],
  '001_0090e37146671056.txt': [
    [7, 'Rekisterinpitäjä', ['controller']],
    [11, 'Rekisterin vastuhenkilö', ['contact-person']],
    [15, 'Rekisterin yhteyshenkilö', ['contact-person']],
    [19, 'Tietosuojavastaava', ['dpo']],
    [26, 'Mihin tarkoitukseen henkilötietoja käsitellään?', ['purposes']],
    [32, 'Mikä on henkilötietojen käsittelyperuste?', ['legal-basis']],
    [37, 'Mitä tietoja käsitellään?', ['categories']],
    [66, 'TIETOJEN JULKISUUS JA SALASSAPIDETTÄVYYS:', []],
    [70, 'SALASSAPIDON PERUSTEET:', []],
    [74, 'Mistä tiedot saadaan?', ['source']],
    [78, 'Luovutetaanko tai siirretäänkö tietoja kaupungin ulkopuolelle?', ['recipients']],
    [82, 'Siirretäänkö tietoja EU/ETA-alueen ulkopuolelle?', ['transfers']],
    [86, 'Kuinka kauan tietoja säilytetään?', ['retention']],
    [90, 'Miten tietoja suojataan?', ['security']],
    [92, 'YLLÄPITOJÄRJESTELMÄT:', []],
    [100, 'TIETOJEN SUOJAUKSEN PERIAATTEET:', ['security']],
    [108, 'Rekisteröidyn oikeudet', ['rights']],
    [114, 'Miten voin tarkastaa tietoni?', ['rights']],
    [122, 'Milloin voin vaatia tietojeni oikaisemista?', ['rights']],
    [126, 'Milloin voin vaatia tietojeni poistamista', ['rights']],
    [130, 'Milloin voin vaatia tietojeni käsittelyn rajoittamista?', ['rights']],
    [134, 'Valituksen tekeminen', ['complaint']],
  ],
  '002_3b56ea23d02cb8df.txt': [
    [7, 'Mihin chat-palvelua voi käyttää?', []],
    [13, 'Kuka vastaa chat-viesteihin?', []],
    [27, 'Rekisterinpitäjä', ['controller']],
    [35, 'Tietovarannon yhteyshenkilö', ['contact-person']],
    [45, 'Tietosuojavastaava', ['dpo']],
    [53, 'Henkilötietojen käsittelyn tarkoitus', ['purposes']],
    [57, 'Käsiteltävät henkilötiedot', ['categories']],
    [61, 'Käsitelläänkö erityisiä henkilötietoja (Yleinen tietosuoja-asetus 9 artikla)?', ['categories']],
    [65, 'Käsittelyn peruste', ['legal-basis']],
    [69, 'Tietovarannon tietolähteet', ['source']],
    [73, 'Onko henkilötietojen antaminen lakisääteistä tai sopimukseen perustavaa? Seuraukset siitä, jos tietoja ei toimiteta?', ['requirement']],
    [81, 'Onko tietovarannon tiedot sähköisessä vai manuaalisessa muodossa?', []],
    [85, 'Onko tietovarannon henkilötietojen käsittelyä ulkoistettu?', ['recipients']],
    [89, 'Tietojen suojaamisen periaatteet', ['security']],
    [93, 'Tietovarannossa olevien tietojen luovutus', ['recipients']],
    [97, 'Automatisoitu päätöksenteko ja profilointi', ['automated-decisions']],
    [101, 'Tietojen luovutus ETA-alueen ulkopuolelle', ['transfers']],
    [105, 'Tietovarannon tietojen säilytysajat tai niiden määritysperusteet', ['retention']],
    [109, 'Rekisteröidyn oikeudet', ['rights']],
    [111, 'Oikeus saada tietoa henkilötietojensa käsittelystä', ['rights']],
    [115, 'Oikeus saada pääsy tietoihinsa', ['rights']],
    [119, 'Oikeus oikaista tietonsa', ['rights']],
    [123, 'Oikeus rajoittaa tietojensa käsittelyä', ['rights']],
    [127, 'Oikeus tehdä valitus valvontaviranomaiselle', ['rights', 'complaint']],
  ],
  '003_6d78bcf6936e0d8f.txt': [
    [5, 'Rekisterinpitäjä', ['controller']],
    [6, 'Rekisterin yhteyshenkilö', ['contact-person']],
    [7, 'Maistraatin tietosuojavastaavan yhteystiedot', ['dpo']],
    [8, 'Rekisterin nimi', ['register-name']],
    [9, 'Henkilötietojen käsittelyn tarkoitus', ['purposes']],
    [10, 'Rekisterin tietosisältö', ['categories']],
    [11, 'Säännönmukaiset tietolähteet', ['source']],
    [12, 'Tiedon säilytysaika', ['retention']],
    [13, 'Tietojen säännönmukaiset luovutukset', ['recipients']],
    [14, 'Tietojen siirto EU:n tai ETA:n ulkopuolelle', ['transfers']],
    [15, 'Rekisterin suojauksen periaatteet', ['security']],
    [18, 'Rekisteröidyn oikeudet', ['rights']],
  ],
  '004_61210c77dfd498b8.txt': [
    [5, 'Laatimispäivä', ['date']],
    [6, 'Rekisterinpitäjä', ['controller']],
    [7, 'Yhteys henkilö rekisteriä koskevissa asioissa', ['contact-person']],
    [8, 'Rekisterin nimi', ['register-name']],
    [
      9,
      'Oikeusperuste ja henkilötietojen käsittelyn tarkoitus. Onko tietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus',
      ['purposes', 'legal-basis', 'requirement'],
    ],
    [10, 'Oikeutetun edun peruste', ['legitimate-interests']],
    [11, 'Kyseessä olevat henkilötietoryhmät', ['categories']],
    [12, 'Vastaanottajat ja vastaanottajaryhmät', ['recipients']],
    [13, 'Suostumus', ['withdraw-consent']],
    [14, 'Rekisterin tietosisältö', ['categories']],
    [15, 'Säännönmukaiset tietolähteet', ['source']],
    [18, 'Henkilötietojen säilyttämisaika', ['retention']],
    [19, 'Tietojen säännönmukaiset luovutukset', ['recipients']],
    [20, 'Tietojen siirto EU:n tai ETA:n ulkopuolelle', ['transfers']],
    [21, 'Rekisterin suojauksen periaatteet A: Manuaalinen aineisto', ['security']],
    [22, 'Rekisterin suojauksen periaatteet B: ATK:lla käsiteltävät toiminnot', ['security']],
    [23, 'Evästeet', []],
    [26, 'Automaattinen käsittely ja profilointi', ['automated-decisions']],
    [27, 'Tarkastusoikeus, eli oikeus saada pääsy henkilötietoihin.', ['rights']],
    [28, 'Oikeus siirtää tiedot järjestelmästä toiseen', ['rights']],
    [29, 'Oikeus vaatia tiedon korjaamista', ['rights']],
    [30, 'Rajoittamisoikeus', ['rights']],
    [31, 'Vastustamisoikeus', ['rights']],
    [34, 'Oikeus tehdä valitus valvontaviranomaiselle', ['rights', 'complaint']],
    [35, 'Muut henkilötietojen käsittelyyn liittyvät oikeudet', ['rights']],
  ],
};

describe('section classification on the seeds', () => {
  for (const [file, rows] of Object.entries(TABLE)) {
    it(`classifies every section of ${file}`, async () => {
      const source = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds', file), 'utf8');
      const notice = await parseNotice(source, 'text');
      const lines = new LineIndex(source);
      const actual = notice.sections
        .filter((section) => section.heading !== '')
        .map((section) => [lines.position(section.headingRange.start).line, section.heading, section.elements]);
      expect(notice.language).toBe('fi');
      expect(actual).toEqual(rows);
    });
  }
});
