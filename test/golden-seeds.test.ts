import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintFile } from '../src/lint-files.js';
import type { Finding } from '../src/model/types.js';
import { REFERENCE_DATE } from './helpers.js';

/** fixtures/seeds/expected.yaml: hand labels of what must and must not be reported on five real notices. */
interface Label {
  rule: string;
  messageId?: string;
  line?: number;
}
interface Expectation {
  expect?: Label[];
  anyOf?: Label[][];
  forbid?: Label[];
}

const seeds = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const expected = parse(readFileSync(join(seeds, 'expected.yaml'), 'utf8')) as Record<string, Expectation>;

function matches(finding: Finding, label: Label): boolean {
  return (
    finding.ruleId === label.rule &&
    (label.messageId === undefined || finding.messageId === label.messageId) &&
    (label.line === undefined || finding.line === label.line)
  );
}

function show(label: Label): string {
  return `${label.rule}${label.messageId ? `/${label.messageId}` : ''}${label.line ? ` @${label.line}` : ''}`;
}

describe('golden: the five real Finnish notices against expected.yaml', () => {
  it('labels all five seeds', () => {
    expect(Object.keys(expected)).toHaveLength(5);
  });

  for (const [file, expectation] of Object.entries(expected)) {
    describe(file, () => {
      const findings = lintFile(join(seeds, file), { now: REFERENCE_DATE }).then((result) => result.messages);
      const reported = async (): Promise<string[]> => (await findings).map((finding) => `${finding.ruleId}/${finding.messageId} @${finding.line}`);

      for (const label of expectation.expect ?? []) {
        it(`reports ${show(label)}`, async () => {
          expect(
            (await findings).some((finding) => matches(finding, label)),
            (await reported()).join('\n'),
          ).toBe(true);
        });
      }
      (expectation.anyOf ?? []).forEach((alternatives, index) => {
        it(`reports one of group ${index + 1}: ${alternatives.map(show).join(' | ')}`, async () => {
          const resolved = await findings;
          expect(
            alternatives.some((label) => resolved.some((finding) => matches(finding, label))),
            (await reported()).join('\n'),
          ).toBe(true);
        });
      });
      for (const label of expectation.forbid ?? []) {
        it(`does not report ${show(label)}`, async () => {
          const wrong = (await findings).filter((finding) => matches(finding, label));
          expect(wrong.map((finding) => `${finding.line}: ${finding.message}`)).toEqual([]);
        });
      }
    });
  }
});
