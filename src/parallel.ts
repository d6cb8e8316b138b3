import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { lintFileSafely } from './lint-files.js';
import type { LintOptions, LintResult } from './lint-types.js';
import type { LintJob, LintJobResult } from './lint-worker.js';

const IN_FLIGHT = 4;

/** The script each worker runs and the limits of its V8 heap. */
export interface LintWorkers {
  script: URL;
  resourceLimits: ResourceLimits;
}

/**
 * A worker's young generation at V8's default (two 16 MiB semi-spaces, both in use in a busy
 * worker) is a sixth of a large run's peak memory; half of it still lets what one notice
 * allocates die young. The old generation keeps V8's limit: a 5 MB notice legitimately needs
 * ~250 MiB. The main thread's young generation is fixed before any code runs.
 */
export const LINT_WORKERS: LintWorkers = {
  script: new URL('./lint-worker.js', import.meta.url),
  resourceLimits: { maxYoungGenerationSizeMb: 24 },
};

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
 * Lints files on `threads` threads: this one and `threads - 1` workers, each taking the next
 * file as it finishes one, and passes each result to `emit` in the order of `paths` (a result
 * that arrives early waits for those before it), so the caller can write it and let it go.
 * This thread lints too rather than only dispatching: on two cores one worker and this thread
 * keep both busy with two V8 heaps instead of three, which is most of a large run's peak memory.
 * Few files, or one thread, run in this thread alone.
 */
export async function lintFilesInOrder(
  paths: readonly string[],
  optionsFor: (path: string) => LintOptions,
  cwd: string,
  threads: number,
  emit: (result: LintResult) => void,
): Promise<void> {
  const lintThreads = Math.min(threads, Math.ceil(paths.length / (PARALLEL_THRESHOLD / 2)));
  // Run from TypeScript sources (tests), the compiled worker does not exist: stay in this thread.
  if (lintThreads <= 1 || paths.length < PARALLEL_THRESHOLD || !existsSync(fileURLToPath(LINT_WORKERS.script))) {
    for (const path of paths) emit(await lintFileSafely(path, optionsFor(path), cwd));
    return;
  }
  await lintOnThreads(paths, optionsFor, cwd, lintThreads, emit, LINT_WORKERS);
}

/** A worker that ended before its work did: what it died of (ERR_WORKER_OUT_OF_MEMORY, a crash) and how many of its files this thread linted instead. */
export interface LostWorker {
  error: Error | undefined;
  relinted: number;
}

/** A file and its place in the run. */
interface Job {
  index: number;
  path: string;
}

/** Takes results in any order and passes them to `emit` in the order of their indexes. */
function inOrder(emit: (result: LintResult) => void): (index: number, result: LintResult) => void {
  const early = new Map<number, LintResult>();
  let nextToEmit = 0;
  return (index, result) => {
    early.set(index, result);
    for (let ready = early.get(nextToEmit); ready !== undefined; ready = early.get(nextToEmit)) {
      early.delete(nextToEmit++);
      emit(ready);
    }
  };
}

/**
 * lintFilesInOrder's threads, whatever the number of files. A worker that dies (out of memory
 * under `workers.resourceLimits`, or a crash) loses no file: the files it had in flight are
 * linted in this thread, and the files not yet handed out go to the threads left.
 */
export async function lintOnThreads(
  paths: readonly string[],
  optionsFor: (path: string) => LintOptions,
  cwd: string,
  threads: number,
  emit: (result: LintResult) => void,
  workers: LintWorkers,
): Promise<LostWorker[]> {
  const arrived = inOrder(emit);
  let next = 0;
  const take = (): Job | undefined => {
    const path = paths[next];
    return path === undefined ? undefined : { index: next++, path };
  };
  const lintHere = async ({ index, path }: Job): Promise<void> => {
    arrived(index, await lintFileSafely(path, optionsFor(path), cwd));
    // Between two files, let the workers' results in and hand them their next files.
    await new Promise((resolve) => setImmediate(resolve));
  };
  const run = (worker: Worker): Promise<LostWorker | undefined> =>
    new Promise((resolve) => {
      const inFlight = new Map<number, Job>();
      let finished = false;
      let failure: Error | undefined;
      const send = (): void => {
        const job = take();
        if (job === undefined) {
          if (inFlight.size === 0 && !finished) {
            finished = true;
            void worker.terminate();
          }
          return;
        }
        inFlight.set(job.index, job);
        worker.postMessage({ ...job, options: optionsFor(job.path), cwd } satisfies LintJob);
      };
      worker.on('message', ({ index, result }: LintJobResult) => {
        inFlight.delete(index);
        arrived(index, result);
        send();
      });
      worker.on('error', (error) => {
        failure = error;
      });
      worker.on('exit', () => {
        if (finished) return resolve(undefined);
        const lost = [...inFlight.values()].sort((a, b) => a.index - b.index);
        void (async () => {
          for (const job of lost) await lintHere(job);
          resolve({ error: failure, relinted: lost.length });
        })();
      });
      // A few files in flight per worker, so that reading one overlaps linting another.
      for (let slot = 0; slot < IN_FLIGHT; slot++) send();
    });
  const lintRestHere = async (): Promise<undefined> => {
    for (let job = take(); job !== undefined; job = take()) await lintHere(job);
    return undefined;
  };
  const ends = await Promise.all([
    ...Array.from({ length: threads - 1 }, () => run(new Worker(workers.script, { resourceLimits: workers.resourceLimits }))),
    lintRestHere(),
  ]);
  return ends.filter((end): end is LostWorker => end !== undefined);
}
