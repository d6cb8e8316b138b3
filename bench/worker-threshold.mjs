// At which file count do worker threads start to pay? Runs noticelint on generated corpora of
// each size with `--concurrency 1` (this thread) and `--concurrency N` (workers), the two runs of
// a pair back to back so that load from other processes hits both alike, and prints the medians.
// Workers are forced at every size by a scratch copy of dist/ whose PARALLEL_THRESHOLD is 1.
// The result sets PARALLEL_THRESHOLD in src/parallel.ts. Not a test: timings depend on the machine.
//   node bench/worker-threshold.mjs [--runs 5] [--counts 100,200,300,400,500,1000] [--threads 2]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './make-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = join(tmpdir(), 'noticelint-threshold');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}
const RUNS = Number(option('runs', '5'));
const COUNTS = option('counts', '100,200,300,400,500,1000').split(',').map(Number);
const THREADS = Number(option('threads', String(Math.min(availableParallelism(), 8))));

/** A copy of the built CLI that uses workers for any number of files. */
function forcedWorkersCopy() {
  const copy = join(scratch, 'noticelint');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const parallel = join(copy, 'dist', 'parallel.js');
  const patched = readFileSync(parallel, 'utf8').replace(/PARALLEL_THRESHOLD = \d+/, 'PARALLEL_THRESHOLD = 1');
  if (!patched.includes('PARALLEL_THRESHOLD = 1')) throw new Error('PARALLEL_THRESHOLD not found in dist/parallel.js');
  writeFileSync(parallel, patched);
  return join(copy, 'bin', 'noticelint.js');
}

function seconds(cli, concurrency, cwd) {
  const start = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [cli, '--format', 'json', '--no-config', '--reference-date', '2026-11-22', '--concurrency', String(concurrency), '.'],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`exit ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const cli = forcedWorkersCopy();
console.log(`Node ${process.version}; ${RUNS} pairs per size after one warm-up pair; one thread vs ${THREADS} workers\n`);
console.log('files  one thread (s)  workers (s)  workers / one');
const rows = [];
for (const count of COUNTS) {
  const folder = join(scratch, `corpus-${count}`);
  await makeCorpus(count, folder);
  seconds(cli, 1, folder);
  seconds(cli, THREADS, folder);
  const one = [];
  const workers = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so neither always runs on the warmer machine.
    if (run % 2) workers.push(seconds(cli, THREADS, folder));
    one.push(seconds(cli, 1, folder));
    if (!(run % 2)) workers.push(seconds(cli, THREADS, folder));
  }
  const row = { files: count, one: median(one), workers: median(workers) };
  rows.push(row);
  console.log(
    `${String(count).padStart(5)}  ${row.one.toFixed(3).padStart(14)}  ${row.workers.toFixed(3).padStart(11)}  ${(row.workers / row.one).toFixed(2).padStart(13)}`,
  );
  rmSync(folder, { recursive: true, force: true });
}
rmSync(scratch, { recursive: true, force: true });
