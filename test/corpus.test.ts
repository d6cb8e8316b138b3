import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { score, type Expectation, type ScoredFinding } from '../bench/accuracy-score.mjs';
import { lintFile } from '../src/lint-files.js';
import { REFERENCE_DATE } from './helpers.js';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'fixtures', 'corpus');
const seeds = join(root, 'fixtures', 'seeds');
/** ../shared/corpus, where the labels are maintained; the fixtures copy must follow it. */
const shared = join(root, '..', 'shared', 'corpus');

interface Ratchet {
  recall: number;
  forbiddenRate: number;
  goal: { recall: number; forbiddenRate: number };
}
const ratchet = JSON.parse(readFileSync(join(root, 'bench', 'accuracy-ratchet.json'), 'utf8')) as Ratchet;

async function measure(folder: string, labelsFile: string): Promise<ReturnType<typeof score>> {
  const labels = parse(readFileSync(labelsFile, 'utf8')) as Record<string, Expectation>;
  const findings = new Map<string, ScoredFinding[]>();
  for (const file of Object.keys(labels)) {
    findings.set(file, (await lintFile(join(folder, file), { now: REFERENCE_DATE }, folder)).messages);
  }
  return score(labels, findings);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(folder, path)).isFile())
    .sort();
}

describe('accuracy on hand-labelled real notices', () => {
  it('the seeds: every expected finding, no forbidden one', async () => {
    const result = await measure(seeds, join(seeds, 'expected.yaml'));
    expect(result.misses).toEqual([]);
    expect(result.falseFindings).toEqual([]);
  });

  it(`the corpus: recall ≥ ${ratchet.recall} and forbidden ≤ ${ratchet.forbiddenRate} (bench/accuracy-ratchet.json)`, async () => {
    const result = await measure(join(corpus, 'notices'), join(corpus, 'labels.yaml'));
    const detail = [
      ...result.misses.map((miss) => `miss ${miss.file}: ${miss.label}`),
      ...result.falseFindings.map((wrong) => `false ${wrong.file}:${wrong.line} ${wrong.label}`),
    ].join('\n');
    expect(result.recall, detail).toBeGreaterThanOrEqual(ratchet.recall);
    expect(result.forbiddenRate, detail).toBeLessThanOrEqual(ratchet.forbiddenRate);
  });

  it('the ratchet lies between the first measurement and the goal', () => {
    expect(ratchet.recall).toBeGreaterThanOrEqual(0.82);
    expect(ratchet.forbiddenRate).toBeLessThanOrEqual(0.162);
    expect(ratchet.goal).toEqual({ recall: 0.95, forbiddenRate: 0.03 });
  });

  it.runIf(existsSync(shared))('fixtures/corpus is an exact copy of ../shared/corpus', () => {
    const files = filesUnder(shared);
    expect(filesUnder(corpus)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(shared, file)).equals(readFileSync(join(corpus, file))));
    expect(differing.map((file) => relative(root, join(corpus, file)))).toEqual([]);
  });
});
