import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../src/formatters/stylish.js';
import { runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const VALID = readFileSync(join(root, 'fixtures/examples/fi-valid.md'), 'utf8');
/** The valid notice dated long ago: one notice-date warning (stale) on line 3. */
const OLD = VALID.replace('date: 2026-09-01', 'date: 2019-01-01');
const DATE = ['--reference-date', '2026-11-22'];

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; severity: number; line: number; column: number; message: string }[];
  errorCount: number;
  warningCount: number;
  output?: string;
}

function findings(stdout: string): [string, string | null, string, number][] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((result) =>
    result.messages.map((message) => [result.filePath, message.ruleId, message.messageId, message.line] as [string, string | null, string, number]),
  );
}

describe('--stdin and --stdin-filename', () => {
  it('lints standard input under the given name; the name decides the format and the configuration', async () => {
    const dir = await tempTree({ 'strict/.noticelintrc.yaml': 'rules:\n  notice-date: off\n' });
    const asMarkdown = await runCli(['--stdin', '--stdin-filename', 'notice.md', '-f', 'json', ...DATE], dir, { stdin: OLD });
    expect([asMarkdown.code, findings(asMarkdown.stdout)]).toEqual([0, [['notice.md', 'notice-date', 'stale', 3]]]);
    // The folder's configuration turns notice-date off.
    const configured = await runCli(['--stdin', '--stdin-filename', 'strict/notice.md', '-f', 'json', ...DATE], dir, { stdin: OLD });
    expect([configured.code, findings(configured.stdout)]).toEqual([0, []]);
    // As .yaml the same text is some other YAML document: one not-a-notice warning.
    const asYaml = await runCli(['--stdin', '--stdin-filename', 'notice.yaml', '-f', 'json', ...DATE], dir, { stdin: 'name: build\n' });
    expect(findings(asYaml.stdout)).toEqual([['notice.yaml', null, 'not-a-notice', 1]]);
  });

  it('without a file name, reports it as <text>; empty input is a fatal finding', async () => {
    const dir = await tempTree({});
    const named = await runCli(['--stdin', '-f', 'json', ...DATE], dir, { stdin: OLD.replace(/^---[\s\S]*?---\n/, '') });
    expect((JSON.parse(named.stdout) as JsonResult[]).map((result) => result.filePath)).toEqual(['<text>']);
    const empty = await runCli(['--stdin', '-f', 'json'], dir, { stdin: '' });
    expect([empty.code, findings(empty.stdout)]).toEqual([1, [['<text>', null, 'empty', 1]]]);
  });

  it('decodes input as files are, and skips a name the configuration ignores', async () => {
    const dir = await tempTree({ '.noticelintrc.yaml': 'ignores: ["drafts/"]\n' });
    const latin1 = Buffer.from(OLD, 'latin1');
    const decoded = await runCli(['--stdin', '--stdin-filename', 'notice.md', '-f', 'json', ...DATE], dir, { stdin: latin1 });
    expect(findings(decoded.stdout)).toEqual([
      ['notice.md', null, 'encoding', 1],
      ['notice.md', 'notice-date', 'stale', 3],
    ]);
    const ignored = await runCli(['--stdin', '--stdin-filename', 'drafts/notice.md', '-f', 'json', ...DATE], dir, { stdin: OLD });
    expect([ignored.code, ignored.stdout]).toEqual([0, '[]\n']);
  });

  it("reads the process's standard input in the built CLI", () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/noticelint.js'), '--stdin', '--stdin-filename', 'n.md', '-f', 'unix', ...DATE], {
      cwd: root,
      input: OLD,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^n\.md:3:7: Seloste on päivätty 2019-01-01, .* \[Warning\/notice-date\]\n\n1 ongelma\n$/);
  });
});

describe('--print-config FILE', () => {
  it('prints the configuration the file is linted with, overrides and --rule included, and exits 0', async () => {
    const config =
      'language: fi\nrules:\n  vague-language: warn\noverrides:\n  - files: "drafts/**"\n    rules:\n      notice-date: [warn, { maxAgeMonths: 6 }]\n';
    const dir = await tempTree({ '.noticelintrc.yaml': config });
    const { code, stdout } = await runCli(['--print-config', 'drafts/a.md', '--rule', 'html-remnant: off'], dir);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { configFile: string; ignored: boolean; defaultLanguage: string; rules: Record<string, unknown[]> };
    expect(printed).toMatchObject({ configFile: '.noticelintrc.yaml', ignored: false, defaultLanguage: 'fi' });
    expect(printed.rules['notice-date']).toEqual(['warn', { maxAgeMonths: 6 }]);
    expect(printed.rules['vague-language']).toEqual(['warn']);
    expect(printed.rules['html-remnant']).toEqual(['off']);
    expect(printed.rules['required-section']).toEqual(['error']);
    const outside = JSON.parse((await runCli(['--print-config', 'b.md'], dir)).stdout) as { rules: Record<string, unknown[]> };
    expect(outside.rules['notice-date']).toEqual(['warn', { maxAgeMonths: 24 }]);
  });

  it('is not available for standard input', async () => {
    const { code, stderr } = await runCli(['--stdin', '--print-config', 'a.md'], root, { stdin: 'x' });
    expect([code, stderr]).toEqual([2, 'noticelint: The --print-config option is not available for piped-in code.\n']);
  });

  it('exits 2 on an invalid configuration', async () => {
    const dir = await tempTree({ '.noticelintrc.yaml': 'rules:\n  notice-dat: off\n' });
    const { code, stderr } = await runCli(['--print-config', 'a.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown rule "notice-dat"');
  });
});

describe('--no-inline-config', () => {
  it('ignores noticelint-disable comments', async () => {
    const dir = await tempTree({ 'old.md': OLD.concat('\n<!-- noticelint-disable-file notice-date -->\n') });
    expect(findings((await runCli(['-f', 'json', ...DATE, 'old.md'], dir)).stdout)).toEqual([]);
    expect(findings((await runCli(['-f', 'json', ...DATE, '--no-inline-config', 'old.md'], dir)).stdout)).toEqual([['old.md', 'notice-date', 'stale', 3]]);
  });
});

describe("--rule, ESLint's syntax, validated like the configuration", () => {
  it('turns a rule off, and sets options with the JSON form; later --rule wins', async () => {
    const dir = await tempTree({ 'old.md': OLD, 'new.md': VALID });
    expect(findings((await runCli(['-f', 'json', ...DATE, '--rule', 'notice-date: off', 'old.md'], dir)).stdout)).toEqual([]);
    const strict = await runCli(['-f', 'json', ...DATE, '--rule', '{"notice-date": ["error", {"maxAgeMonths": 1}]}', 'new.md'], dir);
    expect([strict.code, findings(strict.stdout)]).toEqual([1, [['new.md', 'notice-date', 'stale', 3]]]);
    const overridden = await runCli(['-f', 'json', ...DATE, '--rule', 'notice-date: error', '--rule', 'notice-date: off', 'old.md'], dir);
    expect([overridden.code, findings(overridden.stdout)]).toEqual([0, []]);
  });

  it("keeps the configuration's options when only the severity is given", async () => {
    const dir = await tempTree({ '.noticelintrc.yaml': 'rules:\n  notice-date: [warn, { maxAgeMonths: 1 }]\n', 'new.md': VALID });
    const { code, stdout } = await runCli(['-f', 'json', ...DATE, '--rule', 'notice-date: error', 'new.md'], dir);
    expect([code, findings(stdout)]).toEqual([1, [['new.md', 'notice-date', 'stale', 3]]]);
  });

  it.each([
    ['notice-dat: off', 'Unknown rule "notice-dat". Did you mean "notice-date"?'],
    ['notice-date: loud', 'invalid setting "loud"'],
    ['{"notice-date": ["warn", {"maxAge": 1}]}', 'Rule "notice-date" has no option "maxAge"'],
    ['notice-date', 'invalid setting null'],
  ])('exits 2 on --rule %j', async (value, problem) => {
    const { code, stderr } = await runCli(['--rule', value, 'fixtures/examples/fi-valid.md'], root);
    expect(code).toBe(2);
    expect(stderr).toContain(`noticelint: invalid --rule "${value}": `);
    expect(stderr).toContain(problem);
  });
});

describe('--ignore-pattern and negated patterns', () => {
  const tree = { 'a.md': OLD, 'drafts/b.md': OLD, 'drafts/sub/c.md': OLD, 'old/d.txt': OLD };
  const linted = async (args: string[]): Promise<string[]> => {
    const dir = await tempTree(tree);
    const { stdout } = await runCli(['-f', 'json', ...DATE, ...args], dir);
    return (JSON.parse(stdout) as JsonResult[]).map((result) => result.filePath);
  };

  it('--ignore-pattern skips matching files, and repeats', async () => {
    expect(await linted([])).toEqual(['a.md', 'drafts/b.md', 'drafts/sub/c.md', 'old/d.txt']);
    expect(await linted(['--ignore-pattern', 'drafts/'])).toEqual(['a.md', 'old/d.txt']);
    expect(await linted(['--ignore-pattern', 'drafts/**', '--ignore-pattern', '*.txt'])).toEqual(['a.md']);
  });

  it('"!pattern" among the paths excludes, with or without other paths', async () => {
    expect(await linted(['.', '!drafts/**'])).toEqual(['a.md', 'old/d.txt']);
    expect(await linted(['!drafts/**', '!old'])).toEqual(['a.md']);
    expect(await linted(['**/*.md', '!drafts/sub/**'])).toEqual(['a.md', 'drafts/b.md']);
  });
});

describe('--fix-dry-run', () => {
  const broken = 'Tietosuojaseloste<br>\n\nRekisterinpitäjä: Yritys Oy &amp; kumppanit.\n';

  it('computes the fixes into "output" of the JSON report and writes nothing', async () => {
    const dir = await tempTree({ 'n.txt': broken });
    const { code, stdout } = await runCli(['-f', 'json', ...DATE, '--rule', '{"html-remnant": "warn"}', '--fix-dry-run', 'n.txt'], dir);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout) as JsonResult[];
    expect(result?.output).toBe('Tietosuojaseloste\n\nRekisterinpitäjä: Yritys Oy & kumppanit.\n');
    expect(result?.messages.filter((message) => message.ruleId === 'html-remnant')).toEqual([]);
    expect(readFileSync(join(dir, 'n.txt'), 'utf8')).toBe(broken);
    const plain = await runCli(['-f', 'json', ...DATE, 'n.txt'], dir);
    expect((JSON.parse(plain.stdout) as JsonResult[])[0]).not.toHaveProperty('output');
  });

  it("works on standard input; --fix with it, or with --fix-dry-run, exits 2 with ESLint's words", async () => {
    const dir = await tempTree({ 'n.txt': broken });
    const fromStdin = await runCli(['-f', 'json', ...DATE, '--stdin', '--stdin-filename', 'n.txt', '--fix-dry-run'], dir, { stdin: broken });
    expect((JSON.parse(fromStdin.stdout) as JsonResult[])[0]?.output).toBe('Tietosuojaseloste\n\nRekisterinpitäjä: Yritys Oy & kumppanit.\n');
    const both = await runCli(['--fix', '--fix-dry-run', 'n.txt'], dir);
    expect([both.code, both.stderr]).toEqual([2, 'noticelint: The --fix option and the --fix-dry-run option cannot be used together.\n']);
    const piped = await runCli(['--fix', '--stdin', '--stdin-filename', 'n.txt'], dir, { stdin: broken });
    expect([piped.code, piped.stderr]).toEqual([2, 'noticelint: The --fix option is not available for piped-in code; use --fix-dry-run instead.\n']);
    expect(readFileSync(join(dir, 'n.txt'), 'utf8')).toBe(broken);
  });
});

describe("-f unix and -f compact (ESLint's layouts)", () => {
  it('prints file:line:col: message [Severity/rule], one finding per line', async () => {
    const dir = await tempTree({ 'old.md': OLD, 'x.yaml': '' });
    const { code, stdout } = await runCli(['-f', 'unix', ...DATE, 'old.md', 'x.yaml'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      'old.md:3:7: Seloste on päivätty 2019-01-01, yli 24 kuukautta sitten. Tarkista se ja päivitä päiväys. [Warning/notice-date]\n' +
        'x.yaml:1:1: The file is empty. [Error]\n' +
        '\n2 problems\n',
    );
  });

  it('prints file: line N, col M, Severity - message (rule)', async () => {
    const dir = await tempTree({ 'old.md': OLD });
    const { code, stdout } = await runCli(['-f', 'compact', ...DATE, '--locale', 'en', 'old.md'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'old.md: line 3, col 7, Warning - The notice is dated 2019-01-01, more than 24 months ago. Review it and update the date. (notice-date)\n\n1 problem\n',
    );
  });

  it('prints nothing for a clean run', async () => {
    const dir = await tempTree({ 'new.md': VALID });
    expect((await runCli(['-f', 'unix', ...DATE, 'new.md'], dir)).stdout).toBe('');
  });
});

describe('--max-warnings', () => {
  it("-1 means no limit (ESLint's default); other negative numbers are refused", async () => {
    const dir = await tempTree({ 'old.md': OLD });
    expect((await runCli([...DATE, '--max-warnings', '0', 'old.md'], dir)).code).toBe(1);
    expect((await runCli([...DATE, '--max-warnings', '-1', 'old.md'], dir)).code).toBe(0);
    const refused = await runCli([...DATE, '--max-warnings', '-2', 'old.md'], dir);
    expect([refused.code, refused.stderr]).toEqual([2, 'noticelint: --max-warnings must be a whole number or -1 (no limit), got "-2".\n']);
  });
});

describe('stylish line width', () => {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC.
  const strip = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

  it('does not pad short messages to the longest one when not on a terminal', async () => {
    const { stdout } = await runCli([...DATE, '--no-color', 'fixtures/examples/fi-defective.txt'], root);
    const lines = stdout.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
    expect(lines).toContain('  10:1   warning  Kohdan numero 6 tulee numeron 4 jälkeen; odotettiin 5.  section-numbering');
    expect(lines.every((line) => !/ {3,}\S+$/.test(line))).toBe(true);
    // One line per finding, however long: grep sees the whole message.
    expect(lines).toHaveLength(19);
  });

  it('wraps messages to the terminal width, continuation lines under the message', async () => {
    const { stdout } = await runCli([...DATE, '--no-color', 'fixtures/examples/fi-defective.txt'], root, { columns: 72 });
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((line) => strip(line).length))).toBeLessThanOrEqual(72);
    const start = lines.findIndex((line) => line.startsWith('  12:34  error    Selosteen mukaan'));
    expect(start).toBeGreaterThan(0);
    const block = [lines[start] ?? ''];
    // Continuation lines of the message; the related location (↳) that hangs under it is not part of it.
    for (let index = start + 1; lines[index]?.startsWith(' '.repeat(18)) && !lines[index]?.trimStart().startsWith('↳'); index++) block.push(lines[index] ?? '');
    expect(block.length).toBeGreaterThan(2);
    expect(block.map((line, index) => (index === 0 ? line.slice(18) : line.trimStart())).join(' ')).toBe(
      'Selosteen mukaan tietoja ei siirretä EU:n/ETA:n ulkopuolelle, mutta käytössä on Google Analytics (tietosuoja-asetus 13 art. 1 f). Kerro siirrosta ja sen suojatoimista, tai kerro että käytetään EU-aluetta.  transfer-contradiction',
    );
  });

  it('wrapWords keeps each line within the width, a longer word on its own line', () => {
    expect(wrapWords(['aaa', 'bb', 'c', 'dddddddddd', 'e'], 6)).toEqual([['aaa', 'bb'], ['c'], ['dddddddddd'], ['e']]);
    expect(wrapWords([], 10)).toEqual([]);
  });
});
