/**
 * The tests every document format (DOCX, PDF) shares: the seeds set as documents give the
 * rule ids and messageIds of their text originals, and the valid examples give nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/lint-files.js';
import type { LintResult } from '../src/lint-types.js';
import { blocksOfNotice, paragraph, type DocumentBlock } from './documents.js';
import { REFERENCE_DATE } from './helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

const kinds = (result: LintResult): string[] => [...new Set(result.messages.map((message) => `${message.ruleId ?? 'fatal'}/${message.messageId}`))].sort();

export function describeDocumentEquivalence(
  documentName: string,
  documentOf: (blocks: readonly DocumentBlock[]) => Promise<Uint8Array>,
  lintDocument: (bytes: Uint8Array) => Promise<LintResult>,
): void {
  describe(`the seeds as ${documentName} give the findings of their text originals`, () => {
    const seeds = join(fixtures, 'seeds');
    for (const file of readdirSync(seeds).filter((name) => name.endsWith('.txt'))) {
      it(file, async () => {
        const source = readFileSync(join(seeds, file), 'utf8');
        const original = await lintFile(join(seeds, file), { now: REFERENCE_DATE });
        const converted = await lintDocument(await documentOf(await blocksOfNotice(source, file)));
        expect(kinds(converted)).toEqual(kinds(original));
        expect(kinds(converted).length).toBeGreaterThan(0);
      });
    }
  });

  describe(`valid notices as ${documentName} give no findings`, () => {
    for (const [file, dateLine] of [
      ['fi-valid.md', 'Päivitetty 1.9.2026'],
      ['sv-valid.md', 'Senast uppdaterad 2026-09-01'],
    ] as const) {
      it(file, async () => {
        const [title, ...rest] = await blocksOfNotice(readFileSync(join(fixtures, 'examples', file), 'utf8'), file);
        // The date was front matter, which a document has no place for: it stands under the title, as in a document.
        const blocks = [...(title ? [title] : []), paragraph(dateLine), ...rest];
        expect((await lintDocument(await documentOf(blocks))).messages).toEqual([]);
      });
    }
  });
}
