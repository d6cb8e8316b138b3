// Loaded with `node --import` into a benchmarked process: on exit, writes the process's peak
// resident set size (bytes; worker threads included) to the file named by NOTICELINT_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const target = process.env.NOTICELINT_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
