import { describe, expect, it } from 'vitest';
import type { Report } from '../src/rules/rule.js';
import { messageProblems, RuleTester, runOneRule } from './rule-tester.js';

const tester = new RuleTester({ filename: 'n.txt' });

// The tester used as intended: these register their own tests.
tester.run('section-numbering', {
  valid: [
    { code: 'Seloste\n\n1. Rekisterinpitäjä\tA\n2. Tarkoitus\tB\n', language: 'fi' },
    { code: '## 1. Ändamål\n\nA\n\n## 2. Lagringstid\n\nB\n', filename: 'n.md', language: 'sv' },
  ],
  invalid: [
    {
      name: 'fi: a gap is reported and, with no agreeing neighbours, not fixed',
      code: 'Seloste\n\n10. Siirrot\tEi.\n11. Suojaus\tOk.\n14. Oikeudet\tOk.\n',
      language: 'fi',
      errors: [{ messageId: 'gap', data: { found: '14', previous: '11', expected: '12' }, line: 5, column: 1 }],
      output: null,
    },
    {
      name: 'en: 3, 5, 5 can only mean 4, so the fix writes 4',
      code: 'Notice\n\n3. Rights\tA\n5. Retention\tB\n5. Transfers\tC\n',
      language: 'en',
      errors: [
        { messageId: 'gap', data: { found: '5', previous: '3', expected: '4' }, line: 4, column: 1 },
        { messageId: 'duplicate', data: { found: '5' }, line: 5, column: 1 },
      ],
      output: 'Notice\n\n3. Rights\tA\n4. Retention\tB\n5. Transfers\tC\n',
    },
  ],
});

tester.run('required-section', {
  valid: [],
  invalid: [
    {
      name: 'sv: data holds the element name in the notice language; one template, many messageIds',
      code: '## Personuppgiftsansvarig\n\nBolaget AB, info@bolaget.se\n\n## Lagringstid\n\nTvå år.\n',
      filename: 'n.md',
      language: 'sv',
      // Alone, the rule also reports the elements it otherwise leaves to legal-basis and missing-right.
      errors: [
        { messageId: 'purposes', data: { element: 'ändamålen med behandlingen', article: 'art. 13.1 c' }, line: 1, column: 1, endLine: 1, endColumn: 1 },
        { messageId: 'legal-basis', line: 1, column: 1 },
        { messageId: 'rights', line: 1, column: 1 },
        { messageId: 'complaint', line: 1, column: 1 },
      ],
    },
  ],
});

describe('RuleTester fails a case that is wrong', () => {
  const gap = { code: 'Seloste\n\n10. Siirrot\tEi.\n11. Suojaus\tOk.\n14. Oikeudet\tOk.\n', language: 'fi' as const };
  const fixable = { code: 'Notice\n\n3. Rights\tA\n5. Retention\tB\n5. Transfers\tC\n', language: 'en' as const };
  const bothErrors = [
    { messageId: 'gap', line: 4, column: 1 },
    { messageId: 'duplicate', line: 5, column: 1 },
  ];

  it('a valid case with a finding', async () => {
    await expect(tester.assertValid('section-numbering', gap)).rejects.toThrow(/a valid case gives no finding/);
  });
  it('a wrong messageId, line or column', async () => {
    await expect(tester.assertInvalid('section-numbering', { ...gap, errors: [{ messageId: 'duplicate', line: 5, column: 1 }] })).rejects.toThrow(
      /findings, in order/,
    );
    await expect(tester.assertInvalid('section-numbering', { ...gap, errors: [{ messageId: 'gap', line: 4, column: 1 }] })).rejects.toThrow(
      /findings, in order/,
    );
    await expect(tester.assertInvalid('section-numbering', { ...gap, errors: [{ messageId: 'gap', line: 5, column: 2 }] })).rejects.toThrow(
      /findings, in order/,
    );
  });
  it('wrong placeholder data', async () => {
    const errors = [{ messageId: 'gap', data: { found: '14', previous: '11', expected: '13' }, line: 5, column: 1 }];
    await expect(tester.assertInvalid('section-numbering', { ...gap, errors })).rejects.toThrow(/findings, in order/);
  });
  it('an error too many or too few', async () => {
    const one = { messageId: 'gap', line: 5, column: 1 };
    await expect(tester.assertInvalid('section-numbering', { ...gap, errors: [one, one] })).rejects.toThrow(/findings, in order/);
    await expect(tester.assertInvalid('section-numbering', { ...gap, errors: [] })).rejects.toThrow(/at least one error/);
  });
  it('a fix without `output`, `output: null` over a fix, and a wrong output', async () => {
    await expect(tester.assertInvalid('section-numbering', { ...fixable, errors: bothErrors })).rejects.toThrow(/add `output`/);
    await expect(tester.assertInvalid('section-numbering', { ...fixable, errors: bothErrors, output: null })).rejects.toThrow(/asserts no fix/);
    await expect(
      tester.assertInvalid('section-numbering', { ...fixable, errors: bothErrors, output: fixable.code.replace('5. Ret', '6. Ret') }),
    ).rejects.toThrow(/text after the fixes/);
  });
  it('a reported example without a finding, or without the messageId it is for', async () => {
    await expect(tester.assertReported('section-numbering', { code: 'Seloste\n\n1. A\tx\n2. B\ty\n', language: 'fi' })).rejects.toThrow(/at least one finding/);
    await expect(tester.assertReported('section-numbering', gap, 'duplicate')).rejects.toThrow(/gives duplicate/);
    await expect(tester.assertReported('section-numbering', gap, 'gap')).resolves.toBeUndefined();
  });
  it('an unknown rule', async () => {
    await expect(runOneRule('no-such-rule', gap, undefined)).rejects.toThrow(/Unknown rule "no-such-rule"/);
  });
});

describe('messageProblems names what a message lacks', () => {
  it('a template missing from a catalogue and a placeholder left unfilled', async () => {
    const [reported] = await runOneRule('section-numbering', { code: 'Seloste\n\n1. A\tx\n3. B\ty\n', filename: 'n.txt', language: 'fi' }, 'en');
    expect(reported).toBeDefined();
    if (!reported) return;
    expect(messageProblems('section-numbering', 'en', reported)).toEqual([]);
    const unknown: Report = { ...reported.report, messageId: 'no-such-message' };
    expect(messageProblems('section-numbering', 'sv', { ...reported, report: unknown })).toContain(
      'rules/messages/sv.yaml has no section-numbering.no-such-message',
    );
    const unfilled: Report = { ...reported.report, data: {} };
    expect(messageProblems('section-numbering', 'fi', { ...reported, report: unfilled }).join('\n')).toMatch(
      /fi message (?:leaves a placeholder unfilled: .*\{found\}|cannot be rendered: .*found)/,
    );
  });
});
