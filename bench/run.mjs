// npm run bench: noticelint side by side with bare Node and markdownlint-cli2, on one notice and
// on generated corpora of 2,000 and 10,000 notices; the cost curve per format from 10 KB to 5 MB;
// and the adversarial inputs. Medians and spread over --runs runs (default 5), peak RSS of each.
// Prints a table with the ratios and writes bench/results.json. Not a test: timings depend on the
// machine; compare ratios from one run.
//   node bench/run.mjs [--runs 5] [--corpora 2000,10000] [--sizes 10000,100000,1000000,5000000] [--skip-adversarial]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './make-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = join(tmpdir(), 'noticelint-bench');
const rssFile = join(scratch, 'rss');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}
const RUNS = Number(option('runs', '5'));
const CORPORA = option('corpora', '2000,10000').split(',').map(Number);
const SIZES = option('sizes', '10000,100000,1000000,5000000').split(',').map(Number);

const NOTICELINT = [join(root, 'bin', 'noticelint.js')];
const MARKDOWNLINT = [join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs')];

/** One run of `node [probe] script args`: wall seconds and peak RSS in MiB. Exit codes 0 and 1 are results. */
function once(script, args, cwd) {
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', join(root, 'bench', 'rss-probe.mjs'), ...script, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NOTICELINT_BENCH_RSS: rssFile, NO_COLOR: '1' },
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${script.join(' ')} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  let rss = NaN;
  try {
    rss = Number(readFileSync(rssFile, 'utf8')) / 2 ** 20;
  } catch {
    // the process ended before its exit handler ran
  }
  return { seconds, rss };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `runs` runs after one warm-up (file cache): median, min, max seconds and peak RSS. */
function measure(label, script, args, { cwd = root, runs = RUNS, warmUp = true } = {}) {
  if (warmUp) once(script, args, cwd);
  const samples = Array.from({ length: runs }, () => once(script, args, cwd));
  const seconds = samples.map((sample) => sample.seconds);
  const result = { label, median: median(seconds), min: Math.min(...seconds), max: Math.max(...seconds), rssMiB: Math.max(...samples.map((s) => s.rss)), runs };
  console.log(`${label.padEnd(58)} ${result.median.toFixed(3)} s  [${result.min.toFixed(3)}–${result.max.toFixed(3)}]  ${result.rssMiB.toFixed(0)} MiB`);
  return result;
}

function supports(flag) {
  return execFileSync(process.execPath, [...NOTICELINT, '--help'], { encoding: 'utf8' }).includes(flag);
}

const results = { date: new Date().toISOString(), node: process.version, runs: RUNS, rows: {}, ratios: {}, sizes: [] };
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const oneNotice = join(root, 'fixtures', 'examples', 'fi-valid.md');
const emptyConfig = join(scratch, 'empty');
mkdirSync(emptyConfig);

console.log(`Node ${process.version}; ${RUNS} runs each after a warm-up; median [min–max], peak RSS\n`);
results.rows.node = measure('node -e 0', ['-e', '0'], []);
results.rows.one = measure('noticelint: one Markdown notice (4 KB)', NOTICELINT, [oneNotice]);
results.rows.oneMarkdownlint = measure('markdownlint-cli2: the same notice', MARKDOWNLINT, [oneNotice], { cwd: emptyConfig });
results.ratios.oneVsNode = results.rows.one.median / results.rows.node.median;

const cache = supports('--cache');
for (const count of CORPORA) {
  const folder = join(scratch, `corpus-${count}`);
  const written = await makeCorpus(count, folder, { formats: ['md'] });
  const label = `${count} Markdown notices (${(written.bytes / 1e6).toFixed(1)} MB)`;
  const mine = measure(`noticelint: ${label}`, NOTICELINT, ['--format', 'json', '--no-config', '.'], {
    cwd: folder,
    runs: Math.min(RUNS, count > 5000 ? 3 : RUNS),
  });
  const theirs = measure(`markdownlint-cli2: ${label}`, MARKDOWNLINT, ['**/*.md'], { cwd: folder, runs: Math.min(RUNS, count > 5000 ? 3 : RUNS) });
  results.rows[`corpus${count}`] = mine;
  results.rows[`corpus${count}Markdownlint`] = theirs;
  results.ratios[`corpus${count}VsMarkdownlint`] = mine.median / theirs.median;
  if (cache) {
    const cacheFile = join(scratch, `cache-${count}`);
    once(NOTICELINT, ['--format', 'json', '--no-config', '--cache', '--cache-location', cacheFile, '.'], folder);
    const warm = measure(`noticelint --cache, warm: ${label}`, NOTICELINT, ['--format', 'json', '--no-config', '--cache', '--cache-location', cacheFile, '.'], {
      cwd: folder,
      warmUp: false,
    });
    results.rows[`corpus${count}WarmCache`] = warm;
    results.ratios[`corpus${count}WarmVsCold`] = warm.median / mine.median;
  }
  rmSync(folder, { recursive: true, force: true });
}

// Results are streamed, not held: peak RSS should stay flat as the corpus grows (target ≤ 250 MiB at 10,000).
if (results.rows.corpus2000 && results.rows.corpus10000) results.ratios.rss10000Vs2000 = results.rows.corpus10000.rssMiB / results.rows.corpus2000.rssMiB;

// Cost per size and format: one file, grown from a real notice by repeating its body.
console.log('\ncost per file size (one file, median of runs):');
const base = readFileSync(join(root, 'fixtures', 'corpus', 'notices', 'fi-06-tietokilta-jasenrekisteri.md'), 'utf8');
const { parseNotice, kindOf } = await import(join(root, 'dist', 'tooling.js'));
const { toYamlNotice } = await import(join(root, 'dist', 'tooling.js'));
const baseYaml = toYamlNotice(await parseNotice(base, kindOf('x.md')));
const grow = (text, size) => text.repeat(Math.ceil(size / text.length)).slice(0, size);
// A notice grows as real long notices do, by longer sections, not by more of them: the base
// notice, then its body lines (no headings) repeated. Repeating headings would pass the
// parser's limit of 5,000 headings near 4 MB, and the file would be refused, not linted.
const longer = (text, size) => {
  const body = text
    .split('\n')
    .filter((line) => !/^#/.test(line))
    .join('\n');
  return text.length >= size ? text.slice(0, size) : `${text}\n\n${grow(body, size - text.length - 2)}`;
};
for (const format of ['md', 'txt', 'yaml']) {
  for (const size of SIZES) {
    const file = join(scratch, `size-${size}.${format}`);
    // A YAML notice grows by more sections, so it stays valid YAML.
    const content =
      format === 'yaml'
        ? baseYaml.replace(/sections:\n([\s\S]*)$/, (_, items) => `sections:\n${grow(items, size - 200)}`).replace(/[^\n]*$/, '')
        : longer(format === 'txt' ? base.replace(/^#+\s+|\*\*/gm, '') : base, size);
    writeFileSync(file, content);
    const row = measure(`  ${format} ${(size / 1e3).toFixed(0)} KB`, NOTICELINT, ['--no-config', '--max-file-size', String(size * 2), file], {
      runs: size >= 1e6 ? 1 : RUNS,
      warmUp: size < 1e6,
    });
    results.sizes.push({ format, bytes: size, ...row, secondsPerMB: row.median / (size / 1e6) });
  }
}

if (!process.argv.includes('--skip-adversarial')) {
  const { adversarialInputs } = await import('./adversarial-inputs.mjs');
  const hostile = join(scratch, 'adversarial');
  mkdirSync(hostile, { recursive: true });
  writeFileSync(join(hostile, '.noticelintrc.yaml'), 'extends: strict\n'); // every rule on, vague-language too
  console.log('\nadversarial inputs (1 MB each, plain text; every rule on):');
  results.adversarial = Object.entries(adversarialInputs()).map(([name, text], index) => {
    const file = join(hostile, `${index}.txt`);
    writeFileSync(file, text);
    return measure(`  ${name}`, NOTICELINT, [file], { runs: 1, warmUp: false });
  });
}

console.log('\nratios (targets in parentheses):');
const target = { oneVsNode: '≤ 1.5', corpus10000VsMarkdownlint: '≤ 0.33', corpus10000WarmVsCold: '≤ 0.1', rss10000Vs2000: '≈ 1, flat' };
for (const [name, value] of Object.entries(results.ratios)) console.log(`  ${name.padEnd(32)} ${value.toFixed(2)}${target[name] ? `  (${target[name]})` : ''}`);
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
rmSync(scratch, { recursive: true, force: true });
console.log('\nwritten: bench/results.json');
