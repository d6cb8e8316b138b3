import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 });
}

describe('the npm package', () => {
  it('npm pack gives a tarball that installs into an empty folder and lints from there', { timeout: 320_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), 'noticelint-pack-'));
    // The build is pretest's job; packing must not rebuild dist/ under the other test files running now.
    const pack = run('npm', ['pack', '--ignore-scripts', '--pack-destination', work], root);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = pack.stdout.trim().split('\n').at(-1) ?? '';
    expect(tarball).toMatch(/^noticelint-\d+\.\d+\.\d+\.tgz$/);

    // A notices repository that never heard of noticelint: no package.json, no node_modules.
    const notices = join(work, 'notices');
    mkdirSync(notices);
    copyFileSync(join(root, 'fixtures', 'examples', 'en-defective.md'), join(notices, 'privacy-policy.md'));
    copyFileSync(join(root, 'fixtures', 'examples', 'fi-valid.md'), join(notices, 'tietosuojaseloste.md'));
    const install = run('npm', ['install', '--no-save', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)], notices);
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(notices).sort()).toEqual(['node_modules', 'privacy-policy.md', 'tietosuojaseloste.md']);

    // As the README's CI recipe runs it: the installed copy, never the registry.
    const lint = run('npx', ['--no', '--', 'noticelint', '--format', 'json', '--reference-date', '2026-11-22'], notices);
    expect(lint.status, lint.stderr).toBe(1);
    const results = JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string | null; messageId: string; line: number; column: number }[] }[];
    expect(results.map((result) => result.filePath)).toEqual(['privacy-policy.md', 'tietosuojaseloste.md']);
    expect(results[0]?.messages.map((message) => [message.ruleId, message.messageId, message.line, message.column])).toContainEqual([
      'template-leftover',
      'leftover',
      7,
      1,
    ]);
    expect(results[1]?.messages).toEqual([]);

    // The data files travel with it: rule documentation for explain, the lexicons inside dist/.
    const explain = run(join(notices, 'node_modules', '.bin', 'noticelint'), ['explain', 'retention-period'], notices);
    expect([explain.status, explain.stdout]).toEqual([0, expect.stringMatching(/^# retention-period/)]);
  });
});
