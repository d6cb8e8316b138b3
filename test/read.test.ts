import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnreadableFileError, decode, encode } from '../src/read/decode.js';
import { lintFile } from '../src/lint-files.js';
import { onlyRules, REFERENCE_DATE } from './helpers.js';

const notice = 'Seloste\r\n\r\n1. Säilytysaika\t<p>2 vuotta</p>\r\n';

describe('decoding', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM, and round-trips them', () => {
    for (const [encoding, bom] of [
      ['utf-8', false],
      ['utf-8', true],
      ['utf-16le', true],
      ['utf-16be', true],
    ] as const) {
      const decoded = decode(encode(notice, encoding, bom));
      expect([decoded.text, decoded.encoding, decoded.bom, decoded.guessed]).toEqual([notice, encoding, bom, false]);
    }
  });

  it('falls back to Windows-1252 for invalid UTF-8 and says it guessed', () => {
    const decoded = decode(encode('Säilytysaika – 2 vuotta', 'windows-1252', false));
    expect([decoded.text, decoded.encoding, decoded.guessed]).toEqual(['Säilytysaika – 2 vuotta', 'windows-1252', true]);
  });

  it('refuses empty and binary input with a reason', () => {
    expect(() => decode(new Uint8Array())).toThrow(UnreadableFileError);
    expect(() => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
  });
});

describe('positions in the original file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-read-'));
  const rules = onlyRules({ 'html-remnant': 'warn' });

  for (const [name, encoding, bom] of [
    ['utf8-bom', 'utf-8', true],
    ['utf16le', 'utf-16le', true],
    ['utf16be', 'utf-16be', true],
  ] as const) {
    it(`${name}: the <p> on line 3 is at column 17 (tab counted as one column, BOM not counted)`, async () => {
      const path = join(dir, `${name}.txt`);
      writeFileSync(path, encode(notice, encoding, bom));
      const result = await lintFile(path, { now: REFERENCE_DATE, language: 'fi', rules });
      expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual([['html-remnant', 3, 17, 3, 32]]);
    });
  }

  it('windows-1252: lints the file and adds an encoding warning', async () => {
    const path = join(dir, 'latin.txt');
    writeFileSync(path, encode(notice, 'windows-1252', false));
    const result = await lintFile(path, { now: REFERENCE_DATE, language: 'fi', rules });
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      [null, 'encoding', 1, 1],
      ['html-remnant', 'remnant', 3, 17],
    ]);
  });

  it('empty and binary files become one fatal finding each', async () => {
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    for (const [file, messageId] of [
      ['empty.md', 'empty'],
      ['binary.md', 'binary'],
    ] as const) {
      const result = await lintFile(join(dir, file));
      expect(result.messages.map((m) => [m.ruleId, m.fatal, m.messageId, m.line])).toEqual([[null, true, messageId, 1]]);
      expect(result.fatalErrorCount).toBe(1);
    }
  });

  it('a file over the size limit is a fatal finding, not read', async () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    const result = await lintFile(join(dir, 'big.txt'), { maxFileSize: 1024 });
    expect(result.messages[0]).toMatchObject({ fatal: true, messageId: 'too-large' });
  });
});
