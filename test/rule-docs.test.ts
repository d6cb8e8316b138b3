/**
 * The examples in docs/rules/<rule>.md run: a block under "## Reported" must give at least
 * one finding of the rule, a block under "## Not reported" none. The fence's info string
 * says how to read the block (the convention is in docs/rules/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../src/model/types.js';
import { RULES } from '../src/rules/index.js';
import { RuleTester, type ValidCase } from './rule-tester.js';

const DOCS = join(import.meta.dirname, '..', 'docs', 'rules');

/** Fence format word → file name whose extension selects the parser. */
const FORMAT_FILENAMES: Readonly<Record<string, string>> = {
  text: 'example.txt',
  txt: 'example.txt',
  markdown: 'example.md',
  md: 'example.md',
  yaml: 'example.yaml',
  html: 'example.html',
  yml: 'example.yaml',
};

export type ExampleKind = 'reported' | 'not-reported';

export interface DocExample {
  kind: ExampleKind;
  /** 1-based line of the opening fence in the docs page. */
  line: number;
  testCase: ValidCase;
  /** For a reported example: the messageId it must give (`reports=…`). */
  reports?: string;
}

const HEADING_KINDS: Readonly<Record<string, ExampleKind>> = { Reported: 'reported', 'Not reported': 'not-reported' };

/** Reads a fence's info string (```text lang=fi with-defaults reports=vague) into an example. */
export function exampleFromInfo(kind: ExampleKind, line: number, info: string, code: string): DocExample {
  const [format = '', ...words] = info.trim().split(/\s+/);
  const filename = FORMAT_FILENAMES[format];
  if (!filename) throw new Error(`unknown example format "${format}" (use one of ${Object.keys(FORMAT_FILENAMES).join(', ')})`);
  const example: DocExample = { kind, line, testCase: { code, filename } };
  for (const word of words) {
    const [key, value] = word.split('=');
    if (key === 'lang' && LANGUAGES.includes(value as Language)) example.testCase.language = value as Language;
    else if (key === 'with-defaults' && value === undefined) example.testCase.withDefaultRules = true;
    else if (key === 'reports' && value && kind === 'reported') example.reports = value;
    else throw new Error(`unknown example option "${word}" (use lang=${LANGUAGES.join('|')}, with-defaults, or under Reported reports=<messageId>)`);
  }
  return example;
}

/** The fenced code blocks under the "Reported" and "Not reported" headings of a docs page. */
export function docExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  let kind: ExampleKind | undefined;
  let fence: { info: string; line: number; body: string[] } | undefined;
  markdown.split('\n').forEach((text, index) => {
    if (fence) {
      if (/^```\s*$/.test(text)) {
        if (kind) examples.push(exampleFromInfo(kind, fence.line, fence.info, `${fence.body.join('\n')}\n`));
        fence = undefined;
      } else fence.body.push(text);
      return;
    }
    const heading = /^##\s+(.+?)\s*$/.exec(text);
    if (heading) kind = HEADING_KINDS[heading[1] ?? ''];
    const opening = /^```(.*)$/.exec(text);
    if (opening) fence = { info: opening[1] ?? '', line: index + 1, body: [] };
  });
  if (fence) throw new Error(`the fence opened on line ${fence.line} is never closed`);
  return examples;
}

describe('docExamples reads the docs convention', () => {
  const page = [
    '# some-rule',
    '',
    '## Why',
    '',
    '```text',
    'not an example',
    '```',
    '',
    '## Reported',
    '',
    '```markdown lang=sv reports=vague',
    '## Lagringstid',
    '',
    'Länge.',
    '```',
    '',
    '## Not reported',
    '',
    '```yaml with-defaults',
    'language: en',
    '```',
    '',
  ].join('\n');
  it('takes blocks under Reported and Not reported only, with format, language and rule set', () => {
    expect(docExamples(page)).toEqual([
      { kind: 'reported', line: 11, testCase: { code: '## Lagringstid\n\nLänge.\n', filename: 'example.md', language: 'sv' }, reports: 'vague' },
      { kind: 'not-reported', line: 19, testCase: { code: 'language: en\n', filename: 'example.yaml', withDefaultRules: true } },
    ]);
  });
  it('rejects an unknown format or option, and an unclosed fence', () => {
    expect(() => docExamples('## Reported\n\n```js\nx\n```\n')).toThrow(/unknown example format "js"/);
    expect(() => docExamples('## Reported\n\n```text lang=de\nx\n```\n')).toThrow(/unknown example option "lang=de"/);
    expect(() => docExamples('## Not reported\n\n```text reports=vague\nx\n```\n')).toThrow(/unknown example option "reports=vague"/);
    expect(() => docExamples('## Reported\n\n```text\nx\n')).toThrow(/never closed/);
  });
});

const tester = new RuleTester();

for (const rule of RULES) {
  const id = rule.meta.id;
  describe(`docs/rules/${id}.md examples`, () => {
    const examples = docExamples(readFileSync(join(DOCS, `${id}.md`), 'utf8'));
    it('has at least one example of each kind', () => {
      expect(examples.filter((example) => example.kind === 'reported').length).toBeGreaterThan(0);
      expect(examples.filter((example) => example.kind === 'not-reported').length).toBeGreaterThan(0);
    });
    for (const { kind, line, testCase, reports } of examples) {
      if (kind === 'reported') it(`line ${line}: reported${reports ? ` (${reports})` : ''}`, () => tester.assertReported(id, testCase, reports));
      else it(`line ${line}: not reported`, () => tester.assertValid(id, testCase));
    }
  });
}
