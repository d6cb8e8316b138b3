import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lintFileSafely } from './lint-files.js';
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
