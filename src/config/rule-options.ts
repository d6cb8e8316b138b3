/**
 * Rule options checked against each rule's JSON Schema (meta.schema) by ajv. ajv is loaded and a
 * schema compiled only when a configuration gives options: most runs give none, and loading ajv
 * costs start-up time the pre-commit hook would pay on every commit.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Rule } from '../rules/rule.js';
import { closest } from '../text/suggest.js';

/** The schema of a rule that declares none: it takes no options. */
const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false } as const;

export interface OptionProblem {
  /** The option's name, or undefined for the options object as a whole. */
  option?: string;
  /** The problem is the option's name (an unknown option), not its value. */
  atKey: boolean;
  message: string;
}

type AjvModule = typeof import('ajv');

let validators: WeakMap<Rule, ValidateFunction> | undefined;
let ajv: InstanceType<AjvModule['Ajv']> | undefined;

/** The compiled schema of a rule; rules are static, so one compilation serves every configuration file. */
function validatorOf(rule: Rule): ValidateFunction {
  validators ??= new WeakMap();
  const known = validators.get(rule);
  if (known) return known;
  ajv ??= new (createRequire(import.meta.url)('ajv') as AjvModule).Ajv({ allErrors: false, strict: true });
  const validate = ajv.compile(rule.meta.schema ?? NO_OPTIONS);
  validators.set(rule, validate);
  return validate;
}

export function optionNames(rule: Rule): string[] {
  const properties = (rule.meta.schema ?? NO_OPTIONS).properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

function suggestion(name: string, known: readonly string[]): string {
  const close = closest(name, known);
  return close ? ` Did you mean "${close}"?` : '';
}

/** "a number" for an integer given as text, "a whole number" for 1.5: said as a reader of the file would. */
function typeWord(expected: string, value: unknown): string {
  if (expected === 'integer') return typeof value === 'number' ? 'a whole number' : 'a number';
  return expected === 'array' || expected === 'object' ? `an ${expected}` : `a ${expected}`;
}

function describe(rule: Rule, error: ErrorObject, options: Readonly<Record<string, unknown>>): OptionProblem {
  const id = rule.meta.id;
  if (error.keyword === 'additionalProperties') {
    const option = String(error.params.additionalProperty);
    const known = optionNames(rule);
    const hint = known.length > 0 ? ` Options: ${known.join(', ')}.${suggestion(option, known)}` : ' It takes no options.';
    return { option, atKey: true, message: `Rule "${id}" has no option "${option}".${hint}` };
  }
  const option = error.instancePath.split('/')[1];
  if (option === undefined) return { atKey: false, message: `Rule "${id}": the options ${error.message ?? 'are invalid'}.` };
  const value = options[option];
  const got = `got ${JSON.stringify(value)}`;
  if (error.keyword === 'type')
    return { option, atKey: false, message: `Rule "${id}": option "${option}" must be ${typeWord(String(error.params.type), value)}, ${got}.` };
  if (error.keyword === 'minimum')
    return { option, atKey: false, message: `Rule "${id}": option "${option}" must be at least ${String(error.params.limit)}, ${got}.` };
  if (error.keyword === 'maximum')
    return { option, atKey: false, message: `Rule "${id}": option "${option}" must be at most ${String(error.params.limit)}, ${got}.` };
  return { option, atKey: false, message: `Rule "${id}": option "${option}" ${error.message ?? 'is invalid'}, ${got}.` };
}

/** The first problem with a rule's options, or undefined when its schema accepts them. */
export function ruleOptionProblem(rule: Rule, options: Readonly<Record<string, unknown>>): OptionProblem | undefined {
  const validate = validatorOf(rule);
  if (validate(options)) return undefined;
  const [error] = validate.errors ?? [];
  return error ? describe(rule, error, options) : { atKey: false, message: `Rule "${rule.meta.id}": invalid options.` };
}
