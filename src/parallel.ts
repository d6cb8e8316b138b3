import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lintFiles } from './lint-files.js';
import type { LintOptions, LintResult } from './lint-types.js';
import type { LintJob, LintJobResult } from './lint-worker.js';

const IN_FLIGHT = 4;
const WORKER = new URL('./lint-worker.js', import.meta.url);

/** Below this many files a worker's start-up (module loading, ~0.1 s) costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Lints files on worker threads, handing each worker the next file as it finishes one, and
 * returns the results in the order of `paths`. Few files, or one thread, run in this thread.
 */
export async function lintFilesInParallel(
  paths: readonly string[],
  optionsFor: (path: string) => LintOptions,
  cwd: string,
  threads = defaultThreads(),
): Promise<LintResult[]> {
  const workers = Math.min(threads, Math.ceil(paths.length / (PARALLEL_THRESHOLD / 2)));
  // Run from TypeScript sources (tests), the compiled worker does not exist: stay in this thread.
  if (workers <= 1 || paths.length < PARALLEL_THRESHOLD || !existsSync(fileURLToPath(WORKER))) return lintFiles(paths, optionsFor, cwd);
  const results = new Array<LintResult>(paths.length);
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
        results[index] = result;
        send();
      });
      worker.on('error', reject);
      // A few files in flight per worker, so that reading one overlaps linting another.
      for (let slot = 0; slot < IN_FLIGHT; slot++) send();
    });
  await Promise.all(Array.from({ length: workers }, () => run(new Worker(WORKER))));
  return results;
}
