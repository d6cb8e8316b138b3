import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/index.js';
import { LineIndex } from '../src/text/lines.js';

async function headings(source: string, language: 'fi' | 'sv' | 'en' = 'fi'): Promise<[number, string | undefined, string, string[]][]> {
  const notice = await parseNotice(source, 'text', { language });
  const lines = new LineIndex(source);
  return notice.sections
    .filter((section) => section.heading !== '')
    .map((section) => [lines.position(section.headingRange.start).line, section.number, section.heading, section.elements]);
}

describe('plain-text parser', () => {
  it('reads Heading<TAB>body rows, with the body on the same line', async () => {
    const source = 'TIETOSUOJASELOSTE\n\n1. Rekisterinpitäjä\tOy Ab\n2. Säilytysaika\t2 kuukautta\n';
    expect(await headings(source)).toEqual([
      [3, '1', 'Rekisterinpitäjä', ['controller']],
      [4, '2', 'Säilytysaika', ['retention']],
    ]);
  });

  it('reads numbered lines, sub-numbers and question lines', async () => {
    const source = 'Seloste\n\n5. Mihin tarkoitukseen tietoja käsitellään?\n\nAsiakassuhteen hoitoon.\n\n13.1 Miten voin tarkastaa tietoni?\n\nOtto.\n';
    expect(await headings(source)).toEqual([
      [3, '5', 'Mihin tarkoitukseen tietoja käsitellään?', ['purposes']],
      [7, '13.1', 'Miten voin tarkastaa tietoni?', ['rights']],
    ]);
  });

  it('reads ALL-CAPS lines ending in a colon as sub-headings', async () => {
    const notice = await parseNotice('Seloste\n\n1. Rekisterinpitäjä\n\nOy\n\nYHTEYSTIEDOT:\n\nPL 1\n', 'text', { language: 'fi' });
    expect(notice.sections.map((section) => [section.heading, section.level])).toEqual([
      ['Rekisterinpitäjä', 1],
      ['YHTEYSTIEDOT:', 2],
    ]);
  });

  it('accepts bare title lines only when the lexicon knows them', async () => {
    const source = 'Seloste\n\nRekisterinpitäjä\n\nKaupunki\n\nSami Virtanen\n\nsami@kaupunki.fi\n';
    expect(await headings(source)).toEqual([[3, undefined, 'Rekisterinpitäjä', ['controller']]]);
  });

  it('sees through <p> wrapped headings and treats indented lines as body', async () => {
    const source = 'Seloste\n\n<p>12. Rekisteröidyn oikeudet</p>\t<p>Oikeus tarkastaa</p>\n\t<p>11. Jatkoa</p>\n';
    expect(await headings(source)).toEqual([[3, '12', 'Rekisteröidyn oikeudet', ['rights']]]);
  });

  it('does not take "Label: value" lines for headings', async () => {
    expect(await headings('Seloste\n\nPäivitetty: 1.2.2025\n\nTekstiä.\n')).toEqual([]);
  });

  it('classifies Swedish and English headings', async () => {
    expect(await headings('Policy\n\n1. Personuppgiftsansvarig\tAB\n2. Lagringstid\t2 år\n', 'sv')).toEqual([
      [3, '1', 'Personuppgiftsansvarig', ['controller']],
      [4, '2', 'Lagringstid', ['retention']],
    ]);
    expect(await headings('Notice\n\n1. Data controller\tLtd\n2. How long we keep your data\t2 years\n', 'en')).toEqual([
      [3, '1', 'Data controller', ['controller']],
      [4, '2', 'How long we keep your data', ['retention']],
    ]);
  });

  it('detects the language of the text', async () => {
    expect((await parseNotice('Vi behandlar dina personuppgifter och du har rätt att få tillgång till dem.', 'text')).language).toBe('sv');
    expect((await parseNotice('We process your personal data and you have the right to access it.', 'text')).language).toBe('en');
    expect((await parseNotice('Käsittelemme henkilötietoja ja sinulla on oikeus tarkastaa ne.', 'text')).language).toBe('fi');
  });
});
