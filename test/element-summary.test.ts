import { describe, expect, it } from 'vitest';
import { requiredElements, sectionElementsAt } from '../src/element-summary.js';
import { lintText } from '../src/linter.js';
import type { ElementSummary, LintOptions, LintResult } from '../src/lint-types.js';
import type { Section } from '../src/model/types.js';
import { quoteOf } from '../src/text/quote.js';
import { lintFile } from '../src/lint-files.js';
import { lintStandardInput } from '../src/stdin.js';
import { REFERENCE_DATE, tempTree } from './helpers.js';
import { NORTHWIND_LINES } from './northwind-notice.js';

const NOTICE = [
  ...NORTHWIND_LINES,
  '## Your rights', // 19
  '', // 20
  'You have the right of access, rectification, erasure, restriction and data portability, and you may withdraw your consent at any time.', // 21
  '', // 22
].join('\n');

async function lintNotice(source: string, options: LintOptions = {}): Promise<LintResult> {
  return lintText(source, 'notice.md', { now: REFERENCE_DATE, ...options });
}

function cell(result: LintResult, element: string): ElementSummary | undefined {
  return result.elements?.find((entry) => entry.element === element);
}

describe('the element matrix row of a linted notice', () => {
  it('gives language, profile and one entry per GDPR element in a fixed order', async () => {
    const result = await lintNotice(NOTICE);
    expect(result.language).toBe('en');
    expect(result.profile).toBe('art13');
    expect(result.elements?.map((entry) => entry.element)).toEqual([
      'controller',
      'dpo',
      'purposes',
      'legal-basis',
      'legitimate-interests',
      'categories',
      'recipients',
      'transfers',
      'retention',
      'rights',
      'withdraw-consent',
      'complaint',
      'requirement',
      'automated-decisions',
      'source',
    ]);
  });

  it('marks an element present with the line of its heading, and no rules', async () => {
    const result = await lintNotice(NOTICE);
    expect(cell(result, 'controller')).toEqual({ element: 'controller', requirement: 'required', status: 'present', line: 3, ruleIds: [] });
    expect(cell(result, 'legal-basis')).toEqual({ element: 'legal-basis', requirement: 'required', status: 'present', line: 11, ruleIds: [] });
  });

  it('marks an element given with findings about it defective, with their rule ids', async () => {
    const result = await lintNotice(NOTICE);
    expect(cell(result, 'retention')).toEqual({ element: 'retention', requirement: 'required', status: 'defective', line: 15, ruleIds: ['retention-period'] });
  });

  it('marks an absent element missing, with the rule that reports it; recommended and optional ones too', async () => {
    const result = await lintNotice(NOTICE);
    expect(cell(result, 'complaint')).toEqual({ element: 'complaint', requirement: 'required', status: 'missing', ruleIds: ['missing-right'] });
    expect(cell(result, 'dpo')).toEqual({ element: 'dpo', requirement: 'recommended', status: 'missing', ruleIds: ['recommended-section'] });
    expect(cell(result, 'source')).toEqual({ element: 'source', requirement: 'optional', status: 'missing', ruleIds: [] });
  });

  it('follows the profile: art14 requires categories and source', async () => {
    const result = await lintNotice(NOTICE, { profile: 'art14' });
    expect(result.profile).toBe('art14');
    expect(cell(result, 'categories')).toMatchObject({ requirement: 'required', status: 'missing', ruleIds: ['required-section'] });
    expect(cell(result, 'source')).toMatchObject({ requirement: 'required', status: 'missing', ruleIds: ['required-section'] });
  });

  it('marks an element suppressed when its only findings were silenced, and keeps them as suppressedMessages', async () => {
    const source = NOTICE.replace('The data is kept', '<!-- noticelint-disable-next-line retention-period -- reviewed by legal -->\nThe data is kept');
    const result = await lintNotice(source);
    expect(cell(result, 'retention')).toEqual({ element: 'retention', requirement: 'required', status: 'suppressed', line: 15, ruleIds: ['retention-period'] });
    expect(result.messages.filter((message) => message.ruleId === 'retention-period')).toEqual([]);
    expect(result.suppressedMessages?.map((message) => [message.ruleId, message.messageId, message.line, message.suppressions])).toEqual([
      ['retention-period', 'vague', 18, [{ kind: 'directive', justification: 'reviewed by legal' }]],
    ]);
  });

  it('has no suppressedMessages when nothing was silenced', async () => {
    expect((await lintNotice(NOTICE)).suppressedMessages).toBeUndefined();
  });

  it('has no matrix row for a file that could not be linted', async () => {
    const result = await lintText('notice: [unclosed', 'broken.yaml', { now: REFERENCE_DATE });
    expect(result.fatalErrorCount).toBe(1);
    expect(result.elements).toBeUndefined();
    expect(result.language).toBeUndefined();
  });

  it('survives the file layer: a linted file, a fixed file and guessed-encoding standard input keep the row', async () => {
    const direct = await lintNotice(NOTICE);
    const folder = await tempTree({ 'a.md': NOTICE, 'b.txt': `${NOTICE}\nBy post<br>or e-mail.\n` });
    const fromFile = await lintFile(`${folder}/a.md`, { now: REFERENCE_DATE }, folder);
    expect(fromFile.elements).toEqual(direct.elements);
    expect([fromFile.language, fromFile.profile]).toEqual(['en', 'art13']);
    // --fix-dry-run: the row of the fixed text, which is the text the result's positions refer to.
    const fixed = await lintFile(`${folder}/b.txt`, { now: REFERENCE_DATE, fixDryRun: true }, folder);
    expect(fixed.output).toContain('By post or e-mail.');
    expect(fixed.elements).toEqual((await lintText(fixed.output ?? '', 'b.txt', { now: REFERENCE_DATE })).elements);
    // Latin-1 bytes: read with a guessed encoding, so the result is re-summarised with a warning.
    const latin1 = `${NOTICE}\nCafé.\n`;
    const piped = await lintStandardInput(Buffer.from(latin1, 'latin1'), 'notice.md', { now: REFERENCE_DATE });
    expect(piped.messages.map((message) => message.messageId)).toContain('encoding');
    expect(piped.elements).toEqual((await lintNotice(latin1)).elements);
  });

  it('stays plain JSON data, for caches and worker threads', async () => {
    const result = await lintNotice(NOTICE);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('quotes of findings', () => {
  it('quotes the source text of the finding range', async () => {
    const result = await lintNotice(NOTICE);
    expect(result.messages.find((message) => message.ruleId === 'retention-period')?.quote).toBe('as long as necessary');
  });

  it('has no quote for a finding about something absent', async () => {
    const result = await lintNotice(NOTICE);
    expect(result.messages.find((message) => message.ruleId === 'recommended-section')?.quote).toBeUndefined();
  });

  it('collapses whitespace and cuts long text at a word', () => {
    expect(quoteOf('a  b\n\tc', 0, 8)).toBe('a b c');
    expect(quoteOf('', 0, 0)).toBeUndefined();
    const long = 'word '.repeat(40);
    const quote = quoteOf(long, 0, long.length, 30) ?? '';
    expect(quote).toBe('word word word word word word…');
    expect(quote.length).toBeLessThanOrEqual(30);
  });
});

describe('which elements a finding is about', () => {
  const section = (heading: string, level: number, start: number, end: number, elements: Section['elements']): Section => ({
    heading,
    level,
    elements,
    headingRange: { start, end: start + 1 },
    bodyRange: { start: start + 1, end },
  });
  const sections = [section('Transfers', 1, 0, 10, ['transfers']), section('Google Analytics', 2, 10, 20, []), section('Other', 1, 20, 30, [])];

  it('is the section it stands in, or for an unnamed sub-section the enclosing one', () => {
    expect(sectionElementsAt(sections, 5)).toEqual(['transfers']);
    expect(sectionElementsAt(sections, 15)).toEqual(['transfers']);
    expect(sectionElementsAt(sections, 25)).toEqual([]);
    expect(sectionElementsAt(sections, 40)).toEqual([]);
  });

  it('reads the required elements from the profile schemas', () => {
    expect(requiredElements('art13')).toEqual(['controller', 'purposes', 'legal-basis', 'retention', 'rights', 'complaint']);
    expect(requiredElements('art14')).toEqual(expect.arrayContaining(['categories', 'source']));
  });
});

describe("rules' meta.elements", () => {
  it('names only messageIds the rule declares', async () => {
    const { RULES } = await import('../src/rules/index.js');
    const undeclared = RULES.flatMap(({ meta }) =>
      Object.keys(meta.elements ?? {})
        .filter((id) => !meta.messageIds.includes(id))
        .map((id) => `${meta.id}/${id}`),
    );
    expect(undeclared).toEqual([]);
  });
});
