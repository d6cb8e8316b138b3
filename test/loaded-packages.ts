/**
 * Which npm packages a noticelint run loads: a module-resolution hook in the child process
 * names every module it resolves; a bundled file of dist/ stands for the packages esbuild put
 * in it (dist/packages.json, written by scripts/bundle.mjs), a file of node_modules for its own
 * package. The start-up tests assert on this instead of timing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

function bundledPackages(): Record<string, string[]> {
  return JSON.parse(readFileSync(join(dist, 'packages.json'), 'utf8')) as Record<string, string[]>;
}

function packagesOf(url: string, bundled: Record<string, string[]>): string[] {
  if (!url.startsWith('file:')) return [];
  const path = fileURLToPath(url);
  const fromNodeModules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (fromNodeModules?.[1]) return [fromNodeModules[1]];
  return path.startsWith(`${dist}/`) ? (bundled[basename(path)] ?? []) : [];
}

/** The packages loaded by `noticelint ...args`, run from bin/ on the built dist/. */
export async function packagesLoaded(args: readonly string[]): Promise<Set<string>> {
  const folder = await tempTree({});
  writeFileSync(
    join(folder, 'hooks.mjs'),
    "export async function resolve(specifier, context, next) { const resolved = await next(specifier, context); process.stderr.write('RESOLVED ' + resolved.url + '\\n'); return resolved; }\n",
  );
  writeFileSync(join(folder, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  const run = spawnSync(process.execPath, ['--import', join(folder, 'register.mjs'), join(root, 'bin', 'noticelint.js'), ...args], { encoding: 'utf8' });
  const bundled = bundledPackages();
  return new Set(
    run.stderr
      .split('\n')
      .flatMap((line) => (line.startsWith('RESOLVED ') ? [line.slice('RESOLVED '.length)] : []))
      .flatMap((url) => packagesOf(url, bundled)),
  );
}
