import { describe, expect, it } from 'vitest';
import { lint, lintRule, of } from '../helpers.js';

/** With every rule at its default, so the rules that cover elements in depth are on. */
const lintDefaults = async (source: string, file: string, language: 'fi' | 'sv' | 'en') => of(await lint(source, file, { language }), 'required-section');

const rule = 'required-section';

describe(rule, () => {
  it('fi: reports the absent controller and purposes at the document start', async () => {
    expect(await lintDefaults('Seloste\n\n1. Säilytysaika\t2 vuotta\n', 'n.txt', 'fi')).toEqual([
      ['controller', 1, 1],
      ['purposes', 1, 1],
    ]);
  });
  it('sv: art14 adds categories and source', async () => {
    const source = '---\nprofile: art14\n---\n\n## Personuppgiftsansvarig\n\nAB\n\n## Ändamål\n\nFakturering.\n';
    expect(await lintDefaults(source, 'n.md', 'sv')).toEqual([
      ['categories', 1, 1],
      ['source', 1, 1],
    ]);
  });
  it('en: leaves retention and legal basis to their own rules while those are on, reports them when off', async () => {
    const source = '## Who we are\n\nAcme Ltd.\n\n## Purposes\n\nInvoicing.\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'en' })).toEqual([
      ['legal-basis', 1, 1],
      ['retention', 1, 1],
      ['rights', 1, 1],
      ['complaint', 1, 1],
    ]);
  });
  it('reports nothing when every required element is given', async () => {
    expect(await lintDefaults('## Rekisterinpitäjä\n\nOy\n\n## Tarkoitus\n\nLaskutus.\n', 'n.md', 'fi')).toEqual([]);
  });

  describe('elements stated in sentences, without headings of their own', () => {
    const purposesAndController = async (source: string, language: 'fi' | 'sv' | 'en') =>
      (await lintDefaults(source, 'n.md', language)).filter(([element]) => element === 'controller' || element === 'purposes');
    it('fi: the controller by its role with contact details, purposes by what the data is used for', async () => {
      const source =
        '# Tietosuojaseloste\n\nSivustoa ylläpitää Maija Virtanen (rekisterinpitäjä), maija.virtanen(a)example.fi.\n\nTietoja käytetään tilausten käsittelemiseen.\n';
      expect(await purposesAndController(source, 'fi')).toEqual([]);
    });
    it('sv: an organisation number and an e-mail address in one section name the controller', async () => {
      const source =
        '# Integritetspolicy\n\n## Kontakt\n\nBolaget AB, org.nr 556000-0000, info@bolaget.se\n\nVi använder dina uppgifter för att skicka nyhetsbrev.\n';
      expect(await purposesAndController(source, 'sv')).toEqual([]);
    });
    it('en: the role named without any contact details is no identity; a company named apart from the contact details neither', async () => {
      expect(await purposesAndController('# Privacy notice\n\nWe process data as a controller in order to run events.\n', 'en')).toEqual([
        ['controller', 1, 1],
      ]);
      const apart = '# Privacy notice\n\n## Hosting\n\nHosted by Hoster GmbH in order to serve the site.\n\n## Questions\n\nWrite to help@example.org.\n';
      expect(await purposesAndController(apart, 'en')).toEqual([['controller', 1, 1]]);
    });
    it('sv, en: no purpose stated anywhere is still reported', async () => {
      expect(await purposesAndController('## Personuppgiftsansvarig\n\nBolaget AB, info@bolaget.se\n\n## Lagringstid\n\nTvå år.\n', 'sv')).toEqual([
        ['purposes', 1, 1],
      ]);
      expect(await purposesAndController('## Controller\n\nAcme Ltd, hello@acme.test\n\n## Hosting\n\nThe site is hosted with a provider.\n', 'en')).toEqual([
        ['purposes', 1, 1],
      ]);
    });
  });
});
