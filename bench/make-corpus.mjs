// Writes a deterministic corpus of N notices for the benchmark, made from the repository's real
// notices (fixtures/seeds, fixtures/examples, fixtures/corpus/notices) and varied so that no layer
// can cache across files: sections dropped and reordered, paragraphs repeated (length), defects
// added (a template leftover, Privacy Shield, a third-country service), and each notice written as
// Markdown, plain text or a YAML notice (the canonical model printed by the built engine).
//   node bench/make-corpus.mjs N DIR
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['fixtures/seeds', 'fixtures/examples', 'fixtures/corpus/notices'].map((folder) => join(root, folder));
const FILES_PER_FOLDER = 500;

/** A small deterministic generator (mulberry32), so the same N gives the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources() {
  return FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => /\.(txt|md|yaml)$/.test(file) && !file.startsWith('expected'))
      .sort()
      .map((file) => ({ name: file.replace(/\.[^.]+$/, ''), ext: file.slice(file.lastIndexOf('.')), text: readFileSync(join(folder, file), 'utf8') })),
  );
}

/** Blocks separated by blank lines: the unit that is dropped, reordered and repeated. */
function blocks(text) {
  return text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
}

const DEFECTS = [
  (text) => `${text}\n\nKuvaa tähän, mitä tietoja käsitellään.\n`,
  (text) => `${text}\n\nTransfers to the United States rely on the EU-US Privacy Shield.\n`,
  (text) => `${text}\n\nVi använder Google Analytics för statistik.\n`,
  (text) => text,
];

function vary(text, next) {
  const parts = blocks(text);
  const [head, ...rest] = parts;
  const kept = rest.filter(() => next() > 0.15);
  // Swap two neighbouring blocks now and then; repeat a few to vary the length.
  for (let i = 1; i < kept.length; i++) if (next() < 0.1) [kept[i - 1], kept[i]] = [kept[i], kept[i - 1]];
  const repeats = Math.floor(next() * 4);
  for (let i = 0; i < repeats && kept.length > 0; i++) kept.push(kept[Math.floor(next() * kept.length)]);
  const defect = DEFECTS[Math.floor(next() * DEFECTS.length)];
  return defect([head, ...kept].join('\n\n'));
}

/** Markdown as plain text: heading and emphasis markers dropped, as a page copied as text. */
function asText(markdown) {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/^---\n[\s\S]*?\n---\n/, '');
}

export async function makeCorpus(count, folder, { formats = ['md', 'txt', 'yaml'] } = {}) {
  const { parseNotice, kindOf } = await import(join(root, 'dist', 'tooling.js'));
  const { toYamlNotice } = await import(join(root, 'dist', 'tooling.js'));
  const all = sources();
  const next = random(count);
  rmSync(folder, { recursive: true, force: true });
  const written = { files: 0, bytes: 0, byFormat: {} };
  for (let i = 0; i < count; i++) {
    const source = all[i % all.length];
    const renamed = source.text.replace(/Oy|AB|Ltd|GmbH/, (name) => `${name} ${i}`);
    // A YAML notice is varied through its model only: blocks of YAML do not survive reordering.
    const varied = source.ext === '.yaml' ? renamed : vary(renamed, next);
    const format = source.ext === '.yaml' ? 'yaml' : formats[Math.floor(next() * formats.length)];
    let content = varied;
    if (format === 'txt' && source.ext === '.md') content = asText(varied);
    if (format === 'md' && source.ext === '.txt') content = varied;
    if (format === 'yaml' && source.ext !== '.yaml') content = toYamlNotice(await parseNotice(varied, kindOf(`x${source.ext}`)));
    const dir = join(folder, String(Math.floor(i / FILES_PER_FOLDER)));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${i}-${source.name}.${format}`), content);
    written.files++;
    written.bytes += Buffer.byteLength(content);
    written.byFormat[format] = (written.byFormat[format] ?? 0) + 1;
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count = '2000', folder = join(root, 'bench', 'corpus')] = process.argv.slice(2);
  const written = await makeCorpus(Number(count), folder);
  console.log(`${written.files} notices, ${(written.bytes / 1e6).toFixed(1)} MB in ${folder}: ${JSON.stringify(written.byFormat)}`);
}
