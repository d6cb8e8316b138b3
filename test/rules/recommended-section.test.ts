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
    const sv = '## Dataskyddsombud\n\ndso@ab.se\n\nVi använder inte automatiserat beslutsfattande. Du är inte skyldig att lämna uppgifter. Vi överför inte uppgifter utanför EU/EES.\n';
    expect(await lintRule(rule, sv, 'n.md', { language: 'sv' })).toEqual([]);
    const en = '## Automated decision-making\n\nNone.\n\nContact our data protection officer. Providing data is a contractual requirement. No data leaves the EU: we do not transfer data outside the EEA.\n';
    expect(await lintRule(rule, en, 'n.md', { language: 'en' })).toEqual([]);
  });
  it('en: reports only what is missing', async () => {
    expect(await lintRule(rule, '## Data protection officer\n\ndpo@x.ie\n\n## Automated decisions\n\nNone.\n', 'n.md', { language: 'en' })).toEqual([
      ['requirement', 1, 1],
      ['transfers', 1, 1],
    ]);
  });
});
