/**
 * Positions of documents without lines (DOCX paragraphs, PDF pages): the `place` a finding
 * carries, and how each output format shows it, in each language.
 */
import { describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { summarise } from '../src/lint-types.js';
import { formatChecklist } from '../src/formatters/checklist.js';
import { formatGithub } from '../src/formatters/github.js';
import { formatHtml } from '../src/formatters/html.js';
import { formatJson } from '../src/formatters/json.js';
import { formatSarif } from '../src/formatters/sarif.js';
import { formatStylish } from '../src/formatters/stylish.js';
import type { Finding } from '../src/model/types.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'retention-period',
  messageId: 'missing',
  severity: 2,
  message: 'No retention period.',
  line: 12,
  column: 4,
  endLine: 12,
  endColumn: 9,
  ...overrides,
});

const inWord = finding({ place: { kind: 'paragraph', paragraph: 12, heading: 'Säilytysaika' } });
const inPdf = finding({ line: 40, place: { kind: 'page', page: 3, line: 12 } });
const results = [summarise('notice.docx', [inWord]), summarise('notice.pdf', [inPdf]), summarise('notice.md', [finding({})])];

describe('stylish shows where the reader of the document finds it', () => {
  it('a paragraph as ¶N, a PDF line as page and line, text as line:column', () => {
    const lines = formatStylish(results, { color: false, locale: 'en' }).split('\n');
    expect(lines).toContain('  ¶12  error  No retention period.  retention-period');
    expect(lines).toContain('  p. 3 l. 12  error  No retention period.  retention-period');
    expect(lines).toContain('  12:4  error  No retention period.  retention-period');
  });

  it("words the page and line in the language of the file's messages", () => {
    expect(formatStylish([summarise('notice.pdf', [inPdf], { locale: 'fi' })], { color: false })).toContain('  s. 3 r. 12  error');
    expect(formatStylish([summarise('notice.pdf', [inPdf], { locale: 'sv' })], { color: false })).toContain('  s. 3 r. 12  error');
    expect(formatStylish([summarise('notice.pdf', [inPdf], { locale: 'en' })], { color: false })).toContain('  p. 3 l. 12  error');
  });

  it('labels related locations the same way', () => {
    const related = finding({
      ...inPdf,
      relatedLocations: [{ line: 41, column: 1, endLine: 41, endColumn: 5, message: 'Said here.', place: { kind: 'page', page: 3, line: 13 } }],
    });
    expect(formatStylish([summarise('notice.pdf', [related])], { color: false, locale: 'en' })).toContain('↳ p. 3 l. 13  Said here.');
  });
});

describe('json keeps line and column and adds place', () => {
  it('line is the paragraph (DOCX) or the line of the extracted text (PDF); place says where the reader finds it', () => {
    const [word, pdf, text] = JSON.parse(formatJson(results)) as { messages: Record<string, unknown>[] }[];
    expect(word?.messages[0]).toMatchObject({ line: 12, column: 4, place: { kind: 'paragraph', paragraph: 12, heading: 'Säilytysaika' } });
    expect(pdf?.messages[0]).toMatchObject({ line: 40, column: 4, place: { kind: 'page', page: 3, line: 12 } });
    expect(text?.messages[0]).not.toHaveProperty('place');
  });
});

describe('github and sarif carry the label', () => {
  it('github appends it to the message and keeps line= for the annotation', () => {
    const output = formatGithub(results);
    expect(output).toContain('::error file=notice.pdf,line=40,col=4,endLine=12,endColumn=9,title=retention-period::No retention period. [p. 3 l. 12]');
    expect(output).toContain('::error file=notice.docx,line=12,col=4,endLine=12,endColumn=9,title=retention-period::No retention period. [¶12]');
    expect(output).toContain('title=retention-period::No retention period.\n');
  });

  it('sarif gives the location a message and the result a place property', () => {
    const log = JSON.parse(formatSarif(results, { cwd: '/', version: '0.0.0' })) as Sarif.Log;
    const [word, pdf, text] = log.runs[0]?.results ?? [];
    expect(word?.locations?.[0]?.message).toEqual({ text: '¶12' });
    expect(pdf?.locations?.[0]?.message).toEqual({ text: 'p. 3 l. 12' });
    expect(pdf?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 40, startColumn: 4, endLine: 12, endColumn: 9 });
    expect(pdf?.properties).toMatchObject({ place: { kind: 'page', page: 3, line: 12 } });
    expect(text?.locations?.[0]).not.toHaveProperty('message');
  });
});

describe('the html and checklist reports name the place of a DOCX or PDF finding', () => {
  it('¶ and page and line instead of a line of the file', () => {
    expect(formatChecklist(results, 'en')).toContain('- ¶12, error: No retention period.');
    expect(formatChecklist(results, 'en')).toContain('- p. 3 l. 12, error: No retention period.');
    expect(formatChecklist(results, 'en')).toContain('- line 12, error: No retention period.');
    expect(formatHtml(results, 'en')).toContain('<code class="location">notice.pdf p. 3 l. 12</code>');
    expect(formatHtml(results, 'en')).toContain('<code class="location">notice.md:12:4</code>');
  });
});
