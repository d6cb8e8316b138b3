// Benchmark: lints a generated corpus of seed-like notices with the built CLI and
// prints wall-clock times. Not a test: timings depend on the machine.
//   node bench/run.mjs [files=2000]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 2000);
const corpus = join(tmpdir(), 'noticelint-bench-corpus');
const sources = [join(root, 'fixtures', 'seeds'), join(root, 'fixtures', 'examples')].flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => /\.(txt|md|yaml)$/.test(file) && file !== 'expected.yaml')
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') })),
);

rmSync(corpus, { recursive: true, force: true });
let bytes = 0;
for (let i = 0; i < count; i++) {
  const { file, text } = sources[i % sources.length];
  const folder = join(corpus, String(Math.floor(i / 500)));
  mkdirSync(folder, { recursive: true });
  // Vary the text so no layer can cache across files.
  const varied = text.replace(/Oy|AB|Ltd/, (name) => `${name} ${i}`);
  writeFileSync(join(folder, `${i}-${file}`), varied);
  bytes += Buffer.byteLength(varied);
}

function time(label, args) {
  const start = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [join(root, 'bin', 'noticelint.js'), ...args], { stdio: 'ignore' });
  } catch {
    // exit 1 = findings; expected
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label.padEnd(44)} ${seconds.toFixed(2)} s`);
  return seconds;
}

const start = process.hrtime.bigint();
execFileSync(process.execPath, ['-e', '0']);
console.log(`${'node -e 0'.padEnd(44)} ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(2)} s`);
time('one seed notice (plain text)', [join(root, 'fixtures', 'seeds', '004_61210c77dfd498b8.txt')]);
time('one Markdown notice', [join(root, 'fixtures', 'examples', 'fi-valid.md')]);
time(`corpus: ${count} files, ${(bytes / 1e6).toFixed(1)} MB`, ['--format', 'json', corpus]);
rmSync(corpus, { recursive: true, force: true });

// Adversarial inputs: each file is linted alone; a super-linear pattern shows up here.
const { adversarialInputs } = await import('./adversarial-inputs.mjs');
const hostile = join(tmpdir(), 'noticelint-bench-adversarial');
rmSync(hostile, { recursive: true, force: true });
mkdirSync(hostile, { recursive: true });
writeFileSync(join(hostile, '.noticelintrc.yaml'), 'extends: strict\n'); // every rule on, vague-language too
console.log('adversarial inputs (1 MB each, plain text; every rule on):');
Object.entries(adversarialInputs()).forEach(([name, text], index) => {
  const file = join(hostile, `${index}.txt`);
  writeFileSync(file, text);
  time(`  ${name}`, [file]);
});
rmSync(hostile, { recursive: true, force: true });
