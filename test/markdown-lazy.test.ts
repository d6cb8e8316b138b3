/**
 * A notice the fast Markdown parser accepts is linted without loading unified, remark or
 * micromark (about a hundred milliseconds of a cold start): here importing them fails, so a
 * parse that needs them fails too.
 */
import { describe, expect, it, vi } from 'vitest';
import { markdownFormat } from '../src/formats/markdown.js';
import { languagePack } from '../src/lexicon/index.js';

const LOADED = 'remark was loaded';
vi.mock('unified', () => {
  throw new Error(LOADED);
});
vi.mock('remark-parse', () => {
  throw new Error(LOADED);
});

describe('the Markdown format loads remark only for documents the fast parser declines', () => {
  const pack = languagePack('fi');

  it('parses an accepted notice, tables and all, without remark', async () => {
    const source = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nOy Ab, info@example.fi\n\n| Kohta | Tieto |\n| --- | --- |\n| Säilytysaika | 2 vuotta |\n';
    const document = await markdownFormat.parse(source, pack);
    expect(document.sections.map((section) => section.heading)).toEqual(['Rekisterinpitäjä', 'Säilytysaika']);
  });

  it('turns to remark for a declined one (a tab after a list marker)', async () => {
    const failure = await Promise.resolve(markdownFormat.parse('-\tkohta\n', pack)).then(
      () => 'parsed',
      (error: unknown) => String(error instanceof Error ? `${error.message} ${String(error.cause)}` : error),
    );
    expect(failure).toContain(LOADED);
  });
});
