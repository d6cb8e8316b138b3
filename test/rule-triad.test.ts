import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/model/types.js';
import { RULES } from '../src/rules/index.js';
import { CORE_SECTION, DESCRIPTIONS_SECTION, EXPLAIN_SECTION, REPORT_SECTION } from '../src/rules/messages.js';
import type { Rule } from '../src/rules/rule.js';
import { lintFile } from '../src/lint-files.js';
import { REFERENCE_DATE } from './helpers.js';

const root = join(import.meta.dirname, '..');
const REGISTERED = RULES.map((rule) => rule.meta.id);
/** Modules in src/rules/ that hold the rules' shared machinery rather than a rule. */
const NOT_RULES = new Set(['index', 'rule', 'messages', 'transfer-name']);
/** Catalogue sections that are not a rule's messages. */
const NOT_RULE_SECTIONS = new Set([CORE_SECTION, DESCRIPTIONS_SECTION, EXPLAIN_SECTION, REPORT_SECTION, 'language-names', 'detection']);

function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null || !('meta' in value) || !('check' in value)) return false;
  const meta: unknown = value.meta;
  return typeof meta === 'object' && meta !== null && 'id' in meta && typeof value.check === 'function';
}

describe("every rule has a module, a test file and docs (as ESLint's build checks)", () => {
  it('registers every rule module in src/rules/, once, under its file name', async () => {
    const modules = readdirSync(join(root, 'src/rules'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.slice(0, -3));
    const exported: string[] = [];
    for (const name of modules.filter((module) => !NOT_RULES.has(module))) {
      const rules = Object.values(await import(/* @vite-ignore */ pathToFileURL(join(root, 'src/rules', `${name}.ts`)).href)).filter(isRule);
      expect(
        rules.map((rule) => rule.meta.id),
        `src/rules/${name}.ts exports the rule ${name}`,
      ).toEqual([name]);
      exported.push(name);
    }
    expect([...REGISTERED].sort()).toEqual(exported.sort());
    expect(new Set(REGISTERED).size).toBe(REGISTERED.length);
  });
  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id}: src/rules/${id}.ts, test/rules/${id}.test.ts, docs/rules/${id}.md`, () => {
      expect(existsSync(join(root, 'src/rules', `${id}.ts`))).toBe(true);
      expect(existsSync(join(root, 'test/rules', `${id}.test.ts`))).toBe(true);
      const docs = readFileSync(join(root, 'docs/rules', `${id}.md`), 'utf8');
      expect(docs).toContain(`# ${id}`);
      expect(docs).toContain('**GDPR:**');
      expect(docs).toContain('## Reported');
      expect(docs).toContain('## Not reported');
    });
    it(`${id}: every messageId and related-location message has a message in ${LANGUAGES.join(', ')}`, async () => {
      const { messageCatalogue } = await import('../src/lexicon/index.js');
      for (const language of LANGUAGES) {
        const messages = messageCatalogue(language)[id] ?? {};
        // required-section gives one text for many ids (the missing element is a placeholder).
        const templates = id === 'required-section' ? ['missing'] : rule.meta.messageIds;
        for (const messageId of [...templates, ...(rule.meta.relatedMessageIds ?? [])])
          expect(messages[messageId], `${language} ${id}/${messageId}`).toBeTruthy();
      }
    });
  }
  it('has no stray rule test, docs page or message entry', async () => {
    const { messageCatalogue } = await import('../src/lexicon/index.js');
    const ids = new Set(REGISTERED);
    expect(
      readdirSync(join(root, 'test/rules'))
        .map((file) => file.replace('.test.ts', ''))
        .filter((id) => !ids.has(id)),
    ).toEqual([]);
    const pages = readdirSync(join(root, 'docs/rules')).filter((file) => file !== 'README.md');
    expect(pages.map((file) => file.replace('.md', '')).filter((id) => !ids.has(id))).toEqual([]);
    for (const language of LANGUAGES) {
      expect(
        Object.keys(messageCatalogue(language)).filter((id) => !ids.has(id) && !NOT_RULE_SECTIONS.has(id)),
        `rules/messages/${language}.yaml`,
      ).toEqual([]);
    }
  });
});

describe('the example notices: a valid and a defective one per language', () => {
  const examples = readdirSync(join(root, 'fixtures/examples'));
  const example = (language: string, kind: 'valid' | 'defective'): string | undefined => examples.find((file) => file.startsWith(`${language}-${kind}.`));
  for (const language of LANGUAGES) {
    it(`${language}: the valid example produces no finding`, async () => {
      const file = example(language, 'valid');
      expect(file, `fixtures/examples/${language}-valid.*`).toBeDefined();
      const result = await lintFile(join(root, 'fixtures/examples', file ?? ''), { now: REFERENCE_DATE });
      expect(result.messages.map((message) => `${message.line}: ${message.ruleId}/${message.messageId}`)).toEqual([]);
    });
    it(`${language}: the defective example has errors`, async () => {
      const file = example(language, 'defective');
      expect(file, `fixtures/examples/${language}-defective.*`).toBeDefined();
      expect((await lintFile(join(root, 'fixtures/examples', file ?? ''), { now: REFERENCE_DATE })).errorCount).toBeGreaterThan(3);
    });
  }
});
