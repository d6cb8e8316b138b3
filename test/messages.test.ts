import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/lint-files.js';
import { messageCatalogue } from '../src/lexicon/index.js';
import { LANGUAGES, type Language } from '../src/model/types.js';
import { RULES } from '../src/rules/index.js';
import { basisCitation, CORE_SECTION, DESCRIPTIONS_SECTION, formatArticle, formatMessage, MessageCatalogueError } from '../src/rules/messages.js';
import { lint, onlyRules, REFERENCE_DATE, runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');

function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

describe('the message catalogue (rules/messages/{fi,sv,en}.yaml)', () => {
  const english = messageCatalogue('en');

  it('has every entry in every language, with the same placeholders', () => {
    for (const language of LANGUAGES) {
      const catalogue = messageCatalogue(language);
      expect(Object.keys(catalogue).sort(), language).toEqual(Object.keys(english).sort());
      for (const [section, entries] of Object.entries(english)) {
        expect(Object.keys(catalogue[section] ?? {}).sort(), `${language} ${section}`).toEqual(Object.keys(entries).sort());
        for (const [key, template] of Object.entries(entries)) {
          expect(placeholders(catalogue[section]?.[key] ?? ''), `${language} ${section}/${key}`).toEqual(placeholders(template));
        }
      }
    }
  });

  it('describes every rule, and every messageId a rule declares has a text', () => {
    for (const language of LANGUAGES) {
      for (const { meta } of RULES) {
        expect(messageCatalogue(language)[DESCRIPTIONS_SECTION]?.[meta.id], `${language} ${meta.id}`).toBeTruthy();
        const templates = meta.id === 'required-section' ? ['missing'] : meta.messageIds;
        for (const id of templates) expect(messageCatalogue(language)[meta.id]?.[id], `${language} ${meta.id}/${id}`).toBeTruthy();
      }
    }
  });

  it('cites articles in each language\'s own style: no "13(1)(a)" in Finnish or Swedish, no "13 art." in English', () => {
    const texts = (language: Language): string[] => Object.values(messageCatalogue(language)).flatMap((entries) => Object.values(entries));
    for (const language of ['fi', 'sv'] as const) {
      expect(
        texts(language).filter((text) => /\d\(\d+\)/.test(text)),
        language,
      ).toEqual([]);
    }
    expect(texts('sv').filter((text) => /\d+ art\./.test(text))).toEqual([]);
    expect(texts('en').filter((text) => /\d+ art\.|art\. \d+\.\d/.test(text))).toEqual([]);
  });
});

describe('formatArticle: one citation style per language', () => {
  it.each([
    ['13(1)(a), 14(1)(a)', '13 art. 1 a, 14 art. 1 a', 'art. 13.1 a, 14.1 a', 'Art. 13(1)(a), 14(1)(a)'],
    ['12(1)', '12 art. 1 kohta', 'art. 12.1', 'Art. 12(1)'],
    ['13, 14', '13 art., 14 art.', 'art. 13, 14', 'Art. 13, 14'],
    ['13(2)(b)–(d)', '13 art. 2 b–d', 'art. 13.2 b–d', 'Art. 13(2)(b)–(d)'],
    ['13(1)(f), 44–49', '13 art. 1 f, 44–49 art.', 'art. 13.1 f, 44–49', 'Art. 13(1)(f), 44–49'],
  ])('%s', (reference, fi, sv, en) => {
    expect([formatArticle(reference, 'fi'), formatArticle(reference, 'sv'), formatArticle(reference, 'en')]).toEqual([fi, sv, en]);
  });

  it('cites legal bases the same way', () => {
    expect([basisCitation(['a', 'b'], 'fi'), basisCitation(['a', 'b'], 'sv'), basisCitation(['a', 'b'], 'en')]).toEqual([
      '6 art. 1 a, 6 art. 1 b',
      'art. 6.1 a, 6.1 b',
      'Art. 6(1)(a), 6(1)(b)',
    ]);
  });

  it("required-section words the element's article in the notice's language", async () => {
    const findings = await lint('# Tietosuojaseloste\n\nTeksti.\n', 'n.md', { language: 'fi', rules: onlyRules({ 'required-section': 'error' }) });
    expect(findings.find((finding) => finding.messageId === 'controller')).toMatchObject({
      ruleId: 'required-section',
      line: 1,
      message: 'Selosteesta puuttuu rekisterinpitäjän yhteystiedot (tietosuoja-asetus 13 art. 1 a, 14 art. 1 a). Lisää kohta, jossa se kerrotaan.',
    });
    const swedish = await lint('# Integritetspolicy\n\nText.\n', 'n.md', { language: 'sv', rules: onlyRules({ 'required-section': 'error' }) });
    expect(swedish.find((finding) => finding.messageId === 'retention')?.message).toContain('(dataskyddsförordningen art. 13.2 a)');
  });
});

describe('strict mode (NOTICELINT_STRICT_MESSAGES=1, on in the test configuration)', () => {
  it('throws on an unknown message id, and on a placeholder left unfilled or empty', () => {
    expect(process.env.NOTICELINT_STRICT_MESSAGES).toBe('1');
    expect(() => formatMessage('fi', 'retention-period', 'no-such-id')).toThrow(MessageCatalogueError);
    expect(() => formatMessage('sv', 'retention-period', 'vague')).toThrow(/\{phrase\}/);
    expect(() => formatMessage('en', 'transfer-contradiction', 'contradiction', { name: '' })).toThrow(/empty/);
    expect(formatMessage('en', 'retention-period', 'vague', { phrase: 'as needed' })).toMatch(/^"as needed" is not a retention period/);
  });

  it('without it, a gap shows the English text or the visible placeholder rather than losing the finding', () => {
    const saved = process.env.NOTICELINT_STRICT_MESSAGES;
    delete process.env.NOTICELINT_STRICT_MESSAGES;
    try {
      expect(formatMessage('fi', 'retention-period', 'no-such-id')).toBe('retention-period: no-such-id');
      expect(formatMessage('sv', 'retention-period', 'vague')).toContain('"{phrase}"');
    } finally {
      process.env.NOTICELINT_STRICT_MESSAGES = saved;
    }
  });

  it('fills every message of every corpus notice, seed and example in all three locales', async () => {
    const folders = ['fixtures/corpus/notices', 'fixtures/seeds', 'fixtures/examples'];
    const files = folders.flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => /\.(md|txt|yaml)$/.test(name) && name !== 'expected.yaml')
        .map((name) => join(root, folder, name)),
    );
    expect(files.length).toBeGreaterThan(40);
    const everyRule = Object.fromEntries(RULES.map(({ meta }) => [meta.id, 'warn' as const]));
    for (const locale of LANGUAGES) {
      for (const file of files) {
        const result = await lintFile(file, { now: REFERENCE_DATE, locale, rules: everyRule, reportUnusedDisableDirectives: true });
        // Strict mode would have thrown, and lintFile does not catch that; this guards the non-strict path too.
        // "{{date}}" quoted from a template is the notice's text, not a placeholder of ours.
        expect(
          result.messages.filter((message) => /(?<!\{)\{\w+\}(?!\})|\(\)|""/.test(message.message)).map((message) => message.message),
          file,
        ).toEqual([]);
      }
    }
  });
});

describe('transfer-contradiction and transfer-safeguards name what they found', () => {
  const denial = '## Siirrot\n\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n\n## Palvelimet\n\n';

  it('a service by its name', async () => {
    const findings = await lint(`${denial}Käytämme Mailchimp-palvelua.\n`, 'n.md', { language: 'fi', rules: onlyRules({ 'transfer-contradiction': 'error' }) });
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.line, finding.message])).toEqual([
      [
        'transfer-contradiction',
        'contradiction',
        7,
        'Selosteen mukaan tietoja ei siirretä EU:n/ETA:n ulkopuolelle, mutta käytössä on Mailchimp (tietosuoja-asetus 13 art. 1 f). Kerro siirrosta ja sen suojatoimista, tai kerro että käytetään EU-aluetta.',
      ],
    ]);
    expect(findings[0]?.relatedLocations).toEqual([
      { line: 3, column: 1, endLine: 3, endColumn: 49, message: 'Toteamus, ettei tietoja siirretä EU:n/ETA:n ulkopuolelle.' },
    ]);
  });

  it('a statement that data goes abroad by quoting it, not as a service "in use"', async () => {
    // Used to read "…mutta käytössä on EU:n tai ETA:n ulkopuolelle": the place was passed as a service name.
    const source = `${denial}Osa tiedoista tallennetaan EU:n tai ETA:n ulkopuolelle.\n`;
    const findings = await lint(source, 'n.md', { language: 'fi', rules: onlyRules({ 'transfer-contradiction': 'error' }) });
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.line])).toEqual([['transfer-contradiction', 'contradiction', 7]]);
    expect(findings[0]?.message).toBe(
      'Selosteen mukaan tietoja ei siirretä EU:n/ETA:n ulkopuolelle, mutta tässä kerrotaan siirrosta ("Osa tiedoista tallennetaan EU:n tai ETA:n ulkopuolelle.") (tietosuoja-asetus 13 art. 1 f). Korjaa kohdat vastaamaan toisiaan.',
    );
    expect(findings[0]?.message).not.toContain('käytössä on');
  });

  it('transfer-safeguards quotes a statement the same way', async () => {
    const findings = await lint('## Transfers\n\nSome data is stored outside the EEA.\n', 'n.md', {
      language: 'en',
      rules: onlyRules({ 'transfer-safeguards': 'error' }),
    });
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.line])).toEqual([['transfer-safeguards', 'missing', 3]]);
    expect(findings[0]?.message).toMatch(/^A transfer outside the EU\/EEA is stated \("Some data is stored outside the EEA\."\) but no safeguard is named/);
  });
});

describe("engine messages in the user's language: --locale, else the notice's language, else English", () => {
  it('read failures: English by default, the --locale or the declared language otherwise', async () => {
    const dir = await tempTree({ 'empty.md': '' });
    const message = async (options: Parameters<typeof lintFile>[1]): Promise<string | undefined> =>
      (await lintFile(join(dir, 'empty.md'), options, dir)).messages[0]?.message;
    expect(await message({})).toBe('The file is empty.');
    expect(await message({ locale: 'fi' })).toBe('Tiedosto on tyhjä.');
    expect(await message({ language: 'sv' })).toBe('Filen är tom.');
    const missing = await lintFile(join(dir, 'none.md'), { locale: 'sv' }, dir);
    expect(missing.messages[0]).toMatchObject({ ruleId: null, messageId: 'not-found', fatal: true, line: 1, message: 'Filen eller mappen finns inte.' });
  });

  it('too-large names the sizes in every language', async () => {
    const dir = await tempTree({ 'big.md': 'x'.repeat(200) });
    const result = await lintFile(join(dir, 'big.md'), { locale: 'fi', maxFileSize: 100 }, dir);
    expect(result.messages[0]).toMatchObject({
      messageId: 'too-large',
      message: 'Tiedosto on 200 tavua, yli 100 tavun rajan (nosta rajaa valitsimella --max-file-size).',
    });
  });

  it("the encoding warning speaks the notice's language", async () => {
    const latin1 = Buffer.from('# Tietosuojaseloste\n\nRekisterinpitäjä on Yritys Oy ja tietoja käsitellään.\n', 'latin1');
    const dir = await tempTree({ 'n.md': latin1 });
    const result = await lintFile(join(dir, 'n.md'), { now: REFERENCE_DATE }, dir);
    expect(result.messages[0]).toMatchObject({
      ruleId: null,
      messageId: 'encoding',
      severity: 1,
      line: 1,
      message: 'Tiedosto ei ole kelvollista UTF-8:aa; se luettiin merkistöllä windows-1252. Tallenna se UTF-8-muodossa.',
    });
  });

  it('YAML syntax and not-a-notice findings follow --locale', async () => {
    const broken = await lint('sections: [\n', 'n.yaml', { locale: 'sv' });
    expect(broken[0]).toMatchObject({ ruleId: null, messageId: 'yaml-syntax', fatal: true });
    expect(broken[0]?.message).toMatch(/^Ogiltig YAML: /);
    const other = await lint('name: build\non: push\n', 'ci.yaml', { locale: 'fi' });
    expect(other.map((finding) => [finding.messageId, finding.line, finding.message])).toEqual([
      [
        'not-a-notice',
        1,
        'Ei YAML-muotoinen seloste (siinä ei ole avainta "sections" tai "noticelint"); ei tarkistettu. Lisää se kohtaan "ignores", niin tätä ei näytetä.',
      ],
    ]);
    expect((await lint('name: build\n', 'ci.yaml'))[0]?.message).toMatch(/^Not a YAML notice/);
  });

  it('schema problems of a YAML notice are worded from the catalogue, keys quoted as written', async () => {
    const source = 'language: fi\nsections:\n  - element: retenshun\n    text: x\n  - heading: A\n    txt: b\n';
    const findings = await lint(source, 'notice.yaml');
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.line, finding.message])).toEqual([
      [null, 'schema', 3, expect.stringMatching(/^Virheellinen YAML-seloste: kohdan "sections\.0\.element" on oltava jokin näistä: controller, /)],
      [null, 'schema', 6, 'Virheellinen YAML-seloste: kohdassa "sections.1" on tuntematon avain "txt".'],
    ]);
    const missing = await lint('noticelint: 1\n', 'notice.yaml', { locale: 'sv' });
    expect(missing.map((finding) => [finding.messageId, finding.line, finding.message])).toEqual([
      ['schema', 1, 'Ogiltig YAML-information: informationen måste ha nyckeln "sections".'],
    ]);
  });

  it('too-complex findings are worded from the catalogue', async () => {
    const findings = await lint(`sections: ${'['.repeat(500)}${']'.repeat(500)}\n`, 'n.yaml', { locale: 'fi' });
    expect(findings.map((finding) => [finding.messageId, finding.line])).toEqual([['too-deep', 1]]);
    expect(findings[0]?.message).toMatch(/^Sisäkkäisiä tasoja on yli \d+ \(sulkeet\); ei jäsennetty\.$/);
  });
});

describe('SARIF and explain in the chosen language', () => {
  it("SARIF: related locations in the notice's language, rule descriptions in --locale", async () => {
    const dir = await tempTree({ 'n.md': '## Siirrot\n\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n\n## Palvelut\n\nKäytämme Mailchimp-palvelua.\n' });
    const { stdout } = await runCli(['-f', 'sarif', '--locale', 'sv', '--language', 'fi', 'n.md'], dir);
    const run = (
      JSON.parse(stdout) as {
        runs: {
          tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } };
          results: { ruleId: string; relatedLocations?: { message: { text: string } }[] }[];
        }[];
      }
    ).runs[0];
    const contradiction = run?.results.find((result) => result.ruleId === 'transfer-contradiction');
    expect(contradiction?.relatedLocations?.[0]?.message.text).toBe('Uppgiften att inga personuppgifter överförs utanför EU/EES.');
    const retention = run?.tool.driver.rules.find((rule) => rule.id === 'retention-period');
    expect(retention?.shortDescription.text).toBe('Ingen lagringstid eller kriterier, eller bara vag formulering som "så länge det behövs".');
    expect(retention?.help.text).toContain('Dataskyddsförordningen art. 13.2 a.');
    expect(run?.tool.driver.rules.find((rule) => rule.id === 'fatal')?.shortDescription.text).toBe(
      'Filen kunde inte läsas eller tolkas som information; inget i den granskades.',
    );
  });

  it('explain prints "GDPR" once, and accepts --locale', async () => {
    const english = await runCli(['explain', 'retention-period'], root);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('**GDPR:** Art. 13(2)(a), 14(2)(a); WP260');
    expect(english.stdout).not.toMatch(/GDPR:?\*?\*? GDPR/);
    expect(english.stdout).toContain('\nGDPR Art. 13(2)(a).\nDefault severity: error.\n');
    const finnish = await runCli(['explain', 'retention-period', '--locale', 'fi'], root);
    expect(finnish.code).toBe(0);
    expect(finnish.stdout).toContain('Tietosuoja-asetus 13 art. 2 a.\nOletusvakavuus: error.\nViestit:\n');
    expect(finnish.stdout).toContain('  vague: "{phrase}" ei ole säilytysaika');
    expect((await runCli(['explain', 'retention-period', '--locale', 'de'], root)).code).toBe(2);
  });

  it('rules --locale lists descriptions and articles in that language', async () => {
    const { code, stdout } = await runCli(['rules', '--locale', 'sv'], root);
    expect(code).toBe(0);
    expect(stdout.split('\n').find((line) => line.startsWith('retention-period'))).toMatch(/^retention-period +error +art\. 13\.2 a +Ingen lagringstid/);
  });

  it('every documentation page states its article once, without a repeated "GDPR"', () => {
    for (const { meta } of RULES) {
      const docs = readFileSync(join(root, 'docs/rules', `${meta.id}.md`), 'utf8');
      expect(docs, meta.id).toMatch(/^\*\*GDPR:\*\* Art\. /m);
    }
  });
});

describe('the core catalogue section covers every finding noticelint makes itself', () => {
  it('has a text for each messageId of read, parse and directive findings', () => {
    const core = Object.keys(messageCatalogue('en')[CORE_SECTION] ?? {});
    for (const id of [
      'empty',
      'binary',
      'encoding',
      'not-found',
      'unreadable',
      'too-large',
      'broken-symlink',
      'write-failed',
      'internal',
      'not-a-notice',
      'yaml-syntax',
      'schema-invalid',
      'schema-required',
      'unknown-rule',
      'unused-disable-directive',
    ]) {
      expect(core, id).toContain(id);
    }
  });
});

describe("report lines in the language of the run: --locale, else the notices' common language, else English", () => {
  it('stylish: the summary and the fixable line', async () => {
    const finnish = await runCli(['--no-color', '--reference-date', '2026-11-22', 'fixtures/examples/fi-defective.txt'], root);
    expect(finnish.stdout).toContain('\n✖ 19 ongelmaa (10 virhettä, 9 varoitusta)\n  1 ongelma korjattavissa valitsimella `--fix`.\n');
    const swedish = await runCli(['--no-color', '--locale', 'sv', '--reference-date', '2026-11-22', 'fixtures/examples/fi-defective.txt'], root);
    expect(swedish.stdout).toContain('\n✖ 19 problem (10 fel, 9 varningar)\n  1 problem kan troligen rättas med `--fix`.\n');
    // Notices in two languages: the report's own lines fall back to English.
    const mixed = await runCli(
      ['--no-color', '--reference-date', '2026-11-22', 'fixtures/examples/fi-defective.txt', 'fixtures/examples/sv-defective.md'],
      root,
    );
    expect(mixed.stdout).toMatch(/\n✖ \d+ problems \(\d+ errors, \d+ warnings\)\n/);
  });

  it('the --max-warnings notice, and the plural forms', async () => {
    const dir = await tempTree({ 'old.md': readFileSync(join(root, 'fixtures/examples/fi-valid.md'), 'utf8').replace('date: 2026-09-01', 'date: 2019-01-01') });
    const { code, stderr } = await runCli(['--reference-date', '2026-11-22', '--max-warnings', '0', 'old.md'], dir);
    expect([code, stderr]).toEqual([1, 'noticelint löysi liikaa varoituksia (enintään 0).\n']);
    const { countOf } = await import('../src/rules/messages.js');
    expect([countOf('fi', 'warnings', 1), countOf('fi', 'warnings', 2), countOf('sv', 'warnings', 2), countOf('en', 'errors', 0)]).toEqual([
      '1 varoitus',
      '2 varoitusta',
      '2 varningar',
      '0 errors',
    ]);
  });
});
