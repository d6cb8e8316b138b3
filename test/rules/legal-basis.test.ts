import { describe, expect, it } from 'vitest';
import { lint, lintRule, onlyRules } from '../helpers.js';

const rule = 'legal-basis';

describe(rule, () => {
  it('fi: a heading that promises a basis but gives none → missing, at that heading', async () => {
    expect(
      await lintRule(rule, 'Seloste\n\n5. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste\tAsiakassuhteen hoitaminen.\n', 'n.txt', { language: 'fi' }),
    ).toEqual([['missing', 3, 1]]);
  });
  it('sv: legitimate interests without the interest → interests-undescribed', async () => {
    expect(await lintRule(rule, '## Rättslig grund\n\nVi behandlar uppgifterna med stöd av berättigat intresse.\n', 'n.md', { language: 'sv' })).toEqual([
      ['interests-undescribed', 3, 38],
    ]);
  });
  it('en: no basis anywhere → missing at the document start', async () => {
    expect(await lintRule(rule, 'We collect your email address.\n', 'n.md', { language: 'en' })).toEqual([['missing', 1, 1]]);
  });
  it('accepts bases in words or article numbers, and described interests', async () => {
    expect(await lintRule(rule, '## Käsittelyperuste\n\n- 6 artiklan 1 e-kohta: yleistä etua koskeva tehtävä\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Rättslig grund\n\nBehandlingen grundar sig på avtal.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(
      await lintRule(rule, '## Legal basis\n\nWe rely on our legitimate interests in preventing fraud (Article 6(1)(f)).\n', 'n.md', { language: 'en' }),
    ).toEqual([]);
  });
  it('does not read consent withdrawal in the rights list as a basis', async () => {
    expect(
      await lintRule(rule, '## Tarkoitus ja oikeusperuste\n\nAsiakassuhteen hoito.\n\n## Oikeudet\n\nSuostumuksen peruuttaminen.\n', 'n.md', {
        language: 'fi',
      }),
    ).toEqual([['missing', 1, 4]]);
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
      expect(await related('## Rättslig grund\n\nVi behandlar uppgifterna med stöd av berättigat intresse.\n', 'sv')).toEqual([
        ['interests-undescribed', 3, 38, []],
      ]);
    });
  });
});

describe(`${rule}: bases written as citations`, () => {
  it('fi: "6 artiklan 1 kohdan b ja f alakohta" gives both letters, so the interest is owed a description', async () => {
    expect(await lintRule(rule, '## Oikeusperuste\n\nTietosuoja-asetuksen 6 artiklan 1 kohdan b ja f alakohta.\n', 'n.md', { language: 'fi' })).toEqual([
      ['interests-undescribed', 3, 47],
    ]);
  });
  it('fi: "artikla 6 kohta 1 a" outside a basis section', async () => {
    expect(await lintRule(rule, '## Tarkoitus\n\nUutiskirjeen lähettäminen (artikla 6 kohta 1 a).\n', 'n.md', { language: 'fi' })).toEqual([]);
  });
  it('sv: "artikel 6.1 a, b och f" gives three letters', async () => {
    expect(await lintRule(rule, '## Rättslig grund\n\nArtikel 6.1 a, b och f.\n', 'n.md', { language: 'sv' })).toEqual([['interests-undescribed', 3, 22]]);
  });
  it('en: "Art. 6 para. 1 lit. f" names legitimate interests', async () => {
    expect(await lintRule(rule, '## Purposes\n\nServer logs are kept for security (Art. 6 para. 1 lit. f GDPR).\n', 'n.md', { language: 'en' })).toEqual([
      ['interests-undescribed', 3, 36],
    ]);
  });
  it('en: the article "a" after a citation is no further letter (consent would bring withdrawal)', async () => {
    const source =
      '## Legal basis\n\nArticle 6(1)(b), a contract with you.\n\n## Your rights\n\nYou have the right of access, rectification, erasure, restriction and data portability, and you can complain to the supervisory authority.\n';
    expect(await lintRule('missing-right', source, 'n.md', { language: 'en' })).toEqual([]);
  });
});

describe(`${rule}: bases stated without a basis heading`, () => {
  it('en: a table cell that is only a basis', async () => {
    const source = '## What we process\n\n| Data | Purpose | Basis |\n|---|---|---|\n| Email | Newsletter | Consent |\n';
    expect(await lintRule(rule, source, 'n.md', { language: 'en' })).toEqual([]);
    const notOnly = '## What we process\n\n| Data | Purpose |\n|---|---|\n| Email | Consent forms for events |\n';
    expect(await lintRule(rule, notOnly, 'n.md', { language: 'en' })).toEqual([['missing', 1, 1]]);
  });
  it('fi: a list item that is only a basis', async () => {
    expect(await lintRule(rule, '## Tietojen käsittely\n\nKäsittelemme jäsenten tietoja.\n\n- Sopimus\n', 'n.md', { language: 'fi' })).toEqual([]);
  });
  it('fi, sv, en: a sentence that asks for or receives consent states consent as the basis', async () => {
    expect(await lintRule(rule, '## Uutiskirje\n\nTietojesi käsittelyyn tarvitsemme suostumuksesi.\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, '## Nyhetsbrev\n\nGenom att anmäla dig ger du ditt samtycke till behandlingen.\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, '## Newsletter\n\nBy signing up you consent to us storing your address.\n', 'n.md', { language: 'en' })).toEqual([]);
    expect(await lintRule(rule, '## Evästeet\n\nSuostumuksesi tallennetaan evästeeseen.\n', 'n.md', { language: 'fi' })).toEqual([['missing', 1, 1]]);
  });
});

describe(`${rule}: a legitimate interest described where it is named`, () => {
  it('fi: "oikeutettu etu jäsenrekisterin ylläpitämiseksi", and a purpose before a colon', async () => {
    expect(await lintRule(rule, '## Oikeusperuste\n\n- Oikeutettu etu jäsenrekisterin ylläpitämiseksi (6 artiklan 1 f)\n', 'n.md', { language: 'fi' })).toEqual(
      [],
    );
    expect(
      await lintRule(
        rule,
        '## Tarkoitukset\n\n- Asiakaspalautteen käsittely ja palvelun kehittäminen: oikeusperusteena oikeutettu etu (6 art. 1 f).\n',
        'n.md',
        { language: 'fi' },
      ),
    ).toEqual([]);
    expect(await lintRule(rule, '## Oikeusperuste\n\nOikeutettu etu (6 artiklan 1 f).\n', 'n.md', { language: 'fi' })).toEqual([
      ['interests-undescribed', 3, 1],
    ]);
  });
  it('sv: "berättigat intresse av att skydda tjänsten"', async () => {
    expect(
      await lintRule(rule, '## Rättslig grund\n\nVi behandlar loggar med stöd av vårt berättigade intresse (art. 6.1 f) av att skydda tjänsten.\n', 'n.md', {
        language: 'sv',
      }),
    ).toEqual([]);
  });
  it('en: a list of bases after a colon describes no interest', async () => {
    expect(await lintRule(rule, '## Purposes\n\nOur legal bases: consent, contract and legitimate interests.\n', 'n.md', { language: 'en' })).toEqual([
      ['interests-undescribed', 3, 40],
    ]);
    expect(
      await lintRule(rule, '## Purposes\n\nOur legal bases: consent, contract and legit interests (Art. 6(1)(f)) in keeping the service safe.\n', 'n.md', {
        language: 'en',
      }),
    ).toEqual([]);
  });
});

describe(`${rule}: a list introduced by a basis sentence`, () => {
  it('en, sv: the items after "… is based on:" state the basis', async () => {
    const en = '## Newsletter\n\nSending the newsletter is based on:\n\n- the agreement you accept when you sign up, that is a contract with you\n';
    expect(await lintRule(rule, en, 'n.md', { language: 'en' })).toEqual([]);
    const sv = '## Nyhetsbrev\n\nUtskicket grundar sig på följande:\n\n- det avtal du ingår när du anmäler dig\n';
    expect(await lintRule(rule, sv, 'n.md', { language: 'sv' })).toEqual([]);
  });
  it('a list after a sentence without a basis cue states nothing', async () => {
    expect(await lintRule(rule, '## Newsletter\n\nWe send the newsletter to:\n\n- people who signed a contract with us\n', 'n.md', { language: 'en' })).toEqual(
      [['missing', 1, 1]],
    );
  });
});
