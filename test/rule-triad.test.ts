import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules/index.js';
import { lintFile } from '../src/engine.js';
import { REFERENCE_DATE } from './helpers.js';

const root = join(import.meta.dirname, '..');
const DESIGN_CATALOGUE = [
  'required-section', 'empty-section', 'template-leftover', 'retention-period', 'transfer-contradiction',
  'transfer-safeguards', 'missing-right', 'legal-basis', 'recommended-section', 'section-numbering',
  'html-remnant', 'outdated-reference', 'notice-date', 'vague-language',
];

describe('every rule has a module, a test file and docs (as ESLint\'s build checks)', () => {
  it('implements exactly the DESIGN.md catalogue', () => {
    expect(RULES.map((rule) => rule.meta.id)).toEqual(DESIGN_CATALOGUE);
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
    it(`${id}: every messageId and related-location message has a message in fi, sv and en`, async () => {
      const { messageCatalogue } = await import('../src/lexicon/index.js');
      for (const language of ['fi', 'sv', 'en'] as const) {
        const messages = messageCatalogue(language)[id] ?? {};
        const templates = id === 'required-section' ? ['missing'] : rule.meta.messageIds;
        for (const messageId of [...templates, ...(rule.meta.relatedMessageIds ?? [])]) expect(messages[messageId], `${language} ${id}/${messageId}`).toBeTruthy();
      }
    });
  }
  it('has no stray rule test or docs file', () => {
    const ids = new Set(RULES.map((rule) => rule.meta.id));
    expect(readdirSync(join(root, 'test/rules')).map((file) => file.replace('.test.ts', '')).filter((id) => !ids.has(id))).toEqual([]);
    expect(readdirSync(join(root, 'docs/rules')).map((file) => file.replace('.md', '')).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the valid example notices', () => {
  for (const file of ['fi-valid.md', 'sv-valid.md', 'en-valid.yaml']) {
    it(`${file} produces no finding`, async () => {
      const result = await lintFile(join(root, 'fixtures/examples', file), { now: REFERENCE_DATE });
      expect(result.messages.map((message) => `${message.line}: ${message.ruleId}/${message.messageId}`)).toEqual([]);
    });
  }
  for (const file of ['fi-defective.txt', 'sv-defective.md', 'en-defective.md']) {
    it(`${file} has errors`, async () => {
      expect((await lintFile(join(root, 'fixtures/examples', file), { now: REFERENCE_DATE })).errorCount).toBeGreaterThan(3);
    });
  }
});
