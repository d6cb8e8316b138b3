/**
 * Real HTML pages, as their owners published them, must give what the hand labels of their
 * Markdown twins (fixtures/corpus/notices, labels.yaml) ask for: every `expect` and one of each
 * `anyOf` found by rule and messageId, no `forbid` hit. Lines are left out: the labels count the
 * twin's lines, the HTML findings count the page's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { score, type Expectation } from '../bench/accuracy-score.mjs';
import { lintFile } from '../src/lint-files.js';
import { REFERENCE_DATE } from './helpers.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const labels = parse(readFileSync(join(corpus, 'labels.yaml'), 'utf8')) as Record<string, Expectation>;

interface Label {
  rule: string;
  messageId?: string;
  line?: number;
}

function withoutLine({ rule, messageId }: Label): Label {
  return messageId === undefined ? { rule } : { rule, messageId };
}

/**
 * The twins were made by hand with the page's pasted Markdown ("**Version:** 1.0") rendered, so
 * a twin that forbids html-remnant forbids it for the page's markup only: asterisks the page's
 * reader sees are `unrendered` leftovers there, and must be reported.
 */
function pageRemnant(label: Label): Label {
  return label.rule === 'html-remnant' && label.messageId === undefined ? { rule: 'html-remnant', messageId: 'remnant' } : label;
}

/** The twin's labels with their lines dropped. */
function labelsOf(twin: string): Expectation {
  const expectation = labels[twin] as { expect?: Label[]; anyOf?: Label[][]; forbid?: Label[] } | undefined;
  if (!expectation) throw new Error(`no labels for ${twin}`);
  return {
    expect: (expectation.expect ?? []).map(withoutLine),
    anyOf: (expectation.anyOf ?? []).map((group) => group.map(withoutLine)),
    forbid: (expectation.forbid ?? []).map(withoutLine).map(pageRemnant),
  } as Expectation;
}

const ORIGINALS = [
  { page: 'sv-02-bokario.html', twin: 'sv-02-bokario.md' },
  { page: 'sv-14-wahlund.html', twin: 'sv-14-wahlund.md' },
  { page: 'en-16-qualnotes.html', twin: 'en-16-qualnotes.md' },
];

describe('real HTML pages match the labels of their Markdown twins', () => {
  for (const { page, twin } of ORIGINALS) {
    it(`${page} (labels of ${twin})`, async () => {
      const result = await lintFile(join(corpus, 'originals', page), { now: REFERENCE_DATE }, corpus);
      const scored = score({ [page]: labelsOf(twin) }, new Map([[page, result.messages]]));
      expect(scored.misses).toEqual([]);
      expect(scored.falseFindings).toEqual([]);
      expect(result.messages.filter((message) => message.fatal)).toEqual([]);
    });
  }

  it('positions are lines and columns of the page: the template leftover in sv-14-wahlund.html', async () => {
    const result = await lintFile(join(corpus, 'originals', 'sv-14-wahlund.html'), { now: REFERENCE_DATE }, corpus);
    const leftovers = result.messages.filter((message) => message.ruleId === 'template-leftover').map(({ line, column }) => [line, column]);
    const source = readFileSync(join(corpus, 'originals', 'sv-14-wahlund.html'), 'utf8').split('\n');
    // Each leftover starts where the page has its "[" placeholder.
    for (const [line, column] of leftovers) expect(source[(line ?? 1) - 1]?.[(column ?? 1) - 1]).toBe('[');
    expect(leftovers[0]).toEqual([250, 61]);
  });

  it('Markdown pasted into the Bokario page is reported where the reader sees it, real tags never', async () => {
    const result = await lintFile(join(corpus, 'originals', 'sv-02-bokario.html'), { now: REFERENCE_DATE }, corpus);
    const remnants = result.messages.filter((message) => message.ruleId === 'html-remnant');
    expect(remnants.length).toBeGreaterThan(0);
    expect(new Set(remnants.map((message) => message.messageId))).toEqual(new Set(['unrendered']));
    expect(remnants[0]).toMatchObject({ line: 31, column: 38 });
  });
});
