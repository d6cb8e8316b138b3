import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './helpers.js';

const root = join(import.meta.dirname, '..');

function run(args: string[], cwd = root): Promise<CliRun> {
  return runCli(args, cwd);
}

describe('exit codes', () => {
  it('exits 1 on the seeds (errors) and prints the JSON contract for all five', async () => {
    const { code, stdout } = await run(['--format', 'json', '--reference-date', '2026-11-22', 'fixtures/seeds']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as {
      filePath: string;
      messages: Record<string, unknown>[];
      errorCount: number;
      warningCount: number;
      fatalErrorCount: number;
    }[];
    expect(results.map((result) => result.filePath)).toEqual([
      'fixtures/seeds/000_26472f3d1c73aa31.txt',
      'fixtures/seeds/001_0090e37146671056.txt',
      'fixtures/seeds/002_3b56ea23d02cb8df.txt',
      'fixtures/seeds/003_6d78bcf6936e0d8f.txt',
      'fixtures/seeds/004_61210c77dfd498b8.txt',
    ]);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount', 'fatalErrorCount']));
      expect(result.errorCount).toBe(result.messages.filter((message) => message.severity === 2).length);
      for (const message of result.messages) {
        expect(Object.keys(message)).toEqual(expect.arrayContaining(['ruleId', 'messageId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']));
      }
    }
    const first = results[0]?.messages.find((message) => message.ruleId === 'section-numbering');
    expect(first).toMatchObject({ messageId: 'gap', severity: 1, line: 31, column: 1 });
  });

  it('exits 0 on a valid notice', async () => {
    const { code, stdout } = await run(['--reference-date', '2026-11-22', 'fixtures/examples/fi-valid.md']);
    expect([code, stdout]).toEqual([0, '']);
  });

  it('exits 0 with warnings only, and 1 when --max-warnings is exceeded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-'));
    const notice = readFileSync(join(root, 'fixtures/examples/fi-valid.md'), 'utf8').replace('date: 2026-09-01', 'date: 2019-01-01');
    writeFileSync(join(dir, 'old.md'), notice);
    expect((await run(['old.md', '--reference-date', '2026-11-22'], dir)).code).toBe(0);
    expect((await run(['old.md', '--reference-date', '2026-11-22', '--max-warnings', '0'], dir)).code).toBe(1);
    const quiet = await run(['old.md', '--reference-date', '2026-11-22', '--quiet'], dir);
    expect([quiet.code, quiet.stdout]).toEqual([0, '']);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['--format', 'xml', 'fixtures/examples'])).code).toBe(2);
    expect((await run(['--no-such-flag'])).code).toBe(2);
    const badDate = await run(['--reference-date', 'yesterday', 'fixtures/examples']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--reference-date must be YYYY-MM-DD');
  });

  it('exits 2 when nothing to lint is found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-'));
    const { code, stderr } = await run([], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('no notice files');
  });

  it('reports a missing path as a fatal finding and goes on', async () => {
    const { code, stdout } = await run(['--format', 'json', 'no-such-file.md', 'fixtures/examples/fi-valid.md', '--reference-date', '2026-11-22']);
    expect(code).toBe(1);
    const results = JSON.parse(stdout) as { filePath: string; messages: { fatal?: boolean; ruleId: null; message: string }[] }[];
    expect(results.map((result) => [result.filePath, result.messages.length])).toEqual([
      ['no-such-file.md', 1],
      ['fixtures/examples/fi-valid.md', 0],
    ]);
    expect(results[0]?.messages[0]).toMatchObject({ fatal: true, ruleId: null, message: 'No such file or directory.' });
  });

  it('prints --version and --help with exit 0', async () => {
    const version = await run(['--version']);
    expect([version.code, version.stdout.trim()]).toEqual([0, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version]);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: noticelint');
  });

  it('noticelint --help lists every option of lint, the default command, besides the commands', async () => {
    const { buildProgram } = await import('../src/cli.js');
    const lintOptions = buildProgram({ stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd: root }, () => undefined)
      .commands.find((command) => command.name() === 'lint')
      ?.options.map((option) => option.long ?? '');
    expect(lintOptions).toEqual(expect.arrayContaining(['--format', '--max-warnings', '--config', '--fix', '--no-color']));
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    const [commands, lintSection] = help.stdout.split('Options of lint, the default command (noticelint [options] [paths...]):');
    expect(commands).toMatch(/Commands:\n\s+lint \[options\] \[paths\.\.\.\][\s\S]*\n\s+explain (\[options\] )?<rule>/);
    for (const long of lintOptions ?? []) expect(lintSection, long).toMatch(new RegExp(`^  (-\\w, )?${long}\\b`, 'm'));
    expect(lintSection).toMatch(/^ {2}-f, --format <name>\s+output format \(choices: "stylish", "json",/m);
  });

  it('--print-model prints a YAML notice', async () => {
    const { code, stdout } = await run(['--print-model', 'fixtures/seeds/003_6d78bcf6936e0d8f.txt']);
    expect(code).toBe(0);
    expect(stdout).toContain('noticelint: 1');
    expect(stdout).toContain('element: retention');
  });
});

describe('the installed launcher', () => {
  it('bin/noticelint.js runs the built CLI with the exit code of the run', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/noticelint.js'), '--format', 'json', 'fixtures/seeds'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(5);
  });

  it('lets each V8 heap grow to twice what survived a full collection, not four times', () => {
    // V8 reads no flag back; its code-cache tag is a hash of the flags in force, the launcher's
    // included, and is printed here as the run exits.
    const tag = "data:text/javascript,import v8 from 'node:v8'; process.on('exit', () => process.stderr.write(String(v8.cachedDataVersionTag())));";
    const launcher = spawnSync(process.execPath, ['--import', tag, join(root, 'bin/noticelint.js'), '--version'], { encoding: 'utf8' });
    const tagWith = (...flags: string[]): string => spawnSync(process.execPath, [...flags, '--import', tag, '--eval', ''], { encoding: 'utf8' }).stderr;
    expect(launcher.status).toBe(0);
    expect(launcher.stderr).toBe(tagWith('--heap-growing-percent=100'));
    expect(launcher.stderr).not.toBe(tagWith());
  });

  it('prints no colour when NO_COLOR is set, even when colour is forced', () => {
    const run = (env: NodeJS.ProcessEnv): string =>
      spawnSync(process.execPath, [join(root, 'bin/noticelint.js'), 'fixtures/examples/fi-defective.txt'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      }).stdout;
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '' })).toContain('\u001b[');
    const plain = run({ NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(plain).toContain('template-leftover');
    expect(plain).not.toContain('\u001b[');
  });
});

describe('rules and explain', () => {
  it('lists every rule with its severity and article', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(14);
    expect(stdout).toMatch(/retention-period +error +Art\. 13\(2\)\(a\)/);
    expect(stdout).toMatch(/html-remnant +warn +Art\. 12\(1\) +fixable/);
  });
  it('explains a rule, and suggests the nearest id for a typo', async () => {
    const explained = await run(['explain', 'transfer-safeguards']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('C-311/18');
    expect(explained.stdout).toContain('## Not reported');
    const typo = await run(['explain', 'retention-perod']);
    expect([typo.code, typo.stderr]).toEqual([2, 'noticelint: unknown rule "retention-perod" (did you mean retention-period?). See: noticelint rules\n']);
  });
});
