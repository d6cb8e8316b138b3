import { basename, relative } from 'node:path';
import type { FileSettings } from './config/resolve.js';
import type { Discovery } from './discover.js';
import { summarise, type LintResult } from './lint-types.js';
import type { Finding, Language } from './model/types.js';
import { formatMessage } from './rules/messages.js';

/**
 * Documents every repository has and that are never notices. A folder walk or a glob leaves
 * them out without a word; named on the command line they are linted like any file. The
 * pre-commit hook's `exclude` (.pre-commit-hooks.yaml) leaves out the same names.
 */
export const REPOSITORY_DOCUMENTS =
  /^(?:(?:readme|changelog|changes|history|news|contributing|contributors|authors|maintainers|code_of_conduct|security|support|governance|license|licence|copying|pull_request_template|issue_template)(?:\.[^/]*)?|mkdocs\.ya?ml|_config\.ya?ml|docker-compose\.ya?ml|compose\.ya?ml|pnpm-lock\.yaml|pnpm-workspace\.yaml|codecov\.ya?ml)$/i;

export function isRepositoryDocument(path: string): boolean {
  return REPOSITORY_DOCUMENTS.test(basename(path));
}

export interface SelectedFile {
  path: string;
  /** Found by a walk or a glob, with no `files` in the configuration: lint only if it looks like a notice. */
  detect: boolean;
}

/** A file named on the command line that is not linted, and why. */
export interface IgnoredFile {
  path: string;
  /** An ignore file, the configuration's `ignores`, or its `files` that do not match. */
  by: { kind: 'ignore-file' | 'config' | 'not-in-files'; file: string };
  locale?: Language;
}

export interface Selection {
  lint: SelectedFile[];
  ignored: IgnoredFile[];
}

/**
 * Which discovered files to lint, ESLint style: ignores first (a named file gets a note, a found
 * one nothing); then the configuration's `files`, when it has them, decide (a named file they
 * miss gets a note too); without `files`, a named file is linted, and a found one when it is no
 * repository document and passes notice detection.
 */
export function selectFiles(discovery: Discovery, settingsFor: (path: string) => FileSettings | undefined): Selection {
  const lint: SelectedFile[] = [];
  const ignored: IgnoredFile[] = discovery.ignored.map(({ path, ignoreFile }) => {
    const locale = settingsFor(path)?.options.locale;
    return { path, by: { kind: 'ignore-file', file: ignoreFile }, ...(locale ? { locale } : {}) };
  });
  for (const { path, named } of discovery.files) {
    const settings = settingsFor(path);
    if (settings?.ignored) {
      if (named) {
        const locale = settings.options.locale;
        ignored.push({ path, by: { kind: 'config', file: settings.configPath ?? '' }, ...(locale ? { locale } : {}) });
      }
      continue;
    }
    if (named && settings?.inFiles === false) {
      // ESLint too ignores a named file that no `files` pattern matches: pre-commit passes every staged .md.
      const locale = settings.options.locale;
      ignored.push({ path, by: { kind: 'not-in-files', file: settings.configPath ?? '' }, ...(locale ? { locale } : {}) });
    } else if (named) lint.push({ path, detect: false });
    else if (settings?.inFiles !== undefined) {
      if (settings.inFiles) lint.push({ path, detect: false });
    } else if (!isRepositoryDocument(path)) lint.push({ path, detect: true });
  }
  return { lint, ignored };
}

/** ESLint's answer to an ignored file named on the command line: one warning, nothing linted. */
export function ignoredFileResult(file: IgnoredFile, cwd: string): LintResult {
  const where = relative(cwd, file.by.file) || file.by.file;
  const template = { 'ignore-file': 'ignored-by-file', config: 'ignored-by-config', 'not-in-files': 'not-in-files' }[file.by.kind];
  const finding: Finding = {
    ruleId: null,
    messageId: 'ignored',
    severity: 1,
    message: formatMessage(file.locale ?? 'en', 'detection', template, { file: where }),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
  return summarise(relative(cwd, file.path) || file.path, [finding]);
}
