import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lintFileSafely } from './lint-files.js';
import type { LintOptions, LintResult } from './lint-types.js';
import type { LintJob, LintJobResult } from './lint-worker.js';

const IN_FLIGHT = 4;
const WORKER = new URL('./lint-worker.js', import.meta.url);

/**
 * Below this many files a worker's start-up (loading the parser, lexicons and rules in each
 * thread) and the messages back cost more than the second core saves. Measured with
 * `node bench/worker-threshold.mjs` on the 2-core development machine, shared with other busy
 * processes (so the absolute times are inflated and noisy; the pairs make the ratios
 * comparable), medians of 5 paired runs, workers' time / one thread's:
 *
 *   files            100    200    300    400    500    1000
 *   2 workers / one  0.96*  1.08   1.12   1.36   0.85   0.76
 *
 * (* a first pass gave 3.18 at 100.) Workers lose up to 400 files and win from 500 on.
 */
export const PARALLEL_THRESHOLD = 500;

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Lints files on worker threads, handing each worker the next file as it finishes one, and
 * passes each result to `emit` in the order of `paths` (a result that arrives early waits for
 * those before it), so the caller can write it and let it go. Few files, or one thread, run in
 * this thread.
 */
export async function lintFilesInOrder(
  paths: readonly string[],
  optionsFor: (path: string) => LintOptions,
  cwd: string,
  threads: number,
  emit: (result: LintResult) => void,
): Promise<void> {
  const workers = Math.min(threads, Math.ceil(paths.length / (PARALLEL_THRESHOLD / 2)));
  // Run from TypeScript sources (tests), the compiled worker does not exist: stay in this thread.
  if (workers <= 1 || paths.length < PARALLEL_THRESHOLD || !existsSync(fileURLToPath(WORKER))) {
    for (const path of paths) emit(await lintFileSafely(path, optionsFor(path), cwd));
    return;
  }
  const early = new Map<number, LintResult>();
  let nextToEmit = 0;
  const arrived = (index: number, result: LintResult): void => {
    early.set(index, result);
    for (let ready = early.get(nextToEmit); ready !== undefined; ready = early.get(nextToEmit)) {
      early.delete(nextToEmit++);
      emit(ready);
    }
  };
  let next = 0;
  const run = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let finishedSlots = 0;
      const send = (): void => {
        const index = next++;
        const path = paths[index];
        if (path === undefined) {
          if (++finishedSlots === IN_FLIGHT) void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ index, path, options: optionsFor(path), cwd } satisfies LintJob);
      };
      worker.on('message', ({ index, result }: LintJobResult) => {
        arrived(index, result);
        send();
      });
      worker.on('error', reject);
      // A few files in flight per worker, so that reading one overlaps linting another.
      for (let slot = 0; slot < IN_FLIGHT; slot++) send();
    });
  await Promise.all(Array.from({ length: workers }, () => run(new Worker(WORKER))));
}
