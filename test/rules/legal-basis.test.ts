import { describe, expect, it } from 'vitest';
import { lint, lintRule, onlyRules } from '../helpers.js';

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
  describe('interests-undescribed points at the other places that rely on legitimate interests (related locations)', () => {
    async function related(source: string, language: 'fi' | 'sv' | 'en'): Promise<[string, number, number, [number, number, string][]][]> {
      const findings = await lint(source, 'n.md', { language, rules: onlyRules({ [rule]: 'error' }) });
      return findings.map((finding) => [
        finding.messageId,
        finding.line,
        finding.column,
        (finding.relatedLocations ?? []).map((location): [number, number, string] => [location.line, location.column, location.message]),
      ]);
    }
    it('en: reported at the first citation (line 3), the second (line 5) is related; two citations on one line count once', async () => {
      const source = '## Legal basis\n\nAnalytics: legitimate interest (Art. 6(1)(f)).\n\nSecurity logs: Art. 6(1)(f).\n';
      expect(await related(source, 'en')).toEqual([['interests-undescribed', 3, 12, [[5, 16, 'Legitimate interests are relied on here too.']]]]);
    });
    it('fi: the related message is Finnish', async () => {
      const source = '## Oikeusperuste\n\nAnalytiikka: 6 art. 1 f.\n\nLokit: 6 art. 1 f.\n';
      expect(await related(source, 'fi')).toEqual([['interests-undescribed', 3, 14, [[5, 8, 'Myös tässä käsittely perustuu oikeutettuun etuun.']]]]);
    });
    it('sv: one citation → no related location', async () => {
      expect(await related('## Rättslig grund\n\nVi behandlar uppgifterna med stöd av berättigat intresse.\n', 'sv')).toEqual([['interests-undescribed', 3, 38, []]]);
    });
  });
});
