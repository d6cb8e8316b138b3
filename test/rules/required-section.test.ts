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
});
