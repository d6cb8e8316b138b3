import { describe, expect, it } from 'vitest';
import { findDirectives } from '../src/directives.js';
import type { Finding } from '../src/model/types.js';
import { lint, onlyRules } from './helpers.js';

/** Only html-remnant and outdated-reference on: their findings sit on known lines. */
const RULES = { 'html-remnant': 'warn', 'outdated-reference': 'error' } as const;

function lines(findings: readonly Finding[]): [string, number][] {
  return findings.map((finding) => [finding.ruleId ?? finding.messageId, finding.line]);
}

async function lintWith(source: string, filePath: string, reportUnused = false): Promise<Finding[]> {
  return lint(source, filePath, { rules: onlyRules(RULES), ...(reportUnused ? { reportUnusedDisableDirectives: true } : {}) });
}

const TEXT = [
  'Tietosuojaseloste', // 1
  '1. Rekisterinpitäjä\tYritys Oy<br>', // 2
  '2. Oikeusperuste\tHenkilötietolaki', // 3
  '3. Rekisterin nimi\tAsiakkaat<br>', // 4
].join('\n');

describe('inline disable comments in plain text (HTML comment form)', () => {
  it('reports every finding without directives', async () => {
    expect(lines(await lintWith(TEXT, 'a.txt'))).toEqual([
      ['html-remnant', 2],
      ['outdated-reference', 3],
      ['html-remnant', 4],
    ]);
  });

  it('disable-next-line silences the next line only, for the rule named', async () => {
    const source = TEXT.replace('2. Oikeusperuste', '<!-- noticelint-disable-next-line outdated-reference -->\n2. Oikeusperuste');
    expect(lines(await lintWith(source, 'a.txt'))).toEqual([
      ['html-remnant', 2],
      ['html-remnant', 5],
    ]);
  });

  it('a directive comment is not itself HTML debris', async () => {
    const source = `<!-- noticelint-disable-file outdated-reference -- the law name is quoted on purpose -->\n${TEXT}`;
    expect(lines(await lintWith(source, 'a.txt'))).toEqual([
      ['html-remnant', 3],
      ['html-remnant', 5],
    ]);
  });
});

describe('inline disable comments in Markdown', () => {
  const markdown = [
    '# Tietosuojaseloste', // 1
    '', // 2
    '## Oikeusperuste', // 3
    '', // 4
    'Henkilötietolaki on kumottu.', // 5
    '', // 6
    '<!-- noticelint-disable outdated-reference -->', // 7
    '', // 8
    'Henkilötietolaki mainitaan historiana.', // 9
    '', // 10
    '<!-- noticelint-enable outdated-reference -->', // 11
    '', // 12
    'Henkilötietolaki vielä kerran. <!-- noticelint-disable-line -->', // 13
    '', // 14
    'Henkilötietolaki viimeisen kerran.', // 15
  ].join('\n');

  it('disable … enable covers the lines between; disable-line its own line; everything after enable is reported', async () => {
    expect(lines(await lintWith(markdown, 'a.md'))).toEqual([
      ['outdated-reference', 5],
      ['outdated-reference', 15],
    ]);
  });

  it('disable without rule ids silences every rule until enable without ids', async () => {
    const source = markdown
      .replace('noticelint-disable outdated-reference', 'noticelint-disable')
      .replace('noticelint-enable outdated-reference', 'noticelint-enable');
    expect(lines(await lintWith(source, 'a.md'))).toEqual([
      ['outdated-reference', 5],
      ['outdated-reference', 15],
    ]);
  });

  it('enable of one rule inside a disable of all turns that rule back on', async () => {
    const source = '<!-- noticelint-disable -->\n\nHenkilötietolaki.\n\n<!-- noticelint-enable outdated-reference -->\n\nHenkilötietolaki.\n';
    expect(lines(await lintWith(source, 'a.md'))).toEqual([['outdated-reference', 7]]);
  });

  it('disable-file with a reason silences the rule everywhere, including findings above the comment', async () => {
    const source = `${markdown}\n\n<!-- noticelint-disable-file outdated-reference -- historical notice kept for the archive -->\n`;
    expect(lines(await lintWith(source, 'a.md'))).toEqual([]);
  });

  it('an unknown rule id in a directive is reported with a suggestion', async () => {
    const findings = await lintWith('<!-- noticelint-disable-next-line outdated-referense -->\nHenkilötietolaki.\n', 'a.md');
    expect(findings.map((finding) => [finding.messageId, finding.line, finding.column])).toEqual([
      ['unknown-rule', 1, 1],
      ['outdated', 2, 1],
    ]);
    // The notice is Finnish, so is the message; --locale sv words it in Swedish.
    expect(findings[0]?.message).toBe('Tuntematon sääntö "outdated-referense" kommentissa noticelint-disable-next-line. Tarkoititko "outdated-reference"?');
    const swedish = await lint('<!-- noticelint-disable-next-line outdated-referense -->\nHenkilötietolaki.\n', 'a.md', {
      locale: 'sv',
      rules: onlyRules(RULES),
    });
    expect(swedish[0]).toMatchObject({
      messageId: 'unknown-rule',
      line: 1,
      message: 'Okänd regel "outdated-referense" i noticelint-disable-next-line. Menade du "outdated-reference"?',
    });
  });

  it('--report-unused-disable-directives reports directives that silence nothing, by rule', async () => {
    const source = '<!-- noticelint-disable-next-line outdated-reference, html-remnant -->\nHenkilötietolaki.\n\n<!-- noticelint-disable-line -->\n';
    expect(lines(await lintWith(source, 'a.md'))).toEqual([]);
    const findings = await lintWith(source, 'a.md', true);
    expect(findings.map((finding) => [finding.messageId, finding.line, finding.severity])).toEqual([
      ['unused-disable-directive', 1, 2],
      ['unused-disable-directive', 4, 2],
    ]);
    expect(findings[0]?.message).toContain('"html-remnant"');
    expect(findings[0]?.message).not.toContain('"outdated-reference"');
  });

  it('text that merely mentions a directive inside a code span is not a directive', async () => {
    expect(findDirectives('Write `noticelint-disable` in a comment.', 'markdown')).toEqual([]);
  });
});

describe('inline disable comments in YAML', () => {
  const yaml = [
    'noticelint: 1', // 1
    'language: fi', // 2
    'sections:', // 3
    '  - element: legal-basis', // 4
    '    heading: Oikeusperuste', // 5
    '    # noticelint-disable-next-line outdated-reference -- quoted on purpose', // 6
    '    text: Henkilötietolaki on kumottu.', // 7
    '  - element: categories', // 8
    '    heading: Tiedot', // 9
    '    text: Nimi<br> ja Henkilötietolaki. # noticelint-disable-line html-remnant', // 10
  ].join('\n');

  it('# comments work as next-line and same-line directives', async () => {
    expect(lines(await lintWith(yaml, 'a.yaml'))).toEqual([['outdated-reference', 10]]);
  });

  it('the directive words inside a quoted value are text, not a comment', async () => {
    expect(findDirectives('text: "a#noticelint-disable"\n', 'yaml')).toEqual([]);
  });
});
