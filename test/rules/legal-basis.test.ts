import { describe, expect, it } from 'vitest';
import { lintRule } from '../helpers.js';

const rule = 'legal-basis';

describe(rule, () => {
  it('fi: a heading that promises a basis but gives none → missing, at that heading', async () => {
    expect(await lintRule(rule, 'Seloste\n\n5. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste\tAsiakassuhteen hoitaminen.\n', 'n.txt', { language: 'fi' })).toEqual([['missing', 3, 1]]);
  });
  it('sv: legitimate interests without the interest → interests-undescribed', async () => {
    expect(await lintRule(rule, '## Rättslig grund\n\nVi behandlar uppgifterna med stöd av berättigat intresse.\n', 'n.md', { language: 'sv' })).toEqual([['interests-undescribed', 3, 38]]);
  });
  it('en: no basis anywhere → missing at the document start', async () => {
    expect(await lintRule(rule, 'We collect your email address.\n', 'n.md', { language: 'en' })).toEqual([['missing', 1, 1]]);
  });
  it('accepts bases in words or article numbers, and described interests', async () => {
    expect(await lintRule(rule, '## Käsittelyperuste\n\n- 6 artiklan 1 e-kohta: yleistä etua koskeva tehtävä\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Rättslig grund\n\nBehandlingen grundar sig på avtal.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '## Legal basis\n\nWe rely on our legitimate interests in preventing fraud (Article 6(1)(f)).\n', 'n.md', { language: 'en' })).toEqual([]);
  });
  it('does not read consent withdrawal in the rights list as a basis', async () => {
    expect(await lintRule(rule, '## Tarkoitus ja oikeusperuste\n\nAsiakassuhteen hoito.\n\n## Oikeudet\n\nSuostumuksen peruuttaminen.\n', 'n.md', { language: 'fi' })).toEqual([['missing', 1, 4]]);
  });
});
