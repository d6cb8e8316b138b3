import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfFormat, pdfLocator } from '../src/formats/pdf.js';
import { layoutMarkdown, type TextRun } from '../src/parse/pdf-layout.js';
import { parseNotice } from '../src/parse/index.js';
import { formatFor } from '../src/formats/index.js';
import { lintFile } from '../src/lint-files.js';
import type { LintResult } from '../src/lint-types.js';
import { heading, item, paragraph, passwordProtectedPdf, pdfOf, pdfWithoutText, type DocumentBlock } from './documents.js';
import { describeDocumentEquivalence } from './document-equivalence.js';
import { REFERENCE_DATE, runCli, tempTree } from './helpers.js';

async function decode(blocks: readonly DocumentBlock[], options: Parameters<typeof pdfOf>[1] = {}): Promise<string> {
  if (!pdfFormat.decode) throw new Error('the PDF format decodes bytes');
  return pdfFormat.decode(await pdfOf(blocks, options));
}

async function lintPdf(bytes: Uint8Array, options: Parameters<typeof lintFile>[1] = {}): Promise<LintResult> {
  const folder = await tempTree({ 'notice.pdf': Buffer.from(bytes) });
  return lintFile(join(folder, 'notice.pdf'), { now: REFERENCE_DATE, ...options }, folder);
}

const LONG =
  'Henkilötietoja käsitellään jäsenrekisterin ylläpitämiseksi, jäsenmaksujen perimiseksi ja tiedottamiseksi yhdistyksen toiminnasta; käsittely perustuu jäsenyyssopimukseen.';

describe('PDF text becomes Markdown the notice parser reads', () => {
  it('recovers headings from size and weight, keeps list items and paragraphs, and keeps ä, ö and å', async () => {
    const source = await decode([
      heading(1, 'Tietosuojaseloste'),
      heading(2, '1. Rekisterinpitäjä'),
      paragraph('Åbo Svenska Förening ry, Köydenpunojankatu 1, 00180 Helsinki'),
      heading(2, '2. Käsiteltävät tiedot'),
      item('nimi ja osoite'),
      item('sähköpostiosoite'),
      heading(4, 'Säilytysaika'),
      paragraph(LONG),
    ]);
    expect(source).toBe(
      [
        '# Tietosuojaseloste',
        '## 1. Rekisterinpitäjä',
        'Åbo Svenska Förening ry, Köydenpunojankatu 1, 00180 Helsinki',
        '## 2. Käsiteltävät tiedot',
        '- nimi ja osoite',
        '- sähköpostiosoite',
        '### Säilytysaika',
        'Henkilötietoja käsitellään jäsenrekisterin ylläpitämiseksi, jäsenmaksujen perimiseksi ja\ntiedottamiseksi yhdistyksen toiminnasta; käsittely perustuu jäsenyyssopimukseen.',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps numbered list items as Markdown numbered items', async () => {
    const source = await decode([
      heading(1, 'Privacy notice'),
      paragraph('You have the right to:'),
      item('access your data', true),
      item('have it erased', true),
    ]);
    expect(source).toContain('You have the right to:\n\n1. access your data\n\n2. have it erased\n');
  });

  it('escapes a line that would read as Markdown syntax, so the text stays text', async () => {
    const source = await decode([heading(1, 'Privacy notice'), paragraph('# not a heading'), paragraph('> not a quote')]);
    expect(source).toContain('\\# not a heading\n\n\\> not a quote\n');
    // The escape is markup: the notice's text, which the rules read, has a blank there.
    const notice = await parseNotice(source, 'pdf');
    expect(notice.text.slice(source.indexOf('\\# not'), source.indexOf(' heading'))).toBe(' # not a');
  });

  it('separates pages with a page marker and drops a running footer and page numbers', async () => {
    const source = await decode(
      [heading(1, 'Tietosuojaseloste'), paragraph('Ensimmäinen sivu.'), { kind: 'break' }, heading(2, 'Säilytysaika'), paragraph('Toinen sivu.')],
      {
        footer: (page) => `Sivu ${page} / 2`,
      },
    );
    expect(source).toBe('# Tietosuojaseloste\n\nEnsimmäinen sivu.\n\n<!-- page 2 -->\n\n## Säilytysaika\n\nToinen sivu.\n');
  });
});

describe('the layout of text runs, as a word processor exports them', () => {
  const run = (text: string, y: number, overrides: Partial<TextRun> = {}): TextRun => ({
    text,
    x: 56,
    y,
    width: text.length * 5,
    size: 11,
    bold: false,
    ...overrides,
  });

  it("a bullet in a symbol font's private-use character (Word's Symbol U+F0B7) is a list item", () => {
    const runs = [run('Tiedot', 700), run('\uF0B7', 686), run('nimi', 686, { x: 74 }), run('\uF0A7', 672), run('osoite', 672, { x: 74 })];
    expect(layoutMarkdown([runs])).toBe('Tiedot\n\n- nimi\n\n- osoite\n');
  });

  it("a paragraph's short last line ending a sentence ends it, even without a wider gap", () => {
    const full = 'x'.repeat(90);
    const runs = [run(`${full}.`, 700), run('Loppu.', 686), run(full, 672), run(full, 658)];
    expect(layoutMarkdown([runs])).toBe(`${full}.\nLoppu.\n\n${full}\n${full}\n`);
  });

  it('runs on one baseline join with a blank where their gap is one; a heading set over two lines is one heading', () => {
    const runs = [
      run('Henkilötietojen', 760, { size: 16, bold: true, width: 120 }),
      run('käsittely', 741, { size: 16, bold: true }),
      run('Rekisterin', 700, { width: 50 }),
      run('pitäjä', 700, { x: 106 }),
      run('on', 700, { x: 140 }),
      run('yhdistys.', 700, { x: 152 }),
    ];
    expect(layoutMarkdown([runs])).toBe('# Henkilötietojen käsittely\n\nRekisterinpitäjä on yhdistys.\n');
  });

  it('no text on any page gives nothing', () => {
    expect(layoutMarkdown([[], [run('   ', 700)]])).toBe('');
  });
});

describe('PDF positions are pages and lines of the extracted text', () => {
  const source = '# Title\n\nBody line one\nline two\n\n<!-- page 2 -->\n\n## 2. Heading\n\n\\# escaped\n';

  it('line counts text lines over the document; place gives the page and the line on it; column is the character in the PDF line', () => {
    const locator = pdfLocator(source);
    expect(locator.position(source.indexOf('two'))).toEqual({ line: 3, column: 6, place: { kind: 'page', page: 1, line: 3 } });
    expect(locator.position(source.indexOf('Title'))).toEqual({ line: 1, column: 1, place: { kind: 'page', page: 1, line: 1 } });
    expect(locator.position(source.indexOf('Heading'))).toEqual({ line: 4, column: 4, place: { kind: 'page', page: 2, line: 1 } });
    expect(locator.position(source.indexOf('escaped'))).toEqual({ line: 5, column: 3, place: { kind: 'page', page: 2, line: 2 } });
  });

  it('an offset on a blank or page-marker line stands at the end of the text line before it', () => {
    const locator = pdfLocator(source);
    expect(locator.position(source.indexOf('<!--'))).toEqual({ line: 3, column: 9, place: { kind: 'page', page: 1, line: 3 } });
  });

  it('a finding on the second page is reported there', async () => {
    const result = await lintPdf(
      await pdfOf([
        heading(1, 'Tietosuojaseloste'),
        heading(2, '1. Rekisterinpitäjä'),
        paragraph('Yhdistys ry, Helsinki.'),
        { kind: 'break' },
        heading(2, '3. Säilytysaika'),
        paragraph('Tietoja säilytetään kaksi vuotta.'),
      ]),
    );
    const gap = result.messages.find((message) => message.ruleId === 'section-numbering');
    expect(gap).toMatchObject({ messageId: 'gap', line: 4, place: { kind: 'page', page: 2, line: 1 } });
  });
});

describe('PDF files that cannot be linted are one fatal finding each', () => {
  const fatal = (result: LintResult): { messageId: string; fatal: boolean | undefined }[] =>
    result.messages.map((message) => ({ messageId: message.messageId, fatal: message.fatal }));

  it('no text layer (a scan): says so and names OCR', async () => {
    const result = await lintPdf(await pdfWithoutText());
    expect(fatal(result)).toEqual([{ messageId: 'pdf-no-text', fatal: true }]);
    expect(result.messages[0]?.message).toContain('OCR');
  });

  it('password-protected', async () => {
    const result = await lintPdf(passwordProtectedPdf());
    expect(fatal(result)).toEqual([{ messageId: 'pdf-encrypted', fatal: true }]);
    expect(result.messages[0]?.message).toContain('password');
  });

  it('not a PDF at all', async () => {
    const result = await lintPdf(new TextEncoder().encode('This is a text file named .pdf, not a PDF.\n'));
    expect(fatal(result)).toEqual([{ messageId: 'pdf-corrupt', fatal: true }]);
  });

  it('empty, and over the size limit, as a text file would be', async () => {
    expect(fatal(await lintPdf(new Uint8Array()))).toEqual([{ messageId: 'empty', fatal: true }]);
    expect(fatal(await lintPdf(await pdfWithoutText(), { maxFileSize: 100 }))).toEqual([{ messageId: 'too-large', fatal: true }]);
  });

  it('in the language asked for', async () => {
    const result = await lintPdf(passwordProtectedPdf(), { locale: 'fi' });
    expect(result.messages[0]?.message).toContain('salasanalla');
  });
});

describe('PDF files on the command line', () => {
  const withDebris = (): Promise<Uint8Array> =>
    pdfOf([
      heading(1, 'Privacy notice'),
      heading(2, 'Controller'),
      paragraph('<p>Example Ltd, Helsinki.</p>'),
      heading(2, 'Retention'),
      paragraph('Two years.'),
    ]);

  it('--fix writes nothing to a PDF, and its findings offer no fix', async () => {
    const bytes = await withDebris();
    const folder = await tempTree({ 'notice.pdf': Buffer.from(bytes) });
    const run = await runCli(['--fix', '--format', 'json', 'notice.pdf'], folder);
    expect(readFileSync(join(folder, 'notice.pdf')).equals(Buffer.from(bytes))).toBe(true);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; fix?: unknown }[]; fixableWarningCount: number }[];
    expect(result?.messages.some((message) => message.ruleId === 'html-remnant')).toBe(true);
    expect(result?.messages.filter((message) => message.fix !== undefined)).toEqual([]);
    expect(result?.fixableWarningCount).toBe(0);
  });

  it('--stdin does not read a PDF: a fatal finding names the way that works', async () => {
    const run = await runCli(['--stdin', '--stdin-filename', 'notice.pdf', '--format', 'json'], await tempTree({}), { stdin: Buffer.from(await withDebris()) });
    const [result] = JSON.parse(run.stdout) as { messages: { messageId: string; fatal?: boolean; message: string }[] }[];
    expect(result?.messages).toEqual([expect.objectContaining({ messageId: 'stdin-document', fatal: true })]);
    expect(result?.messages[0]?.message).toContain('PDF');
    expect(run.code).toBe(1);
  });

  it('--print-model shows the notice as the PDF was understood', async () => {
    const folder = await tempTree({ 'notice.pdf': Buffer.from(await withDebris()) });
    const run = await runCli(['--print-model', join(folder, 'notice.pdf'), '--language', 'en'], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('title: Privacy notice\n');
    expect(run.stdout).toContain('  - element: controller\n    heading: Controller\n');
  });

  it('a folder walk finds .pdf files', async () => {
    const folder = await tempTree({ 'notices/tietosuoja.pdf': Buffer.from(await withDebris()), 'notices/readme.png': 'x' });
    const run = await runCli(['--format', 'json', 'notices'], folder);
    const results = JSON.parse(run.stdout) as { filePath: string }[];
    expect(results.map((result) => result.filePath)).toEqual([join('notices', 'tietosuoja.pdf')]);
    expect(formatFor('x.PDF')).toBe(pdfFormat);
  });
});

describeDocumentEquivalence('PDF', pdfOf, lintPdf);
