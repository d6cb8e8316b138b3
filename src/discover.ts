import { existsSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { NOTICE_EXTENSIONS } from './parse/index.js';

const IGNORE_FILES = ['.gitignore', '.noticelintignore'];
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** Ignore rules of one folder, as the `ignore` package reads .gitignore syntax. */
interface FolderRules {
  folder: string;
  rules: Ignore;
}

function folderRules(folder: string): FolderRules | undefined {
  const files = IGNORE_FILES.map((name) => join(folder, name)).filter((path) => existsSync(path));
  if (files.length === 0) return undefined;
  const rules = ignore();
  for (const file of files) rules.add(readFileSync(file, 'utf8'));
  return { folder, rules };
}

function isIgnored(path: string, isDirectory: boolean, chain: readonly FolderRules[]): boolean {
  return chain.some(({ folder, rules }) => {
    const relativePath = relative(folder, path).split(sep).join('/');
    if (relativePath === '' || relativePath.startsWith('..')) return false;
    return rules.ignores(isDirectory ? `${relativePath}/` : relativePath);
  });
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

/**
 * Paths, folders and globs → the notice files to lint, in a stable order. A named path
 * that does not exist is returned as is, so that reading it reports the problem.
 */
export async function discoverFiles(patterns: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false });
      const chain = ancestorRules(cwd, cwd);
      found.push(...matches.filter((path) => hasNoticeExtension(path) && !isIgnored(path, false, chain)).sort());
      continue;
    }
    const path = resolve(cwd, pattern);
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch {
      found.push(path);
      continue;
    }
    if (isDirectory) await walk(path, ancestorRules(cwd, path), seen, found);
    else if (!isIgnored(path, false, ancestorRules(cwd, path))) found.push(path);
  }
  return [...new Set(found)];
}
