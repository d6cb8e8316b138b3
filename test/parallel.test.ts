import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../src/lint-files.js';
import type { LintResult } from '../src/lint-types.js';
import { lintOnThreads, PARALLEL_THRESHOLD } from '../src/parallel.js';
import { REFERENCE_DATE, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const seeds = readdirSync(join(root, 'fixtures', 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(root, 'fixtures', 'seeds', name), 'utf8'));

describe('worker threads (built CLI, as npm ci leaves it)', () => {
  it('give the same report, in the same order, as one thread', { timeout: 600_000 }, async () => {
    // The built worker must exist, or the CLI would quietly lint in one thread.
    expect(existsSync(join(root, 'dist', 'lint-worker.js'))).toBe(true);
    const count = PARALLEL_THRESHOLD + 50;
    const files = Object.fromEntries(
      Array.from({ length: count }, (_, index) => [`d${index % 3}/${String(index).padStart(4, '0')}.txt`, seeds[index % seeds.length] ?? '']),
    );
    files['d1/bad.yaml'] = 'sections: [\n';
    const folder = await tempTree(files);
    const run = (concurrency: string, ...extra: string[]): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(
        process.execPath,
        [join(root, 'bin', 'noticelint.js'), '--format', 'json', '--reference-date', '2026-11-22', '--concurrency', concurrency, ...extra, '.'],
        { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
    const one = run('1');
    const two = run('2');
    expect([one.status, one.stderr]).toEqual([1, '']);
    expect([two.status, two.stderr]).toEqual([1, '']);
    expect(two.stdout).toBe(one.stdout);
    const results = JSON.parse(two.stdout) as { filePath: string; fatalErrorCount: number }[];
    expect(results).toHaveLength(count + 1);
    expect(results.find((result) => result.filePath === 'd1/bad.yaml')?.fatalErrorCount).toBe(1);
    // With --cache the misses go to the workers: a cold run and a warm one report the same, and
    // every file but the one with a fatal finding is stored.
    const cacheFile = join(folder, 'cache.json');
    const cold = run('2', '--cache', '--cache-location', cacheFile);
    expect([cold.status, cold.stderr, cold.stdout]).toEqual([1, '', one.stdout]);
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
    expect([Object.keys(cached.entries).length, 'd1/bad.yaml' in cached.entries]).toEqual([count, false]);
    const warm = run('2', '--cache', '--cache-location', cacheFile);
    expect([warm.status, warm.stderr, warm.stdout]).toEqual([1, '', one.stdout]);
  });
});

describe('a worker that runs out of memory', () => {
  it('loses no file: this thread lints the files it had in flight, and the results are the same', { timeout: 300_000 }, async () => {
    const script = join(root, 'dist', 'lint-worker.js');
    expect(existsSync(script)).toBe(true);
    // A notice of about 2 MB, its paragraphs over and over: it needs more than the 16 MiB old
    // generation the worker gets below, which the seeds do not.
    const [title = '', ...body] = (seeds[0] ?? '').split('\n\n');
    const big = [title, ...Array.from({ length: 500 }, () => body).flat()].join('\n\n');
    // The worker is handed the first files before this thread takes one: the big notice is the worker's.
    const names = Array.from({ length: 10 }, (_, index) => `${index}.txt`);
    const folder = await tempTree(Object.fromEntries(names.map((name, index) => [name, index === 1 ? big : (seeds[index % seeds.length] ?? '')])));
    const paths = names.map((name) => join(folder, name));
    const options = { now: REFERENCE_DATE };
    const emitted: LintResult[] = [];
    const lost = await lintOnThreads(
      paths,
      () => options,
      folder,
      2,
      (result) => emitted.push(result),
      {
        script: pathToFileURL(script),
        resourceLimits: { maxOldGenerationSizeMb: 16 },
      },
    );
    expect(lost.map(({ error }) => (error as NodeJS.ErrnoException | undefined)?.code)).toEqual(['ERR_WORKER_OUT_OF_MEMORY']);
    expect(lost[0]?.relinted).toBeGreaterThanOrEqual(1);
    expect(emitted).toEqual(await lintFiles(paths, options, folder));
  });
});
