import { describe, expect, it } from 'vitest';
import { adversarialInputs } from '../bench/adversarial-inputs.mjs';
import { lintText } from '../src/linter.js';
import type { RuleSetting } from '../src/lint-types.js';
import { DATA } from '../src/generated/data.js';
import { RULES } from '../src/rules/index.js';
import { compilePattern } from '../src/text/pattern.js';
import { REFERENCE_DATE } from './helpers.js';

/**
 * The quantified group inside which another unbounded quantifier sits, if any: "(a+)+",
 * "(?:\s*x)*" — the shapes that backtrack exponentially or polynomially. Bounded repeats
 * ({0,6}) are allowed around unbounded ones: their cost has a fixed degree.
 */
export function nestedUnboundedQuantifier(source: string): string | undefined {
  const stack: { start: number; unbounded: boolean }[] = [{ start: 0, unbounded: false }];
  const unboundedAt = (index: number): number => {
    const next = source[index];
    if (next === '*' || next === '+') return 1;
    const braces = /^\{\d+,\}/.exec(source.slice(index, index + 12));
    return braces ? braces[0].length : 0;
  };
  for (let index = 0; index < source.length; index++) {
    const character = source[index];
    const frame = stack[stack.length - 1];
    if (!frame) return source;
    if (character === '\\') index++;
    else if (character === '[') {
      for (index++; index < source.length && source[index] !== ']'; index++) if (source[index] === '\\') index++;
    } else if (character === '(') stack.push({ start: index, unbounded: false });
    else if (character === ')') {
      const group = stack.pop();
      const parent = stack[stack.length - 1];
      if (!group || !parent) return source;
      const quantified = unboundedAt(index + 1) > 0;
      if (quantified && group.unbounded) return source.slice(group.start, index + 2);
      parent.unbounded ||= group.unbounded || quantified;
    } else if (unboundedAt(index) > 0) frame.unbounded = true;
  }
  return undefined;
}

/** Every pattern string in the language packs, templates and processor list. */
function lexiconPatterns(): string[] {
  const found: string[] = [];
  const skip = new Set(['language', 'name', 'initFileName', 'hint']);
  const walk = (value: unknown, key: string, inArray: boolean): void => {
    if (typeof value === 'string') {
      if ((inArray || key === 'pattern') && !skip.has(key)) found.push(value);
    } else if (Array.isArray(value)) for (const item of value) walk(item, key, true);
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) if (!skip.has(name)) walk(item, name, false);
  };
  walk(DATA.languages, '', false);
  walk(DATA.commonTemplates, 'templates', false);
  walk(DATA.processors, 'processors', false);
  return found;
}

describe('patterns are linear', () => {
  it('the checker finds nested unbounded quantifiers, and allows bounded ones around them', () => {
    expect(nestedUnboundedQuantifier('(a+)+')).toBe('(a+)+');
    expect(nestedUnboundedQuantifier('(?:\\s*x)*y')).toBe('(?:\\s*x)*');
    expect(nestedUnboundedQuantifier('(?:\\s+[^\\s.]+){0,6}?\\s+')).toBeUndefined();
    expect(nestedUnboundedQuantifier('[(+)]*a+')).toBeUndefined();
  });

  it('no lexicon pattern, compiled, nests an unbounded quantifier in another', () => {
    const patterns = lexiconPatterns();
    expect(patterns.length).toBeGreaterThan(300);
    const offending = patterns.flatMap((pattern) => {
      const nested = nestedUnboundedQuantifier(compilePattern(pattern).source);
      return nested ? [`${pattern} → ${nested}`] : [];
    });
    expect(offending).toEqual([]);
    expect(nestedUnboundedQuantifier(DATA.legalBasisReference)).toBeUndefined();
    expect(nestedUnboundedQuantifier(DATA.legalBasisFurtherLetter)).toBeUndefined();
  });

  it('a choice "(a|b)" in a plain pattern stays within one word: words are split at spaces first', () => {
    const broken = lexiconPatterns()
      .filter((pattern) => !/^(?:re|cs):/.test(pattern))
      .filter((pattern) => pattern.split(/\s+/).some((word) => (word.match(/\(/g) ?? []).length !== (word.match(/\)/g) ?? []).length));
    expect(broken).toEqual([]);
  });
});

// A generous timeout: these guard against hangs; bench/run.mjs records the actual times.
describe('every rule finishes on adversarial input (the benchmark records the times)', { timeout: 60_000 }, () => {
  const everyRuleOn: Record<string, RuleSetting> = Object.fromEntries(RULES.map((rule) => [rule.meta.id, 'warn']));
  const inputs = Object.entries(adversarialInputs(1_000_000));

  it.each(inputs)('plain text: %s', async (_name, text) => {
    const result = await lintText(text, 'n.txt', { rules: everyRuleOn, now: REFERENCE_DATE, language: 'fi' });
    const lines = text.split('\n').length;
    for (const message of result.messages) {
      expect(message.line).toBeGreaterThanOrEqual(1);
      expect(message.endLine).toBeLessThanOrEqual(lines);
    }
  });

  const small = Object.entries(adversarialInputs(100_000));
  it.each(small)('Markdown and YAML: %s', async (_name, text) => {
    const body = text.split('\n').slice(1).join('\n');
    const markdown = await lintText(`# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\n${body}`, 'n.md', { rules: everyRuleOn, now: REFERENCE_DATE });
    const yaml = await lintText(`noticelint: 1\nsections:\n  - heading: Rekisterinpitäjä\n    text: ${JSON.stringify(body)}\n`, 'n.yaml', {
      rules: everyRuleOn,
      now: REFERENCE_DATE,
    });
    // Markdown the parser would need quadratic time for is refused up front, never parsed slowly.
    for (const message of markdown.messages.filter((finding) => finding.fatal)) expect(message.messageId).toBe('too-complex');
    expect(yaml.fatalErrorCount).toBe(0);
  });
});
