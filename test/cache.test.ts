import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFilePath, DEFAULT_CACHE_FILE, parseCacheFile, settingsKey } from '../src/lint-cache.js';
import { runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const VERSION = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const seeds = readdirSync(join(root, 'fixtures', 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(root, 'fixtures', 'seeds', name), 'utf8'));

const JSON_ARGS = ['--format', 'json', '--reference-date', '2026-11-22'];
const TAMPERED = 'served from the cache';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; message: string; line: number; fatal?: boolean }[];
  output?: string;
}

interface StoredCache {
  version: string;
  entries: Record<string, { fingerprint: string; settings: string; result: JsonResult }>;
}

/** Three of the seed notices, each with findings. */
async function notices(): Promise<string> {
  return tempTree({ 'a.txt': seeds[0] ?? '', 'b.txt': seeds[1] ?? '', 'sub/c.txt': seeds[2] ?? '' });
}

async function lint(folder: string, ...args: string[]): Promise<JsonResult[]> {
  const run = await runCli([...JSON_ARGS, ...args], folder);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonResult[];
}

function stored(folder: string, file = DEFAULT_CACHE_FILE): StoredCache {
  return JSON.parse(readFileSync(join(folder, file), 'utf8')) as StoredCache;
}

/**
 * Rewrites every stored message to TAMPERED: a run that then shows TAMPERED was served from the
 * cache, one that shows the real messages linted the file again.
 */
function tamper(folder: string, change: (cache: StoredCache) => void = () => undefined): void {
  const cache = stored(folder);
  for (const entry of Object.values(cache.entries)) for (const message of entry.result.messages) message.message = TAMPERED;
  change(cache);
  writeFileSync(join(folder, DEFAULT_CACHE_FILE), JSON.stringify(cache));
}

const served = (results: readonly JsonResult[]): Record<string, boolean> =>
  Object.fromEntries(
    results.map((result) => [result.filePath, result.messages.length > 0 && result.messages.every((message) => message.message === TAMPERED)]),
  );

describe('--cache', () => {
  it('gives the report of a run without it, stores one entry per file, and serves unchanged files from the cache', async () => {
    const folder = await notices();
    const plain = await lint(folder, '.');
    expect(existsSync(join(folder, DEFAULT_CACHE_FILE))).toBe(false);
    expect(await lint(folder, '--cache', '.')).toEqual(plain);
    const cache = stored(folder);
    expect(cache.version).toBe(VERSION);
    expect(Object.keys(cache.entries).sort()).toEqual(['a.txt', 'b.txt', 'sub/c.txt']);
    expect(plain.every((result) => result.messages.length > 0)).toBe(true);
    expect(await lint(folder, '--cache', '.')).toEqual(plain);
    tamper(folder);
    expect(served(await lint(folder, '--cache', '.'))).toEqual({ 'a.txt': true, 'b.txt': true, 'sub/c.txt': true });
  });

  it('does not rewrite the cache file when nothing changed, and does when a file did', async () => {
    const folder = await notices();
    await lint(folder, '--cache', '.');
    const cacheFile = join(folder, DEFAULT_CACHE_FILE);
    const past = new Date('2001-01-01T00:00:00Z');
    utimesSync(cacheFile, past, past);
    await lint(folder, '--cache', '.');
    expect(statSync(cacheFile).mtimeMs).toBe(past.getTime());
    writeFileSync(join(folder, 'a.txt'), `${seeds[0] ?? ''}\nOne more line.\n`);
    await lint(folder, '--cache', '.');
    expect(statSync(cacheFile).mtimeMs).toBeGreaterThan(past.getTime());
  });

  it('lints again only the files whose content changed', async () => {
    const folder = await notices();
    await lint(folder, '--cache', '.');
    tamper(folder);
    writeFileSync(join(folder, 'b.txt'), `${seeds[1] ?? ''}\nOne more line.\n`);
    const results = await lint(folder, '--cache', '.');
    expect(served(results)).toEqual({ 'a.txt': true, 'b.txt': false, 'sub/c.txt': true });
    // The changed file's new result is stored: the next run serves it.
    tamper(folder);
    expect(served(await lint(folder, '--cache', '.'))).toEqual({ 'a.txt': true, 'b.txt': true, 'sub/c.txt': true });
  });

  it('serves a result stored from another working folder under the path of this run', async () => {
    const folder = await notices();
    await lint(folder, '--cache', '--cache-location', join(folder, DEFAULT_CACHE_FILE), '.');
    tamper(folder);
    const results = await lint(join(folder, 'sub'), '--cache', '--cache-location', join(folder, DEFAULT_CACHE_FILE), '.');
    expect(results.map((result) => [result.filePath, result.messages[0]?.message])).toEqual([['c.txt', TAMPERED]]);
  });

  it('lints again when the settings for a file change: a rule setting, or the configuration file', async () => {
    const folder = await notices();
    await lint(folder, '--cache', '.');
    tamper(folder);
    expect(served(await lint(folder, '--cache', '--rule', 'html-remnant: error', '.'))).toEqual({ 'a.txt': false, 'b.txt': false, 'sub/c.txt': false });
    await lint(folder, '--cache', '.');
    tamper(folder);
    writeFileSync(join(folder, 'sub', '.noticelintrc.yaml'), 'rules:\n  retention-period: off\n');
    expect(served(await lint(folder, '--cache', '.'))).toEqual({ 'a.txt': true, 'b.txt': true, 'sub/c.txt': false });
  });

  it('keys on the reference day while notice-date is on, and not when it is off', async () => {
    const folder = await notices();
    await lint(folder, '--cache', '.');
    tamper(folder);
    expect(served(await lint(folder, '--cache', '--reference-date', '2026-11-23', '.'))).toEqual({ 'a.txt': false, 'b.txt': false, 'sub/c.txt': false });
    const off = ['--rule', 'notice-date: off'];
    await lint(folder, '--cache', ...off, '.');
    tamper(folder);
    expect(served(await lint(folder, '--cache', ...off, '--reference-date', '2027-01-01', '.'))).toEqual({ 'a.txt': true, 'b.txt': true, 'sub/c.txt': true });
  });

  it('a settings key changes with the version, the options and the day, not with the order of options or a fix flag', () => {
    const now = new Date('2026-11-22T08:00:00Z');
    const key = settingsKey({ now, language: 'fi', rules: { 'html-remnant': 'error' } }, '1.0.0');
    expect(settingsKey({ rules: { 'html-remnant': 'error' }, language: 'fi', now: new Date('2026-11-22T20:00:00Z'), fix: true }, '1.0.0')).toBe(key);
    expect(settingsKey({ now, language: 'fi', rules: { 'html-remnant': 'error' } }, '1.0.1')).not.toBe(key);
    expect(settingsKey({ now, language: 'sv', rules: { 'html-remnant': 'error' } }, '1.0.0')).not.toBe(key);
    expect(settingsKey({ now: new Date('2026-11-23T08:00:00Z'), language: 'fi', rules: { 'html-remnant': 'error' } }, '1.0.0')).not.toBe(key);
    // Without notice-date, the date does not count; "today" is used when no reference date is given.
    const dateless = { language: 'fi' as const, rules: { 'notice-date': 'off' as const } };
    expect(settingsKey({ ...dateless, now }, '1.0.0')).toBe(settingsKey({ ...dateless, now: new Date('2030-01-01T00:00:00Z') }, '1.0.0'));
    expect(settingsKey({ language: 'fi' }, '1.0.0', now)).toBe(settingsKey({ language: 'fi', now }, '1.0.0'));
  });

  describe('a cache file that cannot be trusted is ignored and rewritten', () => {
    const cases: [string, (folder: string) => void][] = [
      ['corrupt', (folder) => writeFileSync(join(folder, DEFAULT_CACHE_FILE), '\u0000\u00ffnot json at all')],
      [
        'truncated',
        (folder) => {
          tamper(folder);
          const text = readFileSync(join(folder, DEFAULT_CACHE_FILE), 'utf8');
          writeFileSync(join(folder, DEFAULT_CACHE_FILE), text.slice(0, Math.floor(text.length / 2)));
        },
      ],
      ['of another version', (folder) => tamper(folder, (cache) => (cache.version = '0.0.0-older'))],
      [
        'of another shape',
        (folder) =>
          tamper(folder, (cache) => {
            for (const entry of Object.values(cache.entries)) (entry.result as unknown as Record<string, unknown>).messages = 'none';
          }),
      ],
      [
        'stale (the files changed since)',
        (folder) => {
          tamper(folder);
          for (const [name, seed] of [
            ['a.txt', seeds[0]],
            ['b.txt', seeds[1]],
            ['sub/c.txt', seeds[2]],
          ] as const)
            writeFileSync(join(folder, name), `${seed ?? ''}\n`);
        },
      ],
    ];
    for (const [name, spoil] of cases) {
      it(name, async () => {
        const folder = await notices();
        const plain = await lint(folder, '.');
        await lint(folder, '--cache', '.');
        spoil(folder);
        const results = await lint(folder, '--cache', '.');
        expect(served(results)).toEqual({ 'a.txt': false, 'b.txt': false, 'sub/c.txt': false });
        expect(results.map((result) => result.messages.map((message) => message.messageId))).toEqual(
          plain.map((result) => result.messages.map((message) => message.messageId)),
        );
        const rewritten = stored(folder);
        expect([rewritten.version, Object.keys(rewritten.entries).sort()]).toEqual([VERSION, ['a.txt', 'b.txt', 'sub/c.txt']]);
        expect(parseCacheFile(readFileSync(join(folder, DEFAULT_CACHE_FILE), 'utf8'), VERSION)).toMatchObject({ intact: true, entries: expect.any(Map) });
      });
    }
  });

  it('drops the entries of files that no longer exist, and keeps those of files this run did not lint', async () => {
    const folder = await notices();
    await lint(folder, '--cache', '.');
    rmSync(join(folder, 'b.txt'));
    await lint(folder, '--cache', 'a.txt');
    expect(Object.keys(stored(folder).entries).sort()).toEqual(['a.txt', 'sub/c.txt']);
  });

  it('does not store fatal results: an unreadable or empty file is read again next time', async () => {
    const folder = await tempTree({ 'a.txt': seeds[0] ?? '', 'empty.md': '', 'broken.yaml': 'sections: [\n' });
    const run = await runCli([...JSON_ARGS, '--cache', '.'], folder);
    expect(run.code).toBe(1);
    expect(Object.keys(stored(folder).entries)).toEqual(['a.txt']);
    expect(
      (JSON.parse(run.stdout) as JsonResult[]).map((result) => [
        result.filePath,
        result.messages.filter((message) => message.fatal).map((message) => message.messageId),
      ]),
    ).toEqual([
      ['a.txt', []],
      ['broken.yaml', ['yaml-syntax']],
      ['empty.md', ['empty']],
    ]);
  });

  it('with --fix, lints a stored file with findings again so that its fixes are made, and stores no fixed result', async () => {
    const notice = 'Seloste\n\n1. Säilytysaika <p>2 vuotta</p>\n';
    const folder = await tempTree({ 'fixable.txt': notice });
    const before = await lint(folder, '--cache', '--rule', 'html-remnant: warn', 'fixable.txt');
    expect(before[0]?.messages.some((message) => message.ruleId === 'html-remnant')).toBe(true);
    const fixed = await runCli([...JSON_ARGS, '--cache', '--fix', 'fixable.txt'], folder);
    expect(readFileSync(join(folder, 'fixable.txt'), 'utf8')).toBe('Seloste\n\n1. Säilytysaika 2 vuotta\n');
    expect((JSON.parse(fixed.stdout) as JsonResult[])[0]?.output).toBe('Seloste\n\n1. Säilytysaika 2 vuotta\n');
    expect(stored(folder).entries['fixable.txt']).toBeUndefined();
    // The fixed file is linted and stored on the next run.
    await lint(folder, '--cache', 'fixable.txt');
    expect(stored(folder).entries['fixable.txt']?.result.messages.some((message) => message.ruleId === 'html-remnant')).toBe(false);
  });

  it('--cache-strategy metadata tells a change by size and modification time, content by the bytes', async () => {
    const folder = await notices();
    await lint(folder, '--cache', '--cache-strategy', 'metadata', '.');
    tamper(folder);
    const later = new Date('2030-01-01T00:00:00Z');
    utimesSync(join(folder, 'a.txt'), later, later);
    expect(served(await lint(folder, '--cache', '--cache-strategy', 'metadata', '.'))).toEqual({ 'a.txt': false, 'b.txt': true, 'sub/c.txt': true });
    // The content strategy does not read the time: same bytes, same result; and it keys apart from metadata.
    await lint(folder, '--cache', '.');
    tamper(folder);
    utimesSync(join(folder, 'b.txt'), later, later);
    expect(served(await lint(folder, '--cache', '.'))).toEqual({ 'a.txt': true, 'b.txt': true, 'sub/c.txt': true });
  });

  it('--cache-location names the file, or a folder (ending in a slash, or existing) that gets a file per working folder', async () => {
    const folder = await notices();
    expect(cacheFilePath(undefined, folder)).toBe(join(folder, DEFAULT_CACHE_FILE));
    expect(cacheFilePath('ci/lint-cache.json', folder)).toBe(join(folder, 'ci', 'lint-cache.json'));
    const inFolder = cacheFilePath('caches/', folder);
    expect(inFolder).toMatch(new RegExp(`^${join(folder, 'caches')}/\\.cache_[0-9a-f]{12}$`));
    mkdirSync(join(folder, 'existing'));
    expect(cacheFilePath('existing', folder)).toBe(join(folder, 'existing', inFolder.slice(inFolder.lastIndexOf('/') + 1)));
    await lint(folder, '--cache', '--cache-location', 'caches/', '.');
    expect(Object.keys((JSON.parse(readFileSync(inFolder, 'utf8')) as StoredCache).entries).sort()).toEqual(['../a.txt', '../b.txt', '../sub/c.txt']);
    expect(existsSync(join(folder, DEFAULT_CACHE_FILE))).toBe(false);
    // Without --cache the location is not used.
    rmSync(inFolder);
    await lint(folder, '--cache-location', 'caches/', '.');
    expect(existsSync(inFolder)).toBe(false);
  });

  it('warns and still reports when the cache file cannot be written', async () => {
    const folder = await notices();
    mkdirSync(join(folder, 'taken'));
    writeFileSync(join(folder, 'taken', 'file'), '');
    const run = await runCli([...JSON_ARGS, '--cache', '--cache-location', 'taken/file/cache', '.'], folder);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as JsonResult[]).map((result) => result.filePath)).toEqual(['a.txt', 'b.txt', 'sub/c.txt']);
    expect(run.stderr).toMatch(/^noticelint: could not write the cache file taken\/file\/cache: /);
  });
});
