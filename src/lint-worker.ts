import { parentPort } from 'node:worker_threads';
import { lintFileSafely } from './lint-files.js';
import type { LintOptions, LintResult } from './lint-types.js';

export interface LintJob {
  index: number;
  path: string;
  options: LintOptions;
  cwd: string;
}

export interface LintJobResult {
  index: number;
  result: LintResult;
}

// One file at a time, as the pool hands them out; only what formatters need goes back.
parentPort?.on('message', (job: LintJob) => {
  void lintFileSafely(job.path, job.options, job.cwd).then((result) => {
    parentPort?.postMessage({ index: job.index, result } satisfies LintJobResult);
  });
});
