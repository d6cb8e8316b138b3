import { existsSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { NOTICE_EXTENSIONS } from './formats/index.js';

const IGNORE_FILES = ['.gitignore', '.noticelintignore'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** Ignore rules of one folder, as the `ignore` package reads .gitignore syntax. */
interface FolderRules {
  folder: string;
  /** .gitignore and .noticelintignore together, so that one may re-include ("!") what the other ignores. */
  rules: Ignore;
  /** Each file's own rules, to say which file ignored a path. */
  files: { path: string; rules: Ignore }[];
}

function folderRules(folder: string): FolderRules | undefined {
  const sources = IGNORE_FILES.map((name) => join(folder, name))
    .filter((path) => existsSync(path))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  if (sources.length === 0) return undefined;
  const rules = ignore();
  for (const { text } of sources) rules.add(text);
  return { folder, rules, files: sources.map(({ path, text }) => ({ path, rules: ignore().add(text) })) };
}

function relativeTo(folder: string, path: string, isDirectory: boolean): string | undefined {
  const relativePath = relative(folder, path).split(sep).join('/');
  if (relativePath === '' || relativePath.startsWith('..')) return undefined;
  return isDirectory ? `${relativePath}/` : relativePath;
}

/** The ignore file that ignores `path`, or undefined when none does. */
function ignoredBy(path: string, isDirectory: boolean, chain: readonly FolderRules[]): string | undefined {
  for (const { folder, rules, files } of chain) {
    const relativePath = relativeTo(folder, path, isDirectory);
    if (relativePath === undefined || !rules.ignores(relativePath)) continue;
    return (files.find((file) => file.rules.ignores(relativePath)) ?? files[0])?.path;
  }
  return undefined;
}

function isIgnored(path: string, isDirectory: boolean, chain: readonly FolderRules[]): boolean {
  return ignoredBy(path, isDirectory, chain) !== undefined;
}

function hasNoticeExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return NOTICE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Ignore files from `cwd` down to (not including) `folder`'s own, for paths given inside the tree. */
function ancestorRules(cwd: string, folder: string): FolderRules[] {
  const chain: FolderRules[] = [];
  const rootRules = folderRules(cwd);
  if (rootRules) chain.push(rootRules);
  const parts = relative(cwd, folder).split(sep).filter(Boolean);
  if (parts[0] === '..') return chain;
  let current = cwd;
  for (const part of parts) {
    current = join(current, part);
    const rules = current === folder ? undefined : folderRules(current);
    if (rules) chain.push(rules);
  }
  return chain;
}

async function walk(folder: string, chain: readonly FolderRules[], seen: Set<string>, found: string[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(folder);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop, or a folder reached twice
  seen.add(real);
  const own = folderRules(folder);
  const rules = own ? [...chain, own] : chain;
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    // Dot-files and dot-folders (.noticelintrc.yaml, .github …) hold tooling, not notices, as ESLint assumes too.
    if (ALWAYS_SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDirectory = (await stat(path)).isDirectory();
      } catch {
        isDirectory = false; // broken link: reported when read, if it looks like a notice
      }
    }
    if (isIgnored(path, isDirectory, rules)) continue;
    if (isDirectory) await walk(path, rules, seen, found);
    else if (hasNoticeExtension(entry.name)) found.push(path);
  }
}

export interface DiscoveredFile {
  path: string;
  /** Named on the command line as a file, not found by a folder walk or a glob: no notice detection. */
  named: boolean;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Files named on the command line that an ignore file ignores, with that file. */
  ignored: { path: string; ignoreFile: string }[];
}

/** Characters any glob syntax needs; a pattern without them is a path, and the glob library is not loaded for it. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

/** The glob library when `pattern` is a glob: loaded only then, as most runs name files or folders. */
async function globberFor(pattern: string): Promise<typeof import('tinyglobby') | undefined> {
  if (!GLOB_CHARACTERS.test(pattern)) return undefined;
  const globbing = await import('tinyglobby');
  return globbing.isDynamicPattern(pattern) ? globbing : undefined;
}

/**
 * Paths, folders and globs → the notice files to lint, in a stable order. A named path
 * that does not exist is returned as is, so that reading it reports the problem.
 */
export async function discover(patterns: readonly string[], cwd = process.cwd()): Promise<Discovery> {
  const files: DiscoveredFile[] = [];
  const ignored: Discovery['ignored'] = [];
  const seen = new Set<string>();
  const found = (path: string): DiscoveredFile => ({ path, named: false });
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const globbing = await globberFor(pattern);
    if (globbing) {
      const matches = await globbing.glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false });
      const chain = ancestorRules(cwd, cwd);
      files.push(
        ...matches
          .filter((path) => hasNoticeExtension(path) && !isIgnored(path, false, chain))
          .sort()
          .map(found),
      );
      continue;
    }
    const path = resolve(cwd, pattern);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      files.push({ path, named: true });
      continue;
    }
    if (isDirectory) {
      const walked: string[] = [];
      await walk(path, ancestorRules(cwd, path), seen, walked);
      files.push(...walked.map(found));
      continue;
    }
    const ignoreFile = ignoredBy(path, false, ancestorRules(cwd, path));
    if (ignoreFile === undefined) files.push({ path, named: true });
    else ignored.push({ path, ignoreFile });
  }
  // A file both named and found by a walk counts as named.
  const named = new Set(files.filter((file) => file.named).map((file) => file.path));
  const unique = new Map<string, DiscoveredFile>();
  for (const file of files) if (!unique.has(file.path)) unique.set(file.path, { path: file.path, named: named.has(file.path) });
  return { files: [...unique.values()], ignored: ignored.filter((file) => !unique.has(file.path)) };
}

/** The paths `discover` would lint, in order (named ignored files left out). */
export async function discoverFiles(patterns: readonly string[], cwd = process.cwd()): Promise<string[]> {
  return (await discover(patterns, cwd)).files.map((file) => file.path);
}
