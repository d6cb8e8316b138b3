import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ErrorObject } from 'ajv';
import { type Document, isScalar, parseDocument } from 'yaml';
import type { RuleSetting } from '../lint-types.js';
import type { Language, Profile } from '../model/types.js';
import { RULES_BY_ID } from '../rules/index.js';
import { describeSchemaError, instancePath, mostSpecific, pathRange, schemaErrorRange } from '../schema/errors.js';
import { validateConfig } from '../schema/validators.js';
import { LineIndex } from '../text/lines.js';
import { closest } from '../text/suggest.js';
import { ruleOptionProblem } from './rule-options.js';
import { packageFile } from '../package-path.js';

export interface ConfigOverride {
  files: string | string[];
  profile?: Profile;
  language?: Language | 'auto';
  rules?: Record<string, RuleSetting>;
}

/** The contents of .noticelintrc.yaml / .json / package.json "noticelint" (schemas/config.schema.json). */
export interface NoticelintConfig {
  root?: boolean;
  extends?: 'recommended' | 'strict';
  profile?: Profile;
  language?: Language | 'auto';
  locale?: Language;
  maxFileSize?: number;
  /** Globs of the notices: a folder walk or a glob lints these, without notice detection. */
  files?: string[];
  ignores?: string[];
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
}

export interface LoadedConfig {
  path: string;
  /** Folder that ignores and override globs are relative to. */
  folder: string;
  config: NoticelintConfig;
}

/** A configuration problem: exit 2, naming the file, line and column. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }

  get location(): string {
    return this.line === undefined ? this.file : `${this.file}:${this.line}:${this.column ?? 1}`;
  }
}

const SEVERITY_WORDS = ['off', 'warn', 'error'];

/** Key names the schema allows at a place in the configuration, for "did you mean". */
function knownKeys(instancePath: string): string[] {
  interface ObjectSchema {
    properties: Record<string, unknown>;
  }
  const schema = JSON.parse(readFileSync(packageFile('schemas/config.schema.json'), 'utf8')) as {
    properties: Record<string, unknown> & { overrides: { items: ObjectSchema } };
  };
  const object = /^\/overrides\/\d+$/.test(instancePath) ? schema.properties.overrides.items : schema;
  return Object.keys(object.properties);
}

function suggestion(input: unknown, candidates: readonly string[]): string {
  const near = typeof input === 'string' ? closest(input, candidates) : undefined;
  return near ? ` Did you mean "${near}"?` : '';
}

function rawValueAt(document: Document, pointer: string): unknown {
  const node = document.getIn(instancePath(pointer), true);
  return isScalar(node) ? node.value : undefined;
}

function describeConfigError(error: ErrorObject, value: unknown): string {
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params.additionalProperty);
    return `Unknown key "${key}".${suggestion(key, knownKeys(error.instancePath))}`;
  }
  if (/^\/(overrides\/\d+\/)?rules\//.test(error.instancePath)) {
    const rule = error.instancePath.split('/').at(-1) ?? '';
    return `Rule "${rule}": invalid setting ${JSON.stringify(value ?? null)}; use off, warn or error (or 0, 1, 2), or [severity, { options }].${suggestion(value, SEVERITY_WORDS)}`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).map(String);
    return `${describeSchemaError(error, 'The configuration')}${suggestion(value, allowed)}`;
  }
  return describeSchemaError(error, 'The configuration');
}

/** Rule ids and rule options the configuration schema cannot know: checked against the rules themselves (meta.schema). */
function ruleProblems(
  rules: Record<string, RuleSetting> | undefined,
  pathPrefix: (string | number)[],
): { path: (string | number)[]; message: string; atKey: boolean }[] {
  const problems: { path: (string | number)[]; message: string; atKey: boolean }[] = [];
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      problems.push({
        path: [...pathPrefix, id],
        atKey: true,
        message: `Unknown rule "${id}".${suggestion(id, [...RULES_BY_ID.keys()])} See: noticelint rules`,
      });
      continue;
    }
    const options = Array.isArray(setting) ? setting[1] : undefined;
    const problem = options === undefined ? undefined : ruleOptionProblem(rule, options);
    if (problem)
      problems.push({
        path: [...pathPrefix, id, 1, ...(problem.option === undefined ? [] : [problem.option])],
        atKey: problem.atKey,
        message: problem.message,
      });
  }
  return problems;
}

function errorAt(file: string, source: string, offset: number, message: string): ConfigError {
  const { line, column } = new LineIndex(source).position(offset);
  return new ConfigError(message, file, line, column);
}

function parseSource(file: string, source: string): Document {
  if (file.endsWith('.json')) {
    try {
      JSON.parse(source);
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message);
      throw errorAt(file, source, Number(position?.[1] ?? 0), `Invalid JSON: ${(error as Error).message}`);
    }
  }
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) throw errorAt(file, source, first.pos[0], `Invalid YAML: ${first.message.split('\n')[0]}`);
  return document;
}

/** Validates a configuration document; `inner` is the key holding it (package.json's "noticelint"). */
export function configFromSource(file: string, source: string, inner?: string): NoticelintConfig {
  const document = parseSource(file, source);
  const whole = document.toJS({ maxAliasCount: 100 }) as unknown;
  const value = inner ? (whole as Record<string, unknown>)[inner] : whole;
  const prefix = inner ? [inner] : [];
  if (value === null || value === undefined) return {};
  if (!validateConfig(value)) {
    const error = mostSpecific(validateConfig.errors ?? [])[0];
    if (error) {
      const located = { ...error, instancePath: prefix.map((key) => `/${key}`).join('') + error.instancePath };
      throw errorAt(file, source, schemaErrorRange(document, located).start, describeConfigError(error, rawValueAt(document, located.instancePath)));
    }
  }
  const config = value as NoticelintConfig;
  const problems = [
    ...ruleProblems(config.rules, ['rules']),
    ...(config.overrides ?? []).flatMap((override, index) => ruleProblems(override.rules, ['overrides', index, 'rules'])),
  ];
  const problem = problems[0];
  if (problem) throw errorAt(file, source, pathRange(document, [...prefix, ...problem.path], problem.atKey ? 'key' : 'value').start, problem.message);
  return config;
}

export const CONFIG_FILE_NAMES = ['.noticelintrc.yaml', '.noticelintrc.yml', '.noticelintrc.json', 'package.json'] as const;

function hasKey(packageJson: string, key: string): boolean {
  try {
    const value: unknown = JSON.parse(packageJson);
    return typeof value === 'object' && value !== null && key in value;
  } catch {
    return false; // a broken package.json is npm's business, not a noticelint configuration
  }
}

/** Reads one configuration file; package.json without a "noticelint" key gives undefined. */
export function loadConfigFile(path: string): LoadedConfig | undefined {
  let source: string;
  try {
    source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ConfigError(`Cannot read the configuration: ${(error as Error).message}`, path);
  }
  const isPackageJson = basename(path) === 'package.json';
  if (isPackageJson && !hasKey(source, 'noticelint')) return undefined;
  return { path, folder: dirname(path), config: configFromSource(path, source, isPackageJson ? 'noticelint' : undefined) };
}
