import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { noticeEvidence, verdict } from '../src/detect.js';
import { lintFile } from '../src/lint-files.js';
import { kindOf, parseNotice } from '../src/parse/index.js';
import { isRepositoryDocument } from '../src/select.js';
import { REFERENCE_DATE, runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const repository = join(root, 'fixtures', 'repository');

function filesIn(folder: string, extensions: RegExp): string[] {
  return readdirSync(join(root, folder))
    .filter((name) => extensions.test(name))
    .map((name) => join(folder, name));
}

async function verdictOf(path: string): Promise<string> {
  const absolute = join(root, path);
  return verdict(noticeEvidence(await parseNotice(readFileSync(absolute, 'utf8'), kindOf(absolute))));
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; severity: number; line: number; column: number; message: string }[];
}

async function lintJson(cwd: string, ...args: string[]): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['--format', 'json', '--reference-date', '2026-11-22', ...args], cwd);
  return { code, results: stdout ? (JSON.parse(stdout) as JsonResult[]) : [], stderr };
}

const NOTICES = [...filesIn('fixtures/corpus/notices', /\.md$/), ...filesIn('fixtures/seeds', /\.txt$/), ...filesIn('fixtures/examples', /\.(md|txt|yaml)$/)];

describe('notice detection finds every real notice', () => {
  it('the sets are all there: 32 corpus notices, 5 seeds, 6 examples', () => {
    expect(NOTICES).toHaveLength(43);
  });

  it.each(NOTICES)('%s is a notice', async (path) => {
    expect(await verdictOf(path)).not.toBe('not-a-notice');
    // And a folder walk lints it: no not-a-notice warning in its findings.
    const result = await lintFile(join(root, path), { now: REFERENCE_DATE, detectNotice: true }, root);
    expect(result.messages.map((message) => message.messageId)).not.toContain('not-a-notice');
  });

  it('by the reasons docs/notice-detection.md counts', async () => {
    const counts: Record<string, number> = {};
    for (const path of NOTICES) {
      const reason = await verdictOf(path);
      counts[reason] = (counts[reason] ?? 0) + 1;
    }
    expect(counts).toEqual({ titled: 25, evidence: 17, declared: 1 });
  });

  it('gives each reason where the corpus has it', async () => {
    expect(await verdictOf('fixtures/corpus/notices/sv-10-fargfabriken.md')).toBe('titled'); // "# Integritetspolicy", no element heading
    expect(await verdictOf('fixtures/corpus/notices/fi-17-sharefi.md')).toBe('titled'); // front matter title "Tietosuoja", HTML headings
    expect(await verdictOf('fixtures/corpus/notices/fi-16-tapaaminen.md')).toBe('titled'); // starts with "## Rekisteriseloste"
    expect(await verdictOf('fixtures/corpus/notices/en-21-emagiz.md')).toBe('evidence'); // no title: 4 elements, one under a heading
    expect(await verdictOf('fixtures/examples/en-valid.yaml')).toBe('declared');
  });
});

describe('notice detection leaves other documents alone', () => {
  it.each(['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'docs/how-to-edit.md', 'docs/index.md'])('fixtures/repository/%s is not a notice', async (name) => {
    expect(await verdictOf(join('fixtures/repository', name))).toBe('not-a-notice');
  });

  it("nor is this repository's own documentation", async () => {
    for (const path of ['README.md', 'rules/README.md', ...filesIn('docs', /\.md$/), ...filesIn('docs/rules', /\.md$/)])
      expect([path, await verdictOf(path)]).toEqual([path, 'not-a-notice']);
  });

  it('a notice title alone is not enough: an index page of notices that never mentions personal data', async () => {
    const source = '# Tietosuojaselosteet\n\n- [Asiakasrekisteri](asiakasrekisteri.md)\n- [Työnhakijat](tyonhakijat.md)\n';
    expect(verdict(noticeEvidence(await parseNotice(source, 'markdown')))).toBe('not-a-notice');
    const titled = '# Tietosuojaseloste\n\nKäsittelemme henkilötietoja vain palvelun toimittamiseen.\n';
    expect(verdict(noticeEvidence(await parseNotice(titled, 'markdown')))).toBe('titled');
  });

  it('front matter "noticelint:" declares a notice whatever its content', async () => {
    const source = '---\nnoticelint: 1\n---\n\n# Kerhon jäsenet\n\nJäsenlista.\n';
    expect(verdict(noticeEvidence(await parseNotice(source, 'markdown')))).toBe('declared');
    expect(verdict(noticeEvidence(await parseNotice(source.replace('noticelint: 1', 'title: Kerho'), 'markdown')))).toBe('not-a-notice');
  });
});

describe('a run over a repository with notices and ordinary documents', () => {
  it('lints the notices, notes the other Markdown once each, and skips README, CHANGELOG, CONTRIBUTING and mkdocs.yml', async () => {
    const { code, results, stderr } = await lintJson(repository);
    expect([code, stderr]).toEqual([0, '']);
    expect(
      results.map((result) => [
        result.filePath,
        result.messages.map((message) => [message.ruleId, message.messageId, message.severity, message.line, message.column]),
      ]),
    ).toEqual([
      ['docs/how-to-edit.md', [[null, 'not-a-notice', 1, 1, 1]]],
      ['docs/index.md', [[null, 'not-a-notice', 1, 1, 1]]],
      ['notices/asiakasrekisteri.md', []],
      ['notices/kundregister.md', []],
    ]);
    // The how-to names 4 elements in a list of section names, none under a heading of its own.
    expect(results[0]?.messages[0]?.message).toMatch(
      /^Not checked: this does not look like a privacy notice .*names 4 GDPR elements, but none under a heading of its own/,
    );
    expect(results[1]?.messages[0]?.message).toMatch(/0 GDPR elements found where 4 are needed/);
  });

  it('says it in the language asked for', async () => {
    const { results } = await lintJson(repository, '--locale', 'fi', 'docs');
    expect(results[0]?.messages[0]?.message).toMatch(/^Ei tarkastettu: tiedosto ei näytä tietosuojaselosteelta/);
  });

  it('a glob finds documents as a walk does: detection applies', async () => {
    const { results } = await lintJson(repository, 'docs/*.md');
    expect(results.map((result) => [result.filePath, result.messages.map((message) => message.messageId)])).toEqual([
      ['docs/how-to-edit.md', ['not-a-notice']],
      ['docs/index.md', ['not-a-notice']],
    ]);
  });

  it('a file named on the command line is always linted, README or not', async () => {
    const { code, results } = await lintJson(repository, 'docs/how-to-edit.md', 'README.md');
    expect(code).toBe(1);
    expect(results.map((result) => result.filePath)).toEqual(['docs/how-to-edit.md', 'README.md']);
    for (const result of results) {
      expect(result.messages.map((message) => message.messageId)).not.toContain('not-a-notice');
      expect(result.messages.filter((message) => message.ruleId === 'required-section').map((message) => [message.messageId, message.line])).toContainEqual([
        'controller',
        1,
      ]);
    }
  });
});

describe('configuration "files" decides before detection', () => {
  const weakNotice = '# Jäsenet\n\nKerho pitää jäsenlistaa.\n';

  it('a walk lints exactly the files it matches, without detection; ignores still win', async () => {
    const folder = await tempTree({
      '.noticelintrc.yaml': 'files:\n  - notices/**\nignores:\n  - notices/drafts/\n',
      'notices/jasenet.md': weakNotice,
      'notices/drafts/luonnos.md': weakNotice,
      'docs/ohje.md': '# Ohje\n\nNäin muokkaat selostetta.\n',
      'README.md': '# Notices\n',
    });
    const { code, results } = await lintJson(folder);
    expect(code).toBe(1);
    expect(results.map((result) => result.filePath)).toEqual(['notices/jasenet.md']);
    expect(results[0]?.messages.filter((message) => message.ruleId === 'required-section').map((message) => [message.messageId, message.line])).toContainEqual([
      'controller',
      1,
    ]);

    // Named on the command line, as pre-commit names every staged file: "files" still decides, as in ESLint.
    const named = await lintJson(folder, 'docs/ohje.md', 'notices/jasenet.md');
    expect(named.code).toBe(1);
    expect(named.results.map((result) => [result.filePath, result.messages[0]?.messageId])).toEqual([
      ['notices/jasenet.md', 'missing'],
      ['docs/ohje.md', 'ignored'],
    ]);
    expect(named.results[1]?.messages).toEqual([
      expect.objectContaining({
        ruleId: null,
        severity: 1,
        line: 1,
        message: 'File ignored because no pattern under "files" in .noticelintrc.yaml matches it; not checked. Add a pattern there to lint it.',
      }),
    ]);
    const onlyDocs = await lintJson(folder, 'docs/ohje.md', '--max-warnings', '0');
    expect(onlyDocs.code).toBe(0);
  });

  it('without "files" the same weak notice gets the not-a-notice warning', async () => {
    const folder = await tempTree({ 'notices/jasenet.md': weakNotice });
    const { code, results } = await lintJson(folder);
    expect(code).toBe(0);
    expect(results.map((result) => [result.filePath, result.messages.map((message) => [message.messageId, message.line])])).toEqual([
      ['notices/jasenet.md', [['not-a-notice', 1]]],
    ]);
  });

  it('"files" must be a list of strings, checked like every other key', async () => {
    const folder = await tempTree({ '.noticelintrc.yaml': 'files: notices/**\n', 'a.md': weakNotice });
    const { code, stderr } = await lintJson(folder);
    expect(code).toBe(2);
    expect(stderr).toBe(`noticelint: invalid configuration ${join(folder, '.noticelintrc.yaml')}:1:1: "files" must be array.\n`);
  });
});

describe('repository documents', () => {
  it('the pre-commit hook leaves out the same names as a walk', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { exclude: string }[];
    const exclude = new RegExp(hooks[0]?.exclude ?? '^$');
    for (const name of ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md', 'SECURITY.md', 'LICENSE', 'LICENSE.txt', 'docs/README.md']) {
      expect([name, exclude.test(name), isRepositoryDocument(name)]).toEqual([name, true, true]);
    }
    for (const name of ['tietosuojaseloste.md', 'notices/privacy-notice.md', 'integritetspolicy.txt']) {
      expect([name, exclude.test(name), isRepositoryDocument(name)]).toEqual([name, false, false]);
    }
  });
});

describe('ignored files named on the command line, as pre-commit names staged files', () => {
  it('each gets one warning naming the ignore file that matched, nothing is linted, exit 0', async () => {
    const defective = readFileSync(join(root, 'fixtures', 'examples', 'en-defective.md'), 'utf8');
    const folder = await tempTree({
      '.gitignore': '*.draft.md\n',
      'notices/.noticelintignore': 'old/\n',
      'notices/a.draft.md': defective,
      'notices/old/policy.md': defective,
    });
    const { code, results, stderr } = await lintJson(folder, 'notices/a.draft.md', 'notices/old/policy.md');
    expect([code, stderr]).toEqual([0, '']);
    expect(
      results.map((result) => [
        result.filePath,
        result.messages.map((message) => [message.ruleId, message.messageId, message.severity, message.line, message.message]),
      ]),
    ).toEqual([
      [
        'notices/a.draft.md',
        [[null, 'ignored', 1, 1, 'File ignored because of a matching pattern in .gitignore; not checked. Remove the pattern to lint it.']],
      ],
      [
        'notices/old/policy.md',
        [[null, 'ignored', 1, 1, 'File ignored because of a matching pattern in notices/.noticelintignore; not checked. Remove the pattern to lint it.']],
      ],
    ]);
    const swedish = await lintJson(folder, '--locale', 'sv', 'notices/old/policy.md');
    expect(swedish.results[0]?.messages[0]?.message).toBe(
      'Filen ignorerades eftersom ett mönster i notices/.noticelintignore matchar den; inte granskad. Ta bort mönstret för att granska den.',
    );
  });
});
