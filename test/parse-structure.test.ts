import { describe, expect, it } from 'vitest';
import type { Language } from '../src/model/types.js';
import { NoticeSource } from '../src/analysis/source.js';
import { parseNotice } from '../src/parse/index.js';
import { LineIndex } from '../src/text/lines.js';
import { lint, onlyRules } from './helpers.js';

/** [line, heading, elements] of every section with a heading. */
async function headings(source: string, language: Language, kind: 'markdown' | 'text' = 'markdown'): Promise<[number, string, string[]][]> {
  const notice = await parseNotice(source, kind, { language });
  const lines = new LineIndex(source);
  return notice.sections
    .filter((section) => section.heading !== '')
    .map((section) => [lines.position(section.headingRange.start).line, section.heading, section.elements]);
}

describe('headings written without #', () => {
  it('fi: a bold line with its body on the next line', async () => {
    const source = '# Seloste\n\n**Rekisterinpitäjän nimi ja osoite**\nEsimerkki Oy\nKatu 1\n\n**Tietojen käyttötarkoitus**\nLaskutus.\n';
    expect(await headings(source, 'fi')).toEqual([
      [3, 'Rekisterinpitäjän nimi ja osoite', ['controller']],
      [7, 'Tietojen käyttötarkoitus', ['purposes']],
    ]);
  });
  it('sv: a bold label with its value on the same line is a heading only when the lexicon knows it', async () => {
    const source = '# Integritetspolicy\n\n**Rättslig grund:** avtal.\n\n**Företag:** Bolaget AB\n';
    expect(await headings(source, 'sv')).toEqual([[3, 'Rättslig grund', ['legal-basis']]]);
  });
  it('en: a label line ending in a colon; a sentence ending in a colon stays text', async () => {
    const source =
      '# Privacy notice\n\nRetention period:\nTwo years after the contract ends.\n\nWe collect the following data about you when you register:\nname, e-mail.\n';
    expect(await headings(source, 'en')).toEqual([[3, 'Retention period', ['retention']]]);
  });
  it('fi, sv, en: a title line the lexicon knows, alone in its paragraph, is a heading — not when it opens a section or ends a sentence', async () => {
    expect(await headings('Johdanto.\n\nTietojen säilytysaika\n\nKaksi vuotta.\n', 'fi')).toEqual([[3, 'Tietojen säilytysaika', ['retention']]]);
    expect(await headings('Inledning.\n\nÖverföring utanför EU/EES\n\nSker inte.\n', 'sv')).toEqual([[3, 'Överföring utanför EU/EES', ['transfers']]]);
    expect(await headings('## Data we process\n\nWe process the following data as a controller\n\nName, e-mail.\n', 'en')).toEqual([
      [1, 'Data we process', []],
    ]);
    expect(await headings('Intro.\n\nThe retention period is two years.\n', 'en')).toEqual([]);
  });
  it('fi: numbered list items that name elements are sections; their sub-lists stay bodies', async () => {
    const source = '# Seloste\n\n1. Rekisterinpitäjä\n   Esimerkki Oy\n2. Henkilötietojen säilytysaika\n   Kaksi vuotta.\n';
    expect(await headings(source, 'fi')).toEqual([
      [3, 'Rekisterinpitäjä', ['controller']],
      [5, 'Henkilötietojen säilytysaika', ['retention']],
    ]);
  });
  it('sv, en: ordinary numbered lists stay lists', async () => {
    expect(await headings('## Uppgifter\n\n1. Namn\n2. Adress\n3. Telefonnummer\n', 'sv')).toEqual([[1, 'Uppgifter', []]]);
    expect(await headings('## Your rights\n\n1. You can ask for a copy.\n2. You can object to processing.\n', 'en')).toEqual([[1, 'Your rights', ['rights']]]);
    // A list of element names with no text under them is a table of contents, not sections.
    expect(await headings('## Contents\n\n1. The controller\n2. Retention period\n3. Your rights\n', 'en')).toEqual([[1, 'Contents', []]]);
  });
  it('en: table cells are not headings unless the header names elements', async () => {
    expect(await headings('## Processors\n\n| Service | Country |\n| --- | --- |\n| Hosting | Germany |\n', 'en')).toEqual([[1, 'Processors', ['recipients']]]);
    const source = '## Processing\n\n| Purpose | Legal basis | Retention |\n| --- | --- | --- |\n| Billing | Contract | 7 years |\n';
    expect(await headings(source, 'en')).toEqual([
      [1, 'Processing', []],
      [3, 'Purpose', ['purposes']],
      [3, 'Legal basis', ['legal-basis']],
      [3, 'Retention', ['retention']],
    ]);
  });
  it('sv: pipe rows without the |---| line still have a header naming elements', async () => {
    const source = '## Behandling\n\n| Uppgifter | Ändamål | Rättslig grund |\n| Namn | Fakturering | Avtal |\n\nMer text.\n';
    const notice = await parseNotice(source, 'markdown', { language: 'sv' });
    expect(await headings(source, 'sv')).toEqual([
      [1, 'Behandling', []],
      [3, 'Ändamål', ['purposes']],
      [3, 'Rättslig grund', ['legal-basis']],
    ]);
    expect(new NoticeSource(notice).facts.legalBases.map((fact) => fact.basis)).toEqual(['b']);
  });
  it('sv: text before pipe rows stays the preamble, and the columns keep their bodies', async () => {
    const source = 'Inledning.\n\n| Uppgifter | Ändamål | Rättslig grund |\n| Namn | Fakturering | Avtal |\n\nMer text.\n';
    const notice = await parseNotice(source, 'markdown', { language: 'sv' });
    const body = (heading: string): string => {
      const section = notice.sections.find((candidate) => candidate.heading === heading);
      return section ? source.slice(section.bodyRange.start, section.bodyRange.end).trim() : '';
    };
    expect(notice.sections.map((section) => section.heading)).toEqual(['', 'Ändamål', 'Rättslig grund']);
    expect(body('')).toBe('Inledning.');
    expect(body('Ändamål')).toBe('| Namn | Fakturering | Avtal |');
    expect(body('Rättslig grund')).toBe('| Namn | Fakturering | Avtal |\n\nMer text.');
  });
  it('fi: a first # heading that names an element is a section, not the title', async () => {
    const notice = await parseNotice('# Henkilörekisterin tarkoitus\n\nTapahtumat.\n\n# Tietojen lähteet\n\nIlmoittautuminen.\n', 'markdown', {
      language: 'fi',
    });
    expect(notice.title).toBeUndefined();
    expect(notice.sections.map((section) => section.elements)).toEqual([['purposes'], ['source']]);
  });
  it('sv: HTML headings inside a raw HTML block, whose text is notice text', async () => {
    const source = '# Integritetspolicy\n\n<h2>Lagringstid</h2>\n<p>Uppgifterna sparas i <b>två år</b>.</p>\n<script>var x = "sparas i tio år";</script>\n';
    const notice = await parseNotice(source, 'markdown', { language: 'sv' });
    expect(await headings(source, 'sv')).toEqual([[3, 'Lagringstid', ['retention']]]);
    expect(notice.text).toContain('Uppgifterna sparas i    två år    .');
    expect(notice.text).not.toContain('tio år');
  });
});

describe('sub-sections belong to their parent element', () => {
  const rightsAndBasis = async (source: string, language: Language) =>
    (await lint(source, 'n.md', { language, rules: onlyRules({ 'missing-right': 'error', 'legal-basis': 'error' }) })).map(
      (finding) => `${finding.ruleId}/${finding.messageId}`,
    );
  it('fi: rights under "Rekisteröidyn oikeudet" sub-headings, a basis under the legal-basis heading', async () => {
    const source =
      '## Oikeusperuste\n\n### Sopimus\n\nLaskutus.\n\n## Rekisteröidyn oikeudet\n\n### Tiedot\n\nVoit tarkastaa, oikaista ja poistaa tietosi sekä rajoittaa käsittelyä. Voit siirtää tiedot järjestelmästä toiseen.\n\n### Valitus\n\nVoit tehdä valituksen valvontaviranomaiselle.\n';
    expect(await rightsAndBasis(source, 'fi')).toEqual([]);
  });
  it('sv: a consent sub-heading under the legal basis is a basis, not only the withdrawal right', async () => {
    const source =
      '## Rättslig grund\n\n### Samtycke\n\nNyhetsbrev.\n\n## Dina rättigheter\n\nDu har rätt till tillgång, rättelse, radering, begränsning och dataportabilitet, och att återkalla ditt samtycke. Du kan lämna klagomål till IMY.\n';
    expect(await rightsAndBasis(source, 'sv')).toEqual([]);
  });
  it('en: a rights sub-section that names no right still counts as the rights section', async () => {
    const source =
      '## Legal basis\n\nContract.\n\n## Your rights\n\n### What you can do\n\nYou can access, rectify, erase and restrict your data and ask for data portability.\n\n### Complaints\n\nLodge a complaint with the supervisory authority.\n';
    expect(await rightsAndBasis(source, 'en')).toEqual([]);
  });
});

describe('plain text pasted from a word processor', () => {
  it('fi, sv, en: a label line the lexicon knows, with its body below, is a heading', async () => {
    expect(await headings('Seloste\n\nRekisterinpitäjä:\nEsimerkki Oy\n', 'fi', 'text')).toEqual([[3, 'Rekisterinpitäjä:', ['controller']]]);
    expect(await headings('Integritetspolicy\n\nLagringstid:\nTvå år.\nVi samlar in följande:\nnamn\n', 'sv', 'text')).toEqual([
      [3, 'Lagringstid:', ['retention']],
    ]);
    expect(await headings('Privacy notice\n\nYou have these rights as a data subject:\naccess\n', 'en', 'text')).toEqual([]);
  });
  it('fi, sv, en: list markers before a tab are list items, not heading<TAB>body rows', async () => {
    expect(await headings('Seloste\n\n1. Säilytysaika\n\n•\tasiakastiedot\n-\tlaskut\n', 'fi', 'text')).toEqual([[3, 'Säilytysaika', ['retention']]]);
    expect(await headings('Integritetspolicy\n\nLagringstid\n\no\tkunduppgifter\n1)\tfakturor\n', 'sv', 'text')).toEqual([[3, 'Lagringstid', ['retention']]]);
    expect(await headings('Privacy notice\n\nRetention\n\na)\tcustomer data\n(2)\tinvoices\n', 'en', 'text')).toEqual([[3, 'Retention', ['retention']]]);
  });
});
