import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const INSTALL = 'apt-get update && apt-get install -y pre-commit git';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 540_000 });
}

/** The README's pre-commit snippet: the yaml block of its "## Pre-commit" section. */
function readmeSnippet(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Pre-commit\n'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README.md has no yaml block under "## Pre-commit"');
  return block;
}

function requireCommand(command: string): void {
  const probe = spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) throw new Error(`"${command}" is not installed; the pre-commit test needs the real tool. Install it (as root): ${INSTALL}`);
}

describe('pre-commit hook, end to end with Debian pre-commit', () => {
  it('refuses a commit with a defective notice, showing noticelint findings, then accepts the fixed notice', { timeout: 600_000 }, () => {
    requireCommand('pre-commit');
    requireCommand('git');
    const rev = run('git', ['rev-parse', 'HEAD'], root).stdout.trim();
    expect(rev, 'this checkout must be a git repository with a commit').toMatch(/^[0-9a-f]{40}$/);

    const project = mkdtempSync(join(tmpdir(), 'noticelint-hook-'));
    const env = {
      PRE_COMMIT_HOME: join(project, '.pre-commit-cache'),
      GIT_AUTHOR_NAME: 'DPO',
      GIT_AUTHOR_EMAIL: 'dpo@example.org',
      GIT_COMMITTER_NAME: 'DPO',
      GIT_COMMITTER_EMAIL: 'dpo@example.org',
    };
    const git = (...args: string[]): SpawnSyncReturns<string> => run('git', args, project, env);
    expect(git('init', '-q').status).toBe(0);
    // The README's snippet as a user would fill it in: this checkout as the repository, its HEAD as the commit.
    const snippet = readmeSnippet();
    expect(snippet).toContain('repo: https://github.com/OWNER/noticelint');
    expect(snippet).toMatch(/rev: <commit-sha> /);
    writeFileSync(join(project, '.pre-commit-config.yaml'), snippet.replace('https://github.com/OWNER/noticelint', root).replace('<commit-sha>', rev));
    writeFileSync(join(project, '.gitignore'), '.pre-commit-cache/\n');
    writeFileSync(join(project, '.noticelintignore'), 'drafts/\n');
    writeFileSync(join(project, 'README.md'), '# Our privacy notices\n\nNot a notice itself: the hook must leave it alone.\n');
    const install = run('pre-commit', ['install'], project, env);
    expect(install.status, install.stderr).toBe(0);

    writeFileSync(join(project, 'tietosuojaseloste.md'), readFileSync(join(root, 'fixtures', 'examples', 'en-defective.md'), 'utf8'));
    git('add', '-A');
    const refused = git('commit', '-m', 'Add the privacy notice');
    const refusedOutput = refused.stdout + refused.stderr;
    expect(refused.status, refusedOutput).not.toBe(0);
    expect(refusedOutput).toMatch(/noticelint \(GDPR privacy notices\)\.+Failed/);
    expect(refusedOutput).toMatch(/tietosuojaseloste\.md\n[\s\S]*?\n\s+7:1\s+error\s+Template text left in: "\[Company Name\]"/);
    expect(refusedOutput).toMatch(/retention-period/);
    expect(refusedOutput).not.toMatch(/README\.md/);
    expect(git('rev-parse', '--verify', '-q', 'HEAD').status, 'no commit was made').not.toBe(0);

    // A draft the ignore file names, staged alone: pre-commit passes it by name; noticelint notes it and lets it through.
    mkdirSync(join(project, 'drafts'));
    writeFileSync(join(project, 'drafts', 'luonnos.md'), readFileSync(join(root, 'fixtures', 'examples', 'en-defective.md'), 'utf8'));
    git('reset', '-q');
    git('add', '.gitignore', '.noticelintignore', '.pre-commit-config.yaml', 'README.md', 'drafts/luonnos.md');
    const draft = git('commit', '-m', 'Add a draft');
    const draftOutput = draft.stdout + draft.stderr;
    expect(draft.status, draftOutput).toBe(0);
    expect(draftOutput).toMatch(/noticelint \(GDPR privacy notices\)\.+Passed/);
    expect(draftOutput).toMatch(/drafts\/luonnos\.md\n\s+1:1\s+warning\s+File ignored because of a matching pattern in \.noticelintignore; not checked\./);
    expect(draftOutput).not.toMatch(/template-leftover/);

    const today = new Date().toISOString().slice(0, 10);
    const fixed = readFileSync(join(root, 'fixtures', 'examples', 'fi-valid.md'), 'utf8').replace(/^date: .*$/m, `date: ${today}`);
    writeFileSync(join(project, 'tietosuojaseloste.md'), fixed);
    git('add', '-A');
    const accepted = git('commit', '-m', 'Add the privacy notice');
    const acceptedOutput = accepted.stdout + accepted.stderr;
    expect(accepted.status, acceptedOutput).toBe(0);
    expect(acceptedOutput).toMatch(/noticelint \(GDPR privacy notices\)\.+Passed/);
    expect(git('log', '--oneline').stdout).toMatch(/Add the privacy notice/);
  });
});
