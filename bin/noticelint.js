#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/ (built by `npm run build`, run by `npm ci` through `prepare`).
import { main } from '../dist/cli.js';

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
