// Build step: bundles the command line and the lint worker into dist/ with esbuild.
// One file per entry plus shared chunks loads far faster than ~300 separate modules from
// node_modules (remark alone is ~100 files), and `splitting` keeps every dynamic import()
// a chunk of its own, so a format's or formatter's heavy code still loads only when used.
// Chunks sit next to the entries so that paths built from import.meta.url (package files,
// the worker) resolve alike from src/ under the tests and from dist/.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');

/** Packages loaded from node_modules at run time: large, rarely needed, or with files of their own (workers, fonts). */
const EXTERNAL = ['ajv', 'pdfjs-dist', 'mammoth', 'playwright-core', 'axe-core'];

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', 'lint-worker': 'src/lint-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  external: EXTERNAL,
  // Bundled CommonJS dependencies (commander) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __noticelintRequire } from 'node:module'; const require = __noticelintRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: false,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});

/** The npm packages bundled into each output file, so tests can tell which libraries a run loaded. */
function packagesByFile(meta) {
  const files = {};
  for (const [output, { inputs }] of Object.entries(meta.outputs)) {
    if (output.endsWith('.map')) continue;
    const packages = new Set(Object.keys(inputs).flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? []));
    files[output.replace(/^dist\//, '')] = [...packages].sort();
  }
  return files;
}
writeFileSync(join(outdir, 'packages.json'), `${JSON.stringify(packagesByFile(metafile), null, 1)}\n`);
