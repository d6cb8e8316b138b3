/**
 * The same notice as an HTML page gives the same findings (rule id and messageId) as in its
 * original format: the seeds (plain text) and the corpus and example notices (Markdown),
 * each rendered to HTML by test/to-html.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/linter.js';
import type { Finding } from '../src/model/types.js';
import { REFERENCE_DATE } from './helpers.js';
import { markdownToHtml, textToHtml } from './to-html.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function findingKeys(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => `${finding.ruleId}/${finding.messageId}`))].sort();
}

function filesIn(folder: string, ending: string): string[] {
  return readdirSync(join(fixtures, folder))
    .filter((name) => name.endsWith(ending))
    .sort()
    .map((name) => join(folder, name));
}

async function compare(file: string, toHtml: (source: string, language: string) => Promise<string>): Promise<void> {
  const source = readFileSync(join(fixtures, file), 'utf8');
  const original = await lintText(source, file, { now: REFERENCE_DATE });
  const page = await toHtml(source, original.locale ?? 'fi');
  const rendered = await lintText(page, file.replace(/\.\w+$/, '.html'), { now: REFERENCE_DATE });
  expect(findingKeys(rendered.messages), page).toEqual(findingKeys(original.messages));
}

describe('seeds as HTML pages: the same rule ids and messageIds as the plain-text originals', () => {
  for (const file of filesIn('seeds', '.txt')) it(file, () => compare(file, textToHtml));
});

describe('Markdown notices as HTML pages: the same rule ids and messageIds as the Markdown', () => {
  for (const file of [...filesIn('examples', '.md'), ...filesIn('corpus/notices', '.md')]) it(file, () => compare(file, markdownToHtml));
});
