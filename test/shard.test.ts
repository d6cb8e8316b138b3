import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../src/shard.js';
import { runCli, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const seeds = readdirSync(join(root, 'fixtures', 'seeds'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(root, 'fixtures', 'seeds', name), 'utf8'));

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId: string; line: number }[];
}

const SHARDS = 4;
const ARGS = ['--format', 'json', '--reference-date', '2026-11-22'];

/** 40 notices in three folders, plus one the configuration ignores, named on the command line. */
async function notices(): Promise<string> {
  const files = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`d${index % 3}/notice-${index}.txt`, seeds[index % seeds.length] ?? '']));
  return tempTree({ ...files, 'drafts/draft.txt': seeds[0] ?? '', '.noticelintrc.yaml': 'ignores: ["drafts/"]\n' });
}

async function lintJson(args: readonly string[], cwd: string): Promise<JsonResult[]> {
  const run = await runCli([...ARGS, ...args], cwd);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonResult[];
}

const byPath = (a: JsonResult, b: JsonResult): number => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);

describe('--shard i/n', () => {
  it('reads i/n with whole numbers 1 <= i <= n and refuses anything else', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard('4/4')).toEqual({ index: 4, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '0/0', '-1/4', '1.5/4', '1/4.0', 'a/b', '3', '/4', '1/', '1/4/2', '', ' 1 / 4'])
      expect([bad, parseShard(bad)]).toEqual([bad, undefined]);
  });

  it('exits 2 with a clear message for a bad value, before linting anything', async () => {
    const folder = await notices();
    for (const bad of ['0/4', '5/4', 'half']) {
      const run = await runCli(['--shard', bad, '.'], folder);
      expect([run.code, run.stdout, run.stderr]).toEqual([
        2,
        '',
        `noticelint: --shard must be i/n, whole numbers with 1 <= i <= n (e.g. 2/4), got "${bad}".\n`,
      ]);
    }
  });

  it('splits the files so that the shards together give the unsharded report: each file in exactly one shard, same findings', async () => {
    const folder = await notices();
    const all = await lintJson(['.', 'drafts/draft.txt'], folder);
    const shards = await Promise.all(
      Array.from({ length: SHARDS }, (_, index) => lintJson(['--shard', `${index + 1}/${SHARDS}`, '.', 'drafts/draft.txt'], folder)),
    );
    // Every shard has work: the split is no "everything in shard 1".
    expect(shards.map((shard) => shard.length > 0)).toEqual([true, true, true, true]);
    const union = shards.flat();
    expect(union.map((result) => result.filePath).sort()).toEqual(all.map((result) => result.filePath).sort());
    expect(new Set(union.map((result) => result.filePath)).size).toBe(union.length);
    expect([...union].sort(byPath)).toEqual([...all].sort(byPath));
    expect(all).toHaveLength(41);
    expect(all.find((result) => result.filePath === 'drafts/draft.txt')?.messages.map((message) => message.messageId)).toEqual(['ignored']);
  });

  it('keeps every file in its shard when another file is added (the split is by path, not by position)', async () => {
    const folder = await notices();
    const before = (await lintJson(['--shard', '2/4', '.'], folder)).map((result) => result.filePath);
    writeFileSync(join(folder, 'd0', 'aaa-new.txt'), seeds[1] ?? '');
    const after = (await lintJson(['--shard', '2/4', '.'], folder)).map((result) => result.filePath);
    expect(after.filter((path) => path !== 'd0/aaa-new.txt')).toEqual(before);
    expect(shardOf('d0/aaa-new.txt', 4) === 2).toBe(after.includes('d0/aaa-new.txt'));
  });

  it('gives a clean, empty report to a shard left without files', async () => {
    const folder = await tempTree({ 'only.txt': seeds[0] ?? '' });
    const empty = Array.from({ length: 8 }, (_, index) => index + 1).find((index) => shardOf('only.txt', 8) !== index) ?? 1;
    const run = await runCli([...ARGS, '--shard', `${empty}/8`, '.'], folder);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '[]\n', '']);
  });
});
