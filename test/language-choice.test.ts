import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearlyOtherLanguage, MISMATCH_MIN_HITS, MISMATCH_RATIO } from '../src/language-choice.js';
import type { Finding } from '../src/model/types.js';
import { lint, runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const example = (name: string): string => readFileSync(join(root, 'fixtures/examples', name), 'utf8');
/** An English notice with no front matter: only the text tells its language. */
const ENGLISH = example('en-defective.md');
/** Two lines of English: too little text to overrule a configuration. */
const SHORT_ENGLISH = '## Who we are\n\nAcme Ltd is the controller.\n';

const mismatches = (findings: readonly Finding[]): [string | null, string, number, number, number][] =>
  findings
    .filter((finding) => finding.messageId === 'language-mismatch')
    .map((finding) => [finding.ruleId, finding.messageId, finding.severity, finding.line, finding.column]);
const withoutMismatch = (findings: readonly Finding[]): string[] =>
  findings
    .filter((finding) => finding.messageId !== 'language-mismatch')
    .map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}/${finding.messageId} ${finding.message}`);

describe('the threshold of a clear disagreement', () => {
  it("is documented: at least 10 hits, and twice the configured language's", () => {
    expect([MISMATCH_MIN_HITS, MISMATCH_RATIO]).toEqual([10, 2]);
  });
  it('needs the minimum number of hits', () => {
    expect(clearlyOtherLanguage('fi', { fi: 0, sv: 0, en: 10 })).toBe('en');
    expect(clearlyOtherLanguage('fi', { fi: 0, sv: 0, en: 9 })).toBeUndefined();
  });
  it('needs twice the hits of the configured language', () => {
    expect(clearlyOtherLanguage('sv', { fi: 0, sv: 20, en: 40 })).toBe('en');
    expect(clearlyOtherLanguage('sv', { fi: 0, sv: 20, en: 39 })).toBeUndefined();
  });
  it('takes the language with the most hits, and nothing when the configured one leads', () => {
    expect(clearlyOtherLanguage('en', { fi: 30, sv: 60, en: 2 })).toBe('sv');
    expect(clearlyOtherLanguage('fi', { fi: 50, sv: 10, en: 40 })).toBeUndefined();
  });
});

describe('a configured language the text clearly contradicts', () => {
  it('en: one warning naming both languages; the notice is linted as English, exactly as if so configured', async () => {
    const configuredFinnish = await lint(ENGLISH, 'notice.md', { defaultLanguage: 'fi' });
    expect(mismatches(configuredFinnish)).toEqual([[null, 'language-mismatch', 1, 1, 1]]);
    expect(configuredFinnish[0]?.message).toBe(
      "The configuration says the notice is in Finnish, but its text reads as English; it was linted as English. Set `language:` in the notice's front matter, or fix the configuration (an `overrides` entry can set it for some files).",
    );
    expect(withoutMismatch(configuredFinnish)).toEqual(withoutMismatch(await lint(ENGLISH, 'notice.md', { defaultLanguage: 'en' })));
  });

  it("sv: the warning is in the notice's language, or in --locale's", async () => {
    const swedish = example('sv-valid.md').replace(/^---\n[\s\S]*?\n---\n/, '');
    const findings = await lint(swedish, 'notice.md', { defaultLanguage: 'en' });
    expect(mismatches(findings)).toEqual([[null, 'language-mismatch', 1, 1, 1]]);
    expect(findings[0]?.message).toMatch(/^Enligt konfigurationen är informationen på engelska, men texten är skriven på svenska/);
    const inFinnish = await lint(swedish, 'notice.md', { defaultLanguage: 'en', locale: 'fi' });
    expect(inFinnish[0]?.message).toMatch(/^Asetuksissa selosteen kieleksi on määritetty englanti, mutta tekstin kieli on ruotsi/);
  });

  it('fi: a Finnish text under an English configuration (plain text)', async () => {
    const findings = await lint(example('fi-defective.txt'), 'notice.txt', { defaultLanguage: 'en' });
    expect(mismatches(findings)).toEqual([[null, 'language-mismatch', 1, 1, 1]]);
    expect(findings.some((finding) => finding.message.startsWith('Oikeutta tietojen oikaisemiseen'))).toBe(true);
  });
});

describe('no language-mismatch warning', () => {
  it('for a short notice: too few words to tell; the configured language is used', async () => {
    const findings = await lint(SHORT_ENGLISH, 'notice.md', { defaultLanguage: 'fi' });
    expect(mismatches(findings)).toEqual([]);
    expect(findings.some((finding) => finding.message.startsWith('Selosteesta puuttuu'))).toBe(true);
  });

  it('for a notice in two languages, neither twice the other', async () => {
    const bilingual = `${example('fi-valid.md')}\n\n${ENGLISH}`;
    expect(mismatches(await lint(bilingual, 'notice.md', { defaultLanguage: 'fi' }))).toEqual([]);
  });

  it('when the command line names the language: an order, obeyed', async () => {
    const findings = await lint(ENGLISH, 'notice.md', { language: 'fi', defaultLanguage: 'fi' });
    expect(mismatches(findings)).toEqual([]);
    expect(findings.some((finding) => finding.message.startsWith('Selosteesta puuttuu') || finding.message.startsWith('Oikeutta'))).toBe(true);
  });

  it("when the notice's own front matter names its language, whatever the configuration says", async () => {
    const declaredEnglish = `---\nlanguage: en\n---\n${ENGLISH}`;
    const findings = await lint(declaredEnglish, 'notice.md', { defaultLanguage: 'fi' });
    expect(mismatches(findings)).toEqual([]);
    expect(withoutMismatch(findings)).toEqual(withoutMismatch(await lint(declaredEnglish, 'notice.md', { defaultLanguage: 'en' })));
    // Even a declaration the text contradicts is the author's word: Finnish it is, silently.
    const declaredFinnish = `---\nlanguage: fi\n---\n${ENGLISH}`;
    const asFinnish = await lint(declaredFinnish, 'notice.md', { defaultLanguage: 'sv' });
    expect(mismatches(asFinnish)).toEqual([]);
    expect(asFinnish.some((finding) => finding.message.startsWith('Oikeutta'))).toBe(true);
  });

  it('when a YAML notice names its language', async () => {
    expect(await lint(example('en-valid.yaml'), 'notice.yaml', { defaultLanguage: 'fi' })).toEqual([]);
  });

  it('when the configuration says auto', async () => {
    expect(mismatches(await lint(ENGLISH, 'notice.md', { defaultLanguage: 'auto' }))).toEqual([]);
  });
});

describe('--language auto on the command line', () => {
  it("overrides the configuration's language: a short English notice is linted as English, without a warning", async () => {
    const folder = await tempTree({ '.noticelintrc.yaml': 'language: fi\n', 'notice.md': SHORT_ENGLISH });
    const messagesOf = (stdout: string): string[] =>
      (JSON.parse(stdout) as { messages: Finding[] }[]).flatMap((result) => result.messages.map((message) => `${message.messageId} ${message.message}`));

    const configured = await runCli(['--format', 'json', '--reference-date', '2026-11-22', 'notice.md'], folder);
    expect(messagesOf(configured.stdout)).toContain(
      'purposes Selosteesta puuttuu käsittelyn tarkoitukset (tietosuoja-asetus 13 art. 1 c). Lisää kohta, jossa se kerrotaan.',
    );

    const auto = await runCli(['--format', 'json', '--reference-date', '2026-11-22', '--language', 'auto', 'notice.md'], folder);
    const messages = messagesOf(auto.stdout);
    expect(messages).toContain('purposes The notice does not give the purposes of the processing (GDPR Art. 13(1)(c)). Add a section that states it.');
    expect(messages.filter((message) => message.startsWith('language-mismatch'))).toEqual([]);
  });
});
