import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/fix.js';
import { encode } from '../src/read/decode.js';
import { runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const DEFECTIVE =
  'Tietosuojaseloste\r\nPäivitetty 1.10.2026\r\n\r\n1. Rekisterinpitäjä\tKahvila Aurora Oy&nbsp;<b>Helsinki</b>\r\n2. Tiedot\tNimi ja sähköposti.\r\n2. Säilytysaika\tKaksi vuotta.\r\n4. Oikeudet\tTarkastus<br>oikaisu.\r\n';
const FIXED =
  'Tietosuojaseloste\r\nPäivitetty 1.10.2026\r\n\r\n1. Rekisterinpitäjä\tKahvila Aurora Oy Helsinki\r\n2. Tiedot\tNimi ja sähköposti.\r\n3. Säilytysaika\tKaksi vuotta.\r\n4. Oikeudet\tTarkastus oikaisu.\r\n';

async function fix(folder: string, ...files: string[]): Promise<{ code: number; rules: string[] }> {
  const { code, stdout } = await runCli(['--fix', '--no-config', '--format', 'json', '--reference-date', '2026-11-22', ...files], folder);
  const results = JSON.parse(stdout) as { messages: { ruleId: string | null }[] }[];
  return { code, rules: results.flatMap((result) => result.messages.map((message) => message.ruleId ?? '')) };
}

/** Path → [sha256, mtime] of every file under `folder`. */
function snapshot(folder: string): Map<string, [string, number]> {
  const files = new Map<string, [string, number]>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(folder, path), [createHash('sha256').update(readFileSync(path)).digest('hex'), statSync(path).mtimeMs]);
  }
  return files;
}

describe('--fix', () => {
  it('applies html-remnant and unambiguous numbering fixes, keeping CRLF; the report shows what is left', async () => {
    const folder = await tempTree({ 'a.txt': DEFECTIVE });
    const { rules } = await fix(folder, 'a.txt');
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(rules).not.toContain('html-remnant');
    expect(rules).not.toContain('section-numbering');
  });

  it.each([
    ['UTF-8 with BOM', 'utf-8', true],
    ['UTF-16 LE', 'utf-16le', true],
    ['UTF-16 BE', 'utf-16be', true],
    ['Windows-1252', 'windows-1252', false],
  ] as const)('keeps the encoding and BOM: %s', async (_name, encoding, bom) => {
    const folder = await tempTree({ 'a.txt': Buffer.from(encode(DEFECTIVE, encoding, bom)) });
    await fix(folder, 'a.txt');
    expect(readFileSync(join(folder, 'a.txt')).equals(Buffer.from(encode(FIXED, encoding, bom)))).toBe(true);
  });

  it("leaves a fix out when the file's encoding cannot hold its text (Windows-1252 and an arrow)", async () => {
    const source = 'Tietosuojaseloste\n1. Rekisterinpitäjä\tYritys Oy &rarr; Helsinki\n2. Tiedot\tNimi<br>\n';
    const folder = await tempTree({ 'a.txt': Buffer.from(encode(source, 'windows-1252', false)) });
    await fix(folder, 'a.txt');
    expect(readFileSync(join(folder, 'a.txt'), 'latin1')).toBe(source.replace('Nimi<br>', 'Nimi'));
  });

  it('does not renumber a plain gap, which may be a deleted section', async () => {
    const source = 'Tietosuojaseloste\n1. Rekisterinpitäjä\tYritys Oy\n2. Tiedot\tNimi\n4. Oikeudet\tTarkastus\n5. Säilytys\tVuosi\n';
    const folder = await tempTree({ 'a.txt': source });
    const { rules } = await fix(folder, 'a.txt');
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(source);
    expect(rules).toContain('section-numbering');
  });

  it('is idempotent: a second run writes nothing', async () => {
    const folder = await tempTree({ 'a.txt': DEFECTIVE });
    await fix(folder, 'a.txt');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(folder, 'a.txt'), past, past);
    const before = snapshot(folder);
    await fix(folder, 'a.txt');
    expect(snapshot(folder)).toEqual(before);
  });

  it('never touches a file with a fatal finding, nor Markdown, where HTML is allowed', async () => {
    const brokenYaml = 'noticelint: 1\nsections:\n  - heading: Rekisterinpitäjä\n    text: "Yritys <b>Oy</b>\n';
    const markdown = '# Tietosuojaseloste\n\nYritys <b>Oy</b>\n';
    const folder = await tempTree({ 'broken.yaml': brokenYaml, 'notice.md': markdown });
    const before = snapshot(folder);
    const { code, rules } = await fix(folder, 'broken.yaml', 'notice.md');
    expect(code).toBe(1);
    expect(rules).toContain('');
    expect(snapshot(folder)).toEqual(before);
  });

  it('writes atomically: no temporary file left, permissions kept, a symlink stays a symlink', async () => {
    const folder = await tempTree({ 'real/a.txt': DEFECTIVE });
    chmodSync(join(folder, 'real', 'a.txt'), 0o640);
    symlinkSync(join(folder, 'real', 'a.txt'), join(folder, 'link.txt'));
    await fix(folder, 'link.txt');
    expect(lstatSync(join(folder, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'real', 'a.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(folder, 'real', 'a.txt')).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(folder, 'real'))).toEqual(['a.txt']);
  });

  it('applies overlapping fixes over several passes, never both at once', () => {
    expect(
      applyFixes('abcdef', [
        { range: [1, 3], text: 'X' },
        { range: [2, 4], text: 'Y' },
        { range: [5, 6], text: 'Z' },
      ]),
    ).toBe('aXdeZ');
  });
});

describe('without --fix nothing is written', () => {
  it('a run over the whole fixture tree in every format leaves every file byte for byte and mtime for mtime', async () => {
    const fixtures = join(root, 'fixtures');
    const before = snapshot(fixtures);
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const { code } = await runCli(['--format', format, '--report-unused-disable-directives', 'fixtures'], root);
      expect(code).toBe(1);
    }
    await runCli(['--print-model', 'fixtures/examples/fi-defective.txt'], root);
    expect(snapshot(fixtures)).toEqual(before);
  });

  it('--output-file writes the report and nothing else', async () => {
    const folder = await tempTree({ 'a.txt': DEFECTIVE });
    const before = snapshot(folder);
    const { code, stdout } = await runCli(['--no-config', '--format', 'json', '--output-file', 'report.json', 'a.txt'], folder);
    expect([code, stdout]).toEqual([1, '']);
    const after = snapshot(folder);
    expect(after.get('a.txt')).toEqual(before.get('a.txt'));
    expect([...after.keys()].sort()).toEqual(['a.txt', 'report.json']);
  });
});
