/**
 * `--cache`: the results of files that have not changed since the last run, ESLint style. A
 * file's entry is keyed by its fingerprint (a hash of its bytes, or its size and modification
 * time with `--cache-strategy metadata`) and by a hash of everything else its result depends
 * on: the resolved settings for that file (rules and their options, language, profile, locale,
 * file size limit, notice detection…), noticelint's version, and the reference day when
 * `notice-date` is on, since its verdict changes with the date. A cache file that cannot be
 * read, does not parse, has another shape or was written by another version is ignored and
 * rewritten; an entry whose key differs is never served.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { activeRules } from './linter.js';
import type { LintOptions, LintResult } from './lint-types.js';
import { writeFileAtomic } from './read/write-file.js';

export const CACHE_STRATEGIES = ['content', 'metadata'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];

/** The default cache file, in the working folder, as ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.noticelintcache';

/** Raised whenever the file's layout changes, so an older layout is never read as the new one. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  fingerprint: string;
  settings: string;
  result: LintResult;
}

interface CacheFileContents {
  tool: 'noticelint';
  format: typeof CACHE_FORMAT;
  version: string;
  /** Keyed by path relative to the cache file's folder, with / separators. */
  entries: Record<string, CacheEntry>;
}

function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex');
}

/**
 * Where the cache file is, as ESLint places it: `--cache-location` names the file, or a folder
 * (a path ending in a separator, or an existing folder) that gets a file named after the
 * working folder's hash, so that one folder can hold the caches of several projects.
 */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  const namesFolder = /[/\\]$/.test(location) || isFolder(path);
  return namesFolder ? join(path, `.cache_${sha1(cwd).slice(0, 12)}`) : path;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Object keys sorted at every depth, so that equal settings give equal text whatever their order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Everything besides the file's bytes that its result depends on, hashed. `--fix` and
 * `--fix-dry-run` are left out: a result with fixed text is never stored, and one without is
 * the same result. The reference date counts only as its day (notice-date reads the day), and
 * only when notice-date is on, so that a cache stays warm from one day to the next otherwise.
 */
export function settingsKey(options: LintOptions, version: string, today: Date = new Date()): string {
  const { now, fix: _fix, fixDryRun: _fixDryRun, ...rest } = options;
  const datesMatter = activeRules(options.rules).some(({ rule }) => rule.meta.id === 'notice-date');
  const referenceDay = datesMatter ? (now ?? today).toISOString().slice(0, 10) : undefined;
  return sha1(stableJson({ version, options: rest, referenceDay }));
}

/** A file's fingerprint by the strategy, or undefined when it cannot be read (it is linted, and its fatal result not stored). */
export function fingerprint(path: string, strategy: CacheStrategy): string | undefined {
  try {
    if (strategy === 'metadata') {
      const info = statSync(path);
      return `metadata:${info.size}:${info.mtimeMs}`;
    }
    return `content:${sha1(readFileSync(path))}`;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Enough of a LintResult's shape that a formatter cannot trip over a hand-edited entry. */
function isLintResult(value: unknown): value is LintResult {
  if (!isRecord(value) || typeof value.filePath !== 'string' || !Array.isArray(value.messages)) return false;
  const counts = ['errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount'];
  if (!counts.every((count) => typeof value[count] === 'number')) return false;
  return value.messages.every(
    (message: unknown) =>
      isRecord(message) &&
      typeof message.message === 'string' &&
      (message.severity === 1 || message.severity === 2) &&
      typeof message.line === 'number' &&
      typeof message.column === 'number',
  );
}

function isCacheEntry(value: unknown): value is CacheEntry {
  return isRecord(value) && typeof value.fingerprint === 'string' && typeof value.settings === 'string' && isLintResult(value.result);
}

export interface ParsedCache {
  entries: Map<string, CacheEntry>;
  /** A cache file of this version with every entry well formed: nothing to rewrite unless an entry changes. */
  intact: boolean;
}

/** The entries of a cache file's text, or none when it is not a cache file of this version. */
export function parseCacheFile(text: string, version: string): ParsedCache {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries: new Map(), intact: false };
  }
  if (!isRecord(parsed) || parsed.tool !== 'noticelint' || parsed.format !== CACHE_FORMAT || parsed.version !== version || !isRecord(parsed.entries)) {
    return { entries: new Map(), intact: false };
  }
  const all = Object.entries(parsed.entries);
  const entries = new Map(all.filter((entry): entry is [string, CacheEntry] => isCacheEntry(entry[1])));
  return { entries, intact: entries.size === all.length };
}

/** What a lookup found out about one file; handed back to `remember` with the file's result. */
export interface CacheLookup {
  path: string;
  key: string;
  fingerprint: string | undefined;
  settings: string;
  /** The stored result, when the file and its settings are unchanged. */
  hit?: LintResult;
}

export interface CacheSettings {
  location: string;
  strategy: CacheStrategy;
  version: string;
  /** --fix or --fix-dry-run: a stored result with findings is linted again so that its fixes are made (ESLint does the same). */
  fixing: boolean;
}

export class LintResultCache {
  private readonly folder: string;
  private readonly entries: Map<string, CacheEntry>;
  private readonly seen = new Set<string>();
  /** Whether the file on disk differs from `entries`; a warm run that changed nothing does not rewrite tens of megabytes. */
  private changed: boolean;

  constructor(private readonly settings: CacheSettings) {
    this.folder = dirname(settings.location);
    const parsed = parseCacheFile(readText(settings.location), settings.version);
    this.entries = parsed.entries;
    this.changed = !parsed.intact;
  }

  private keyOf(path: string): string {
    return relative(this.folder, path).split(sep).join('/');
  }

  lookup(path: string, options: LintOptions, cwd: string): CacheLookup {
    const key = this.keyOf(path);
    this.seen.add(key);
    const found: CacheLookup = { path, key, fingerprint: fingerprint(path, this.settings.strategy), settings: settingsKey(options, this.settings.version) };
    const entry = this.entries.get(key);
    if (!entry || found.fingerprint === undefined || entry.fingerprint !== found.fingerprint || entry.settings !== found.settings) return found;
    if (this.settings.fixing && entry.result.messages.length > 0) return found;
    // The stored path is relative to the folder of the run that stored it.
    return { ...found, hit: { ...entry.result, filePath: relative(cwd, path) || path } };
  }

  /**
   * Stores a linted file's result. A fatal result (an unreadable file, a parse failure, an
   * internal error) is not stored, nor one with fixed text: the file on disk has changed.
   */
  remember(lookup: CacheLookup, result: LintResult): void {
    if (lookup.hit) return;
    if (lookup.fingerprint === undefined || result.fatalErrorCount > 0 || result.output !== undefined) {
      if (this.entries.delete(lookup.key)) this.changed = true;
      return;
    }
    this.entries.set(lookup.key, { fingerprint: lookup.fingerprint, settings: lookup.settings, result });
    this.changed = true;
  }

  /** Writes the cache atomically, without the entries of files that no longer exist; unless nothing changed. */
  async save(): Promise<void> {
    for (const key of this.entries.keys()) {
      if (!this.seen.has(key) && !existsSync(join(this.folder, key))) {
        this.entries.delete(key);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const contents: CacheFileContents = { tool: 'noticelint', format: CACHE_FORMAT, version: this.settings.version, entries: Object.fromEntries(this.entries) };
    mkdirSync(this.folder, { recursive: true });
    await writeFileAtomic(this.settings.location, Buffer.from(JSON.stringify(contents)), { create: true });
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Lints `paths` through the cache: lookups here, in the main thread, and only the files that
 * missed go to `lintMisses` (worker threads when there are enough of them). Results go to
 * `emit` in the order of `paths`: the hits before a miss as soon as that miss's result arrives.
 */
export async function lintWithCache(
  paths: readonly string[],
  optionsFor: (path: string) => LintOptions,
  cwd: string,
  cache: LintResultCache,
  lintMisses: (paths: readonly string[], emit: (result: LintResult) => void) => Promise<void>,
  emit: (result: LintResult) => void,
): Promise<void> {
  const lookups = paths.map((path) => cache.lookup(path, optionsFor(path), cwd));
  const misses = lookups.filter((lookup) => lookup.hit === undefined);
  let next = 0;
  const emitHits = (): void => {
    for (let hit = lookups[next]?.hit; hit !== undefined; hit = lookups[next]?.hit) {
      next++;
      emit(hit);
    }
  };
  emitHits();
  let missed = 0;
  await lintMisses(
    misses.map((lookup) => lookup.path),
    (result) => {
      const lookup = misses[missed++];
      if (lookup) cache.remember(lookup, result);
      next++;
      emit(result);
      emitHits();
    },
  );
}

/**
 * --cache around a lint run: the cache file read, unchanged files' results served, the others
 * linted and stored, the file written. A cache that cannot be written is only a `warn`ing: the
 * report does not depend on it.
 */
export async function lintThroughCache(
  paths: readonly string[],
  optionsFor: (path: string) => LintOptions,
  cwd: string,
  settings: CacheSettings,
  lintMisses: (paths: readonly string[], emit: (result: LintResult) => void) => Promise<void>,
  emit: (result: LintResult) => void,
  warn: (message: string) => void,
): Promise<void> {
  const cache = new LintResultCache(settings);
  await lintWithCache(paths, optionsFor, cwd, cache, lintMisses, emit);
  try {
    await cache.save();
  } catch (error) {
    warn(`could not write the cache file ${relative(cwd, settings.location) || settings.location}: ${(error as Error).message}`);
  }
}
