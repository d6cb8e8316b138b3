import { relative, sep } from 'node:path';
import ignore from 'ignore';
import { configFromSource, ConfigError } from './config/load.js';
import type { FileSettings } from './config/resolve.js';
import { activeRules } from './linter.js';
import type { LintOptions, RuleSetting } from './lint-types.js';
import { RULES } from './rules/index.js';

/**
 * One `--rule` value, ESLint's syntax: `'id: severity'`, `'id: [severity, {options}]'` or a
 * JSON object `'{"id": ["error", {...}]}'`. Both are YAML flow mappings, so the value is read
 * as the `rules` of a configuration and validated exactly as a configuration file's rules are.
 * Throws ConfigError.
 */
export function parseRuleOption(value: string): Record<string, RuleSetting> {
  const trimmed = value.trim();
  const mapping = trimmed.startsWith('{') ? trimmed : `{${trimmed}}`;
  const config = configFromSource('--rule', `rules: ${mapping}\n`);
  if (!config.rules || Object.keys(config.rules).length === 0) throw new ConfigError('No rule given.', '--rule');
  return config.rules;
}

/** Positional patterns split as markdownlint-cli2 and ESLint users write them: `!drafts/**` excludes. */
export function splitNegatedPatterns(patterns: readonly string[]): { include: string[]; exclude: string[] } {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  return { include, exclude };
}

/**
 * A test for files that `--ignore-pattern` or a negated pattern excludes. Patterns are relative
 * to the working folder, in .gitignore syntax like `ignores` in the configuration: `drafts/`,
 * `drafts/**`, `*.txt` (a pattern without a slash matches at any depth).
 */
export function excludedBy(patterns: readonly string[], cwd: string): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const rules = ignore().add([...patterns]);
  return (path) => {
    const relativePath = relative(cwd, path).split(sep).join('/');
    // Outside the working folder the patterns say nothing (and `ignore` refuses such paths).
    if (relativePath === '' || relativePath.startsWith('../') || relativePath === '..') return false;
    return rules.ignores(relativePath);
  };
}

/** Every rule's effective setting, as `[severity]` or `[severity, options]`. */
function effectiveRules(options: LintOptions): Record<string, [string] | [string, Readonly<Record<string, unknown>>]> {
  const active = new Map(activeRules(options.rules).map((entry) => [entry.rule.meta.id, entry]));
  return Object.fromEntries(
    RULES.map(({ meta }) => {
      const entry = active.get(meta.id);
      if (!entry) return [meta.id, ['off']];
      const severity = entry.severity === 2 ? 'error' : 'warn';
      return [meta.id, Object.keys(entry.options).length > 0 ? [severity, entry.options] : [severity]];
    }),
  );
}

/** What `--print-config FILE` prints: the configuration that file is linted with, command-line flags included. */
export function printableConfig(settings: FileSettings, cwd: string): Record<string, unknown> {
  const { options } = settings;
  // profile/language force a value (command line); the default ones apply when the notice declares none.
  return {
    configFile: settings.configPath ? relative(cwd, settings.configPath) || settings.configPath : null,
    ignored: settings.ignored,
    profile: options.profile ?? null,
    defaultProfile: options.defaultProfile ?? 'art13',
    language: options.language ?? null,
    defaultLanguage: options.defaultLanguage ?? 'auto',
    locale: options.locale ?? null,
    maxFileSize: options.maxFileSize ?? null,
    allowInlineConfig: options.allowInlineConfig !== false,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
    rules: effectiveRules(options),
  };
}
