/**
 * One-notice start-up time: the HTML libraries (rehype-parse, parse5, hast-util-to-mdast,
 * entities) load only when an HTML file is linted. Checked by the modules Node resolves, not by
 * timing: a module-resolution hook in the child process names every package it loads.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const HTML_LIBRARIES = /\/node_modules\/(rehype-parse|parse5|hast-util-from-html|hast-util-to-mdast|entities)\//;

async function packagesLoaded(file: string): Promise<string[]> {
  const folder = await tempTree({});
  writeFileSync(
    join(folder, 'hooks.mjs'),
    "export async function resolve(specifier, context, next) { const resolved = await next(specifier, context); process.stderr.write('RESOLVED ' + resolved.url + '\\n'); return resolved; }\n",
  );
  writeFileSync(join(folder, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  const run = spawnSync(process.execPath, ['--import', join(folder, 'register.mjs'), join(root, 'bin', 'noticelint.js'), file], { encoding: 'utf8' });
  return run.stderr
    .split('\n')
    .flatMap((line) => (line.startsWith('RESOLVED ') ? [line.slice('RESOLVED '.length)] : []))
    .flatMap((url) => HTML_LIBRARIES.exec(url)?.[1] ?? []);
}

describe('heavy parsers load only for their format', () => {
  it('linting a Markdown notice loads none of the HTML libraries; an HTML notice loads them', async () => {
    expect(await packagesLoaded(join(root, 'fixtures', 'examples', 'sv-valid.md'))).toEqual([]);
    expect(new Set(await packagesLoaded(join(root, 'fixtures', 'examples', 'sv-valid.html')))).toEqual(
      new Set(['rehype-parse', 'parse5', 'hast-util-from-html', 'hast-util-to-mdast', 'entities']),
    );
  });
});
