import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { FORMATS, format, reportStream } from '../src/formatters/index.js';
import { summarise, type LintResult } from '../src/lint-types.js';
import { runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const seeds = readdirSync(join(root, 'fixtures', 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(root, 'fixtures', 'seeds', name), 'utf8'));

/** The CLI's standard output as the chunks it was written in. */
async function chunksOf(args: readonly string[], cwd: string): Promise<string[]> {
  const chunks: string[] = [];
  await main(['node', 'noticelint', ...args], { stdout: (text) => chunks.push(text), stderr: () => undefined, isTTY: false, cwd });
  return chunks;
}

/** Formats that need every result before they write: one document at the end. */
const WHOLE_DOCUMENT_FORMATS: ReadonlySet<string> = new Set(['sarif', 'html', 'checklist']);

const finding = (message: string, severity: 1 | 2 = 1): LintResult['messages'][number] => ({
  ruleId: 'html-remnant',
  messageId: 'tag',
  severity,
  message,
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 7,
});

describe('the report is written as results arrive', () => {
  it('stylish, unix, compact, github and json write each file with findings on its own, then the end; SARIF, html and checklist write once', async () => {
    const folder = await tempTree({ 'a.txt': seeds[0] ?? '', 'b.txt': seeds[1] ?? '', 'c.txt': seeds[2] ?? '' });
    for (const name of FORMATS) {
      const args = ['--format', name, '--reference-date', '2026-11-22', '.'];
      const chunks = await chunksOf(args, folder);
      const whole = (await runCli(args, folder)).stdout;
      expect([name, chunks.join('')]).toEqual([name, whole]);
      const wholeDocument = WHOLE_DOCUMENT_FORMATS.has(name);
      const expected = wholeDocument ? 1 : name === 'github' ? 3 : 4;
      expect([name, chunks.length]).toEqual([name, expected]);
      if (!wholeDocument) expect([name, chunks[0]?.includes('a.txt'), chunks[0]?.includes('b.txt')]).toEqual([name, true, false]);
    }
  });

  it('streamed, each format gives the text it gives for the whole array, in the language of all the results', async () => {
    const results = [
      summarise('a.md', [finding('Ensimmäinen'), finding('Toinen', 2)], { locale: 'fi' }),
      summarise('empty.md', [], { locale: 'en' }),
      summarise('b.md', [finding('Kolmas')], { locale: 'fi' }),
    ];
    for (const name of FORMATS) {
      const context = { color: false, cwd: '/tmp', version: '0.0.0' };
      const stream = await reportStream(name, context);
      const streamed = results.map((result) => stream.add(result)).join('') + stream.end();
      expect([name, streamed]).toEqual([name, await format(name, results, context)]);
    }
    // The summary follows the results' one language, Finnish here.
    expect(await format('stylish', results, { color: false, cwd: '/tmp', version: '0.0.0' })).toMatch(/3 ongelmaa/);
    expect(await format('json', [], { color: false, cwd: '/tmp', version: '0.0.0' })).toBe('[]\n');
  });

  it('--output-file gets the same report, written beside the file and renamed at the end', async () => {
    const folder = await tempTree({ 'a.txt': seeds[0] ?? '', 'b.txt': seeds[1] ?? '' });
    const args = ['--format', 'json', '--reference-date', '2026-11-22', 'a.txt', 'b.txt'];
    const printed = await runCli(args, folder);
    // A missing folder for the report is the user's to make, as before: exit 2 with the reason.
    const missing = await runCli([...args, '--output-file', 'out/report.json'], folder);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/^noticelint: ENOENT/);
    const kept = await runCli([...args, '--output-file', 'report.json'], folder);
    expect([kept.code, kept.stdout]).toEqual([printed.code, '']);
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toBe(printed.stdout);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(folder, 'report.json'))).toBe(true);
  });
});

describe('a reader that stops early', () => {
  it('closing the pipe after the first lines ends the run quietly: no EPIPE error on stderr', async () => {
    const { spawn } = await import('node:child_process');
    const bin = join(import.meta.dirname, '..', 'bin', 'noticelint.js');
    const child = spawn(process.execPath, [
      bin,
      '--format',
      'unix',
      '--reference-date',
      '2026-11-22',
      join(import.meta.dirname, '..', 'fixtures', 'corpus', 'notices'),
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `| head -1`: read one chunk, then close the read end of the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).not.toBeNull();
  });
});
