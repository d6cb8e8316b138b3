import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { LintOptions, RuleSetting } from '../lint-types.js';
import { RULES } from '../rules/index.js';
import { CONFIG_FILE_NAMES, type LoadedConfig, loadConfigFile, type NoticelintConfig } from './load.js';

/** `extends: strict` turns every rule on as an error, and the opt-in ones on as warnings. */
function presetRules(name: NoticelintConfig['extends']): Record<string, RuleSetting> {
  if (name !== 'strict') return {};
  return Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity === 'off' ? 'warn' : 'error']));
}

/** A later severity-only setting keeps the options set earlier, as in ESLint. */
function mergeRules(...layers: (Record<string, RuleSetting> | undefined)[]): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = {};
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer ?? {})) {
      const earlier = merged[id];
      const earlierOptions = Array.isArray(earlier) ? earlier[1] : undefined;
      merged[id] = !Array.isArray(setting) && earlierOptions ? [setting, earlierOptions] : setting;
    }
  }
  return merged;
}

/** Globs without a slash match a file name at any depth, as in .gitignore. */
function globMatcher(patterns: string | string[]): (path: string) => boolean {
  const list = (Array.isArray(patterns) ? patterns : [patterns]).map((pattern) => (pattern.includes('/') ? pattern.replace(/^\//, '') : `**/${pattern}`));
  return picomatch(list, { dot: true });
}

interface CompiledConfig {
  loaded: LoadedConfig;
  /** Undefined when the configuration has no `files`. */
  files?: (path: string) => boolean;
  ignores: Ignore;
  overrides: { matches: (path: string) => boolean; override: NonNullable<NoticelintConfig['overrides']>[number] }[];
}

function compile(loaded: LoadedConfig): CompiledConfig {
  return {
    loaded,
    ...(loaded.config.files ? { files: globMatcher(loaded.config.files) } : {}),
    ignores: ignore().add(loaded.config.ignores ?? []),
    overrides: (loaded.config.overrides ?? []).map((override) => ({ matches: globMatcher(override.files), override })),
  };
}

export type ConfigMode = { kind: 'search' } | { kind: 'file'; path: string } | { kind: 'none' };

export interface FileSettings {
  options: LintOptions;
  ignored: boolean;
  /** Whether the configuration's `files` globs match; undefined when it has none. */
  inFiles?: boolean;
  configPath?: string;
}

/**
 * Finds each file's configuration — the nearest .noticelintrc.yaml/.yml/.json or package.json
 * with a "noticelint" key, looking upward — and turns it into lint options. Throws ConfigError.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, CompiledConfig | undefined>();
  private readonly forced: CompiledConfig | undefined;

  constructor(private readonly mode: ConfigMode) {
    const forced = mode.kind === 'file' ? loadConfigFile(mode.path) : undefined;
    this.forced = forced ? compile(forced) : undefined;
  }

  private nearest(folder: string): CompiledConfig | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    let found: CompiledConfig | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      const loaded = existsSync(path) ? loadConfigFile(path) : undefined;
      if (loaded) {
        found = compile(loaded);
        break;
      }
    }
    const parent = dirname(folder);
    if (!found && parent !== folder) found = this.nearest(parent);
    this.byFolder.set(folder, found);
    return found;
  }

  private configFor(file: string): CompiledConfig | undefined {
    if (this.mode.kind === 'none') return undefined;
    return this.mode.kind === 'file' ? this.forced : this.nearest(dirname(file));
  }

  /** Options for one file (absolute path): configuration under the command line's `flags`. */
  settingsFor(file: string, flags: LintOptions = {}): FileSettings {
    const compiled = this.configFor(file);
    if (!compiled) return { options: flags, ignored: false };
    const { config, folder, path } = compiled.loaded;
    const relativePath = relative(folder, file).split(sep).join('/');
    const inside = relativePath !== '' && !relativePath.startsWith('../');
    const overrides = inside ? compiled.overrides.filter(({ matches }) => matches(relativePath)).map(({ override }) => override) : [];
    let profile = config.profile;
    let language = config.language;
    for (const override of overrides) {
      profile = override.profile ?? profile;
      language = override.language ?? language;
    }
    const rules = mergeRules(presetRules(config.extends), config.rules, ...overrides.map((override) => override.rules), flags.rules);
    const options: LintOptions = {
      ...(profile ? { defaultProfile: profile } : {}),
      ...(language ? { defaultLanguage: language } : {}),
      ...(config.locale ? { locale: config.locale } : {}),
      ...(config.maxFileSize ? { maxFileSize: config.maxFileSize } : {}),
      ...flags,
      rules,
    };
    return {
      options,
      ignored: inside && compiled.ignores.ignores(relativePath),
      ...(compiled.files ? { inFiles: inside && compiled.files(relativePath) } : {}),
      configPath: path,
    };
  }
}
