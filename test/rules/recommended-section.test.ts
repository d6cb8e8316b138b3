import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'recommended-section';

describe(rule, () => {
  it('fi: reports each absent recommended element at the document start', async () => {
    expect(await lintRule(rule, '## Rekisterinpitäjä\n\nOy Ab\n', 'n.md', { language: 'fi' })).toEqual([
      ['dpo', 1, 1],
      ['automated-decisions', 1, 1],
      ['requirement', 1, 1],
      ['transfers', 1, 1],
    ]);
  });
  it('sv and en: statements in running text count, headings too', async () => {
    const sv =
      '## Dataskyddsombud\n\ndso@ab.se\n\nVi använder inte automatiserat beslutsfattande. Du är inte skyldig att lämna uppgifter. Vi överför inte uppgifter utanför EU/EES.\n';
    expect(await lintRule(rule, sv, 'n.md', { language: 'sv' })).toEqual([]);
    const en =
      '## Automated decision-making\n\nNone.\n\nContact our data protection officer. Providing data is a contractual requirement. No data leaves the EU: we do not transfer data outside the EEA.\n';
    expect(await lintRule(rule, en, 'n.md', { language: 'en' })).toEqual([]);
  });
  it('en: reports only what is missing', async () => {
    expect(await lintRule(rule, '## Data protection officer\n\ndpo@x.ie\n\n## Automated decisions\n\nNone.\n', 'n.md', { language: 'en' })).toEqual([
      ['requirement', 1, 1],
      ['transfers', 1, 1],
    ]);
  });
  it('fi, sv, en: profiling named inside a right is no statement on automated decisions', async () => {
    const only = async (source: string, language: 'fi' | 'sv' | 'en') =>
      (await lintRule(rule, source, 'n.md', { language })).filter(([id]) => id === 'automated-decisions');
    expect(await only('## Rekisteröidyn oikeudet\n\nSinulla on oikeus vastustaa käsittelyä, myös profilointia.\n', 'fi')).toEqual([
      ['automated-decisions', 1, 1],
    ]);
    expect(await only('## Dina rättigheter\n\nDu har rätt att invända mot behandling, inklusive profilering.\n', 'sv')).toEqual([
      ['automated-decisions', 1, 1],
    ]);
    expect(await only('## Your rights\n\nYou may object to processing, including profiling, and receive data processed by automated means.\n', 'en')).toEqual([
      ['automated-decisions', 1, 1],
    ]);
    expect(await only('## Your rights\n\nYou may object.\n\n## Profiling\n\nWe do not use profiling.\n', 'en')).toEqual([]);
  });
  it('fi, sv, en: which data is mandatory and which voluntary states the requirement', async () => {
    const requirement = async (source: string, language: 'fi' | 'sv' | 'en') =>
      (await lintRule(rule, source, 'n.md', { language })).filter(([id]) => id === 'requirement');
    expect(await requirement('Lomakkeen pakolliset tiedot: nimi. Vapaaehtoiset tiedot: puhelin.\n', 'fi')).toEqual([]);
    expect(await requirement('Obligatoriska uppgifter är namn och e-post.\n', 'sv')).toEqual([]);
    expect(await requirement('Providing the data is neither legally nor contractually required.\n', 'en')).toEqual([]);
    expect(await requirement('We keep your name.\n', 'en')).toEqual([['requirement', 1, 1]]);
  });
});
