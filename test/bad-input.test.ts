import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../src/discover.js';
import { lintFile } from '../src/lint-files.js';
import { lintText } from '../src/linter.js';
import type { Finding } from '../src/model/types.js';
import { MAX_HEADINGS, MAX_NESTING } from '../src/parse/limits.js';
import { onlyRules, REFERENCE_DATE, runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');

function fatal(messages: readonly Finding[]): [string, number, number][] {
  return messages.filter((message) => message.fatal).map((message) => [message.messageId, message.line, message.column]);
}

/** Every kind of file that cannot be linted, each with the fatal messageId it must give. */
export const BAD_FILES: Record<string, { content: string | Buffer; messageId: string; line: number }> = {
  'empty.md': { content: '', messageId: 'empty', line: 1 },
  'spaces.md': { content: '   \t  ', messageId: 'empty', line: 1 },
  'newlines.txt': { content: '\n\n\n', messageId: 'empty', line: 1 },
  'crlf.yaml': { content: ' \r\n\t\r\n', messageId: 'empty', line: 1 },
  'bom.md': { content: Buffer.from([0xef, 0xbb, 0xbf]), messageId: 'empty', line: 1 },
  'bom-newline.txt': { content: Buffer.from([0xef, 0xbb, 0xbf, 0x0d, 0x0a]), messageId: 'empty', line: 1 },
  'utf16-bom.txt': { content: Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), messageId: 'empty', line: 1 },
  'invisible.md': { content: '\u00a0\u200b \u200c\u200d\u2060\u202f\u3000\ufeff\n', messageId: 'empty', line: 1 },
  'nbsp-cp1252.txt': { content: Buffer.from([0xa0, 0x20, 0x0a]), messageId: 'empty', line: 1 },
  'binary.txt': { content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), messageId: 'binary', line: 1 },
  'invalid.yaml': { content: 'noticelint: 1\nsections:\n  - heading: "unclosed\n    text: x\n', messageId: 'yaml-syntax', line: 3 },
  'alias-bomb.yaml': {
    content:
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
      Array.from({ length: 8 }, (_, level) => {
        const name = String.fromCharCode(98 + level);
        const previous = String.fromCharCode(97 + level);
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      }).join('') +
      'sections: []\n',
    messageId: 'yaml-aliases',
    line: 1,
  },
  'deep-flow.yaml': { content: `sections: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`, messageId: 'too-deep', line: 1 },
  'deep-map.yaml': {
    content: `sections:\n${Array.from({ length: 300 }, (_, depth) => `${' '.repeat(depth * 2 + 2)}a:\n`).join('')}`,
    messageId: 'too-deep',
    line: 102,
  },
  'deep-quote.md': { content: `# Tietosuojaseloste\n\n${'> '.repeat(20_000)}teksti\n`, messageId: 'too-deep', line: 3 },
  'deep-list.md': {
    content: `# Tietosuojaseloste\n\n${Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- kohta\n`).join('')}`,
    messageId: 'too-deep',
    line: 103,
  },
  'headings.md': {
    content: `# Tietosuojaseloste\n\n${Array.from({ length: 100_000 }, (_, index) => `## ${index + 1}. Otsikko\n\nteksti\n\n`).join('')}`,
    messageId: 'too-complex',
    line: 3 + MAX_HEADINGS * 4 - 4,
  },
  'emphasis.md': { content: `# Tietosuojaseloste\n\nTeksti\n${'*a'.repeat(1001)}\n`, messageId: 'too-complex', line: 3 },
  'too-large.txt': { content: `Tietosuojaseloste\n${'Tietoja säilytetään kaksi vuotta. '.repeat(180_000)}\n`, messageId: 'too-large', line: 1 },
};

describe('bad files are fatal findings with a clear message and the right line', () => {
  it.each(Object.entries(BAD_FILES))('%s', async (name, { content, messageId, line }) => {
    const folder = await tempTree({ [name]: content });
    const result = await lintFile(join(folder, name), { now: REFERENCE_DATE }, folder);
    expect(fatal(result.messages).map(([id, at]) => [id, at])).toEqual([[messageId, line]]);
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages[0]?.message).not.toMatch(/Maximum call stack|\n\s+at /);
  });

  it('whitespace-only files get the same message id as zero-byte ones, and say why', async () => {
    const folder = await tempTree({ 'blank.md': ' \r\n\u00a0\n' });
    const [finding] = (await lintFile(join(folder, 'blank.md'), {}, folder)).messages;
    expect(finding).toMatchObject({
      ruleId: null,
      messageId: 'empty',
      fatal: true,
      severity: 2,
      line: 1,
      column: 1,
      message: 'The file is empty: it holds only whitespace.',
    });
  });

  it('one visible character is enough not to be empty', async () => {
    const folder = await tempTree({ 'dot.txt': '\n\u00a0.\n', 'word.md': '\ufeff\u200b  x\n' });
    for (const name of ['dot.txt', 'word.md']) {
      const result = await lintFile(join(folder, name), { rules: onlyRules({}) }, folder);
      expect(fatal(result.messages), name).toEqual([]);
    }
  });

  it('the limits are the documented ones', () => {
    expect([MAX_HEADINGS, MAX_NESTING]).toEqual([5000, 100]);
  });

  it('invalid YAML names line and column of the error', async () => {
    const result = await lintText('noticelint: 1\nsections:\n  - heading: [a, b\n', 'n.yaml');
    expect(result.messages[0]).toMatchObject({ fatal: true, messageId: 'yaml-syntax', line: 4, column: 1 });
  });

  it('a path that does not exist, a broken symlink and a directory named like a notice', async () => {
    const folder = await tempTree({});
    symlinkSync(join(folder, 'gone.md'), join(folder, 'broken.md'));
    mkdirSync(join(folder, 'folder.md'));
    const results = await Promise.all(['missing.md', 'broken.md', 'folder.md'].map((name) => lintFile(join(folder, name), {}, folder)));
    expect(results.map((result) => fatal(result.messages)[0]?.[0])).toEqual(['not-found', 'broken-symlink', 'not-a-file']);
    expect(results[1]?.messages[0]?.message).toBe('Broken symbolic link: the file it points to does not exist.');
  });

  it('an unreadable file (no read permission) is a fatal finding, also for root', async () => {
    const folder = await tempTree({ 'secret.md': '# Tietosuojaseloste\n' });
    chmodSync(join(folder, 'secret.md'), 0o000);
    const isRoot = process.getuid?.() === 0;
    if (!isRoot) {
      const result = await lintFile(join(folder, 'secret.md'), {}, folder);
      expect(fatal(result.messages)).toEqual([['unreadable', 1, 1]]);
      return;
    }
    // root reads any file through its capabilities to override file permissions. Run the built CLI
    // as root without them: the kernel then refuses the mode-000 file as for any user, while this
    // checkout stays reachable wherever it is (a private mktemp -d folder, /root), being root's own.
    const dropped = '-dac_override,-dac_read_search';
    const run = spawnSync(
      'setpriv',
      [
        `--inh-caps=${dropped}`,
        `--bounding-set=${dropped}`,
        process.execPath,
        join(root, 'bin', 'noticelint.js'),
        '--format',
        'json',
        '--no-config',
        'secret.md',
      ],
      { cwd: folder, encoding: 'utf8' },
    );
    expect(run.error, 'setpriv (util-linux) must be installed: apt-get install -y util-linux').toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout) as { messages: Finding[] }[];
    expect(result?.messages.map((message) => [message.messageId, message.fatal, message.message])).toEqual([
      ['unreadable', true, 'Permission denied: the file cannot be read.'],
    ]);
  });

  it('a directory symlink loop terminates, each notice found once', async () => {
    const folder = await tempTree({ 'a/notice.md': '# Tietosuojaseloste\n' });
    symlinkSync(join(folder, 'a'), join(folder, 'a', 'loop'));
    symlinkSync(folder, join(folder, 'a', 'up'));
    const files = await discoverFiles(['.'], folder);
    expect(files.map((file) => file.slice(folder.length + 1))).toEqual(['a/notice.md']);
  });
});

describe('line endings, BOM and tabs keep positions exact', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('%s: the <b> on line 3 after a tab is at column 14', async (_name, newline) => {
    const source = ['Tietosuojaseloste', '', '1. Tiedot\t<b>Nimi</b>', ''].join(newline);
    const result = await lintText(source, 'n.txt', { rules: onlyRules({ 'html-remnant': 'warn' }), language: 'fi' });
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual([['html-remnant', 3, 11, 3, 22]]);
  });
});

describe('a folder mixing the seeds with every bad file', () => {
  it('reports every seed finding and one fatal per bad file, exit 1, no stack trace', async () => {
    const seedFiles = Object.fromEntries(
      readdirSync(join(root, 'fixtures', 'seeds'))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => [name, spawnSync('cat', [join(root, 'fixtures', 'seeds', name)]).stdout]),
    );
    const folder = await tempTree({ ...seedFiles, ...Object.fromEntries(Object.entries(BAD_FILES).map(([name, { content }]) => [`bad/${name}`, content])) });
    symlinkSync(join(folder, 'bad', 'gone.md'), join(folder, 'bad', 'broken.md'));
    symlinkSync(join(folder, 'bad'), join(folder, 'bad', 'loop'));
    const alone = await runCli(['--format', 'json', '--reference-date', '2026-11-22', ...Object.keys(seedFiles)], folder);
    const mixed = await runCli(['--format', 'json', '--reference-date', '2026-11-22', '.', 'bad/missing.md'], folder);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toBe('');
    type Result = { filePath: string; messages: Finding[]; fatalErrorCount: number };
    const results = JSON.parse(mixed.stdout) as Result[];
    const seedsAlone = JSON.parse(alone.stdout) as Result[];
    for (const seed of seedsAlone) expect(results.find((result) => result.filePath === seed.filePath)?.messages).toEqual(seed.messages);
    const bad = results.filter((result) => result.filePath.startsWith('bad/'));
    expect(bad.map((result) => [result.filePath, result.fatalErrorCount, result.messages.length]).sort()).toEqual(
      [...Object.keys(BAD_FILES), 'broken.md', 'missing.md'].map((name) => [`bad/${name}`, 1, 1]).sort(),
    );
    expect(mixed.stdout).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
