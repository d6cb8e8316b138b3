/**
 * No module imports "upward": the layers of src/, lowest first, as data. A module may import
 * modules of its own layer and of the layers below it. Every module must be in a layer, so a new
 * file is placed deliberately. Formatters and configuration know lint results by lint-types.ts
 * only, never the linter that makes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

/** Lowest first. An entry ending in / is a folder; the longest matching entry decides. */
const LAYERS: readonly { name: string; modules: readonly string[] }[] = [
  {
    name: 'foundation',
    // The fast Markdown parser is a CommonMark parser and nothing more: it stands on no noticelint module beyond text/ helpers
    // and the block grouping remark is fed through (markdown-blocks.ts, which imports nothing of noticelint either).
    modules: [
      'text/',
      'parse/markdown-blocks.ts',
      'generated/languages.ts',
      'generated/validators.ts',
      'schema/validators.ts',
      'parse/markdown-fast.ts',
      'parse/markdown-fast-inline.ts',
      'package-path.ts',
    ],
  },
  { name: 'model', modules: ['model/', 'lexicon/types.ts', 'schema/errors.ts'] },
  { name: 'lexicon and message catalogue', modules: ['generated/data.ts', 'generated/packs.ts', 'lexicon/', 'rules/messages.ts'] },
  {
    name: 'input: read, formats and their parsers, directives, fixes',
    modules: ['read/', 'formats/', 'parse/', 'directives.ts', 'language-choice.ts', 'fix.ts'],
  },
  { name: 'analysis', modules: ['analysis/', 'detect.ts'] },
  { name: 'rules', modules: ['rules/'] },
  { name: 'results: lint-types, formatters, configuration', modules: ['lint-types.ts', 'formatters/', 'config/'] },
  { name: 'linter', modules: ['linter.ts', 'element-summary.ts'] },
  { name: 'files', modules: ['lint-files.ts', 'lint-worker.ts', 'parallel.ts', 'stdin.ts', 'lint-url.ts', 'lint-cache.ts'] },
  { name: 'cli', modules: ['tooling.ts', 'cli.ts', 'cli-options.ts', 'select.ts', 'discover.ts', 'init.ts', 'print-model.ts', 'shard.ts', 'report.ts'] },
];

/** Index of the layer of a module (path relative to src/, with /), or -1 for none. */
export function layerOf(module: string, layers = LAYERS): number {
  let best = -1;
  let bestLength = -1;
  layers.forEach((layer, index) => {
    for (const entry of layer.modules) {
      const matches = entry.endsWith('/') ? module.startsWith(entry) : module === entry;
      if (matches && entry.length > bestLength) [best, bestLength] = [index, entry.length];
    }
  });
  return best;
}

/** `from` imports `to` and `to` sits in a higher layer. */
export function upwardImports(graph: ReadonlyMap<string, readonly string[]>, layers = LAYERS): string[] {
  return [...graph].flatMap(([from, imports]) =>
    imports
      .filter((to) => layerOf(to, layers) > layerOf(from, layers))
      .map((to) => `${from} (${layers[layerOf(from, layers)]?.name}) imports ${to} (${layers[layerOf(to, layers)]?.name})`),
  );
}

function modulesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return modulesUnder(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

/** Relative imports of a module (static, type-only and dynamic), as paths relative to src/. */
function importsOf(module: string): string[] {
  const text = readFileSync(join(SRC, module), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => posix.normalize(posix.join(dirname(module), specifier)).replace(/\.js$/, '.ts'));
}

function sourceGraph(): Map<string, string[]> {
  return new Map(modulesUnder(SRC).map((module) => [module, importsOf(module)]));
}

describe('the import graph of src/ follows the layers', () => {
  const graph = sourceGraph();
  it('every module is in a layer', () => {
    expect([...graph.keys()].filter((module) => layerOf(module) === -1)).toEqual([]);
  });
  it('every import resolves to a module of src/', () => {
    expect([...graph.values()].flat().filter((target) => !graph.has(target))).toEqual([]);
  });
  it('no module imports a module of a higher layer', () => {
    expect(upwardImports(graph)).toEqual([]);
  });
  it('formatters and configuration know the linter by lint-types.ts only', () => {
    const linterModules = ['linter.ts', 'lint-files.ts', 'lint-worker.ts', 'parallel.ts'];
    const offenders = [...graph].filter(([from, imports]) => /^(formatters|config)\//.test(from) && imports.some((to) => linterModules.includes(to)));
    expect(offenders.map(([from]) => from)).toEqual([]);
    expect([...graph].filter(([from, imports]) => /^(formatters|config)\//.test(from) && imports.includes('lint-types.ts')).length).toBeGreaterThan(0);
  });
  it('the model imports nothing but the model and the foundation (facts live in analysis/)', () => {
    const model = layerOf('model/types.ts');
    expect([...graph].filter(([from]) => from.startsWith('model/')).flatMap(([, imports]) => imports.filter((to) => layerOf(to) > model))).toEqual([]);
  });
});

describe('the layer check itself', () => {
  const layers = [
    { name: 'low', modules: ['low/'] },
    { name: 'high', modules: ['high/', 'low/raised.ts'] },
  ];
  it('reports an import that runs up, and not one that runs down or sideways', () => {
    const graph = new Map([
      ['low/a.ts', ['high/b.ts', 'low/c.ts']],
      ['high/b.ts', ['low/a.ts']],
      ['low/c.ts', ['low/raised.ts']],
    ]);
    expect(upwardImports(graph, layers)).toEqual(['low/a.ts (low) imports high/b.ts (high)', 'low/c.ts (low) imports low/raised.ts (high)']);
  });
});
