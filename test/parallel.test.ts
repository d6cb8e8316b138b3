import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD } from '../src/parallel.js';
import { tempTree } from './helpers.js';

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
