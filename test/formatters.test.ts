import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintFile } from '../src/lint-files.js';
import { summarise, type LintResult } from '../src/lint-types.js';
import { formatJson } from '../src/formatters/json.js';
import { formatStylish, wantsColor } from '../src/formatters/stylish.js';
import type { Finding } from '../src/model/types.js';
import { REFERENCE_DATE } from './helpers.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'retention-period',
  messageId: 'missing',
  severity: 2,
  message: 'No retention period.',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 9,
  ...overrides,
});

const results: LintResult[] = [
  summarise('a.md', [finding({}), finding({ ruleId: 'notice-date', messageId: 'stale', severity: 1, message: 'Old.', line: 1, column: 5 })]),
  summarise('b.txt', [finding({ ruleId: null, messageId: 'binary', fatal: true, message: 'Binary file.', line: 1 })]),
  summarise('c.md', []),
];

describe('json formatter', () => {
  it('prints the ESLint-compatible contract', () => {
    const parsed = JSON.parse(formatJson(results)) as unknown[];
    expect(parsed[0]).toEqual({
      filePath: 'a.md',
      messages: [
        { ruleId: 'retention-period', messageId: 'missing', severity: 2, message: 'No retention period.', line: 3, column: 1, endLine: 3, endColumn: 9 },
        { ruleId: 'notice-date', messageId: 'stale', severity: 1, message: 'Old.', line: 1, column: 5, endLine: 3, endColumn: 9 },
      ],
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
    expect(parsed[1]).toMatchObject({ filePath: 'b.txt', fatalErrorCount: 1, errorCount: 1, messages: [{ ruleId: null, fatal: true }] });
    expect(parsed[2]).toMatchObject({ filePath: 'c.md', messages: [], errorCount: 0 });
  });
});

describe('stylish formatter', () => {
  it('prints a block per file with position, level, message and rule, then a summary', () => {
    const output = formatStylish(results, { color: false });
    expect(output).toContain('a.md\n  3:1  error    No retention period.');
    expect(output).toMatch(/1:5 +warning +Old\. +notice-date/);
    expect(output).toMatch(/b\.txt\n +1:1 +error +Binary file\. +fatal/);
    expect(output).not.toContain('c.md');
    expect(output).toContain('✖ 3 problems (2 errors, 1 warning)');
    expect(output).not.toContain('\u001b[');
  });

  it('colours only when asked', () => {
    expect(formatStylish(results, { color: true })).toContain('\u001b[');
  });

  it("hangs each related location under its finding's message, in the message column", () => {
    const related = [
      finding({
        ruleId: 'missing-right',
        messageId: 'objection',
        message: 'The right to object is not mentioned.',
        line: 30,
        column: 4,
        relatedLocations: [
          { line: 12, column: 5, endLine: 12, endColumn: 19, message: 'The processing rests on Art. 6(1)(f) here.' },
          { line: 9, column: 1, endLine: 9, endColumn: 9, message: 'The processing rests on\nArt. 6(1)(e) here.' },
        ],
      }),
      finding({ ruleId: 'notice-date', messageId: 'missing', severity: 1, message: 'No date.', line: 1, column: 1 }),
    ];
    const lines = formatStylish([summarise('d.md', related)], { color: false }).split('\n');
    const at = lines.findIndex((line) => line.includes('The right to object'));
    expect(lines.slice(at, at + 4)).toEqual([
      '  30:4  error    The right to object is not mentioned.  missing-right',
      '                 ↳ 12:5  The processing rests on Art. 6(1)(f) here.',
      '                 ↳ 9:1   The processing rests on Art. 6(1)(e) here.',
      '  1:1   warning  No date.  notice-date',
    ]);
    // The arrow stands where the messages start, whatever the widths of the columns before;
    // related positions are padded so that their messages line up too.
    expect(lines[at + 1]?.indexOf('↳')).toBe(lines[at]?.indexOf('The right'));
    expect(lines).toContain('✖ 2 problems (1 error, 1 warning)');
  });

  it("shows a rule's related location on a real notice: the basis under the missing right, in the notice's language", async () => {
    const result = await lintFile(
      join(import.meta.dirname, '..', 'fixtures/examples/en-defective.md'),
      { now: REFERENCE_DATE },
      join(import.meta.dirname, '..'),
    );
    const lines = formatStylish([result], { color: false }).split('\n');
    const objection = lines.findIndex((line) => line.includes('so the right to object'));
    expect(lines[objection]).toMatch(/^ {2}26:4 +error +The processing rests on Art\. 6\(1\)\(f\), so the right to object .* missing-right$/);
    expect(lines[objection + 1]).toMatch(/^ +↳ 15:71 {2}The processing rests on Art\. 6\(1\)\(f\) here, which brings this right\.$/);
  });

  it('prints nothing when there are no problems', () => {
    expect(formatStylish([summarise('c.md', [])], { color: false })).toBe('');
  });

  it('decides colour from NO_COLOR, FORCE_COLOR and the terminal', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });
});
