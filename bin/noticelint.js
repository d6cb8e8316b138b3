#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`, run by `npm ci` through `prepare`).
import { setFlagsFromString } from 'node:v8';
import { main } from '../dist/cli.js';

// V8 lets the old generation grow to up to 4 times what survived the last full collection before
// collecting again. A run over thousands of notices keeps ~20 MiB alive per thread but churns
// through garbage, so each heap swelled to ~120 MiB and peak RSS kept rising with the number of
// files. Twice what survived keeps each heap near 80 MiB; 1.5 times saved 20 MiB more at 10,000
// notices but cost ~8 % wall time in full collections. The flag is read at every full
// collection, so setting it here, before any notice is linted, holds for this thread and the
// workers alike.
setFlagsFromString('--heap-growing-percent=100');

// The report is written as files are linted; a reader that stops early (`| head`) closes the
// pipe, and there is nobody left to write to: stop quietly, as Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await main(process.argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.columns,
  cwd: process.cwd(),
});
process.exitCode = exitCode;
