/**
 * The DOCX and PDF libraries are large: a run over Markdown, YAML, text or HTML must never load them.
 * The built CLI runs under a module-resolution hook that refuses them; a run over a PDF is the
 * control that shows the hook would catch a load.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxOf, heading, paragraph, pdfOf } from './documents.js';
import { tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const HEAVY = /^(?:pdfjs-dist|mammoth)(?:\/|$)/;

const hooks = `export async function resolve(specifier, context, next) {
  if (${HEAVY.toString()}.test(specifier)) throw new Error('heavy parser loaded: ' + specifier);
  return next(specifier, context);
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;

function runRefusingHeavyParsers(args: readonly string[], cwd: string): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, join(root, 'bin/noticelint.js'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('pdf.js and mammoth load only for a file of their format', () => {
  it('Markdown, YAML, text and HTML notices lint without them', () => {
    const run = runRefusingHeavyParsers(['--format', 'json', 'fixtures/examples'], root);
    expect(run.stderr).not.toContain('heavy parser loaded');
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(readdirSync(join(root, 'fixtures', 'examples')).length);
  });

  it('a PDF loads pdf.js (the hook catches it: the control)', async () => {
    const folder = await tempTree({ 'notice.pdf': Buffer.from(await pdfOf([heading(1, 'Privacy notice'), paragraph('Example Ltd.')])) });
    const run = runRefusingHeavyParsers(['--format', 'json', 'notice.pdf'], folder);
    expect(run.stdout).toContain('heavy parser loaded: pdfjs-dist');
  });

  it('a DOCX loads mammoth (the control for the other library)', async () => {
    const folder = await tempTree({ 'notice.docx': Buffer.from(await docxOf([heading(1, 'Privacy notice'), paragraph('Example Ltd.')])) });
    const run = runRefusingHeavyParsers(['--format', 'json', 'notice.docx'], folder);
    expect(run.stdout).toContain('heavy parser loaded: mammoth');
  });
});
