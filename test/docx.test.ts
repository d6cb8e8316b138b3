import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { score, type Expectation } from '../bench/accuracy-score.mjs';
import { decodeDocx, docxLocator, headingStyleMap } from '../src/formats/docx.js';
import { lintFile } from '../src/lint-files.js';
import type { LintResult } from '../src/lint-types.js';
import { UnreadableFileError } from '../src/read/decode.js';
import { boldParagraph, docxOf, heading, item, legacyWordDocument, paragraph, passwordProtectedDocx } from './documents.js';
import { describeDocumentEquivalence } from './document-equivalence.js';
import { REFERENCE_DATE, runCli, tempTree } from './helpers.js';

async function refusal(bytes: Uint8Array): Promise<{ messageId: string; detail: unknown }> {
  try {
    await decodeDocx(bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { messageId: error.messageId, detail: error.data.detail };
    throw error;
  }
  throw new Error('the document was read');
}

describe('a Word document becomes HTML of its paragraphs', () => {
  it("Word's heading styles are headings, bulleted and numbered paragraphs lists, each block on a line of its own", async () => {
    const html = await decodeDocx(
      await docxOf([
        heading(1, 'Tietosuojaseloste'),
        heading(2, '1. Rekisterinpitäjä'),
        paragraph('Yhdistys ry & Åbo Förening, <p> kirjoitettuna'),
        item('nimi'),
        item('sähköposti'),
        heading(2, 'Oikeutesi'),
        item('tarkastaa tietonsa', true),
        item('vaatia oikaisua', true),
      ]),
    );
    expect(html).toBe(
      [
        '<h1>Tietosuojaseloste</h1>',
        '<h2>1. Rekisterinpitäjä</h2>',
        '<p>Yhdistys ry &amp; Åbo Förening, &lt;p&gt; kirjoitettuna</p>',
        '<ul>',
        '<li>nimi</li>',
        '<li>sähköposti</li>',
        '</ul>',
        '<h2>Oikeutesi</h2>',
        '<ol>',
        '<li>tarkastaa tietonsa</li>',
        '<li>vaatia oikaisua</li>',
        '</ol>',
        '',
      ].join('\n'),
    );
  });

  it('heading styles named in Finnish and Swedish (a localized Word or LibreOffice) are headings too', async () => {
    const finnish = await decodeDocx(
      await docxOf([heading(1, 'Tietosuojaseloste'), heading(2, 'Rekisterinpitäjä')], { headingStyleName: (level) => `Otsikko ${level}` }),
    );
    expect(finnish).toBe('<h1>Tietosuojaseloste</h1>\n<h2>Rekisterinpitäjä</h2>\n');
    const swedish = await decodeDocx(await docxOf([heading(3, 'Personuppgiftsansvarig')], { headingStyleName: (level) => `Rubrik ${level}` }));
    expect(swedish).toBe('<h3>Personuppgiftsansvarig</h3>\n');
  });

  it('bold paragraphs in a document without heading styles are headings: the first, at the top, the title', async () => {
    const html = await decodeDocx(
      await docxOf([
        boldParagraph('Integritetspolicy'),
        boldParagraph('Introduktion'),
        paragraph('Text.'),
        boldParagraph('Detta är betonat.'),
        boldParagraph('Kontakta oss'),
      ]),
    );
    expect(html).toBe('<h1>Integritetspolicy</h1>\n<h2>Introduktion</h2>\n<p>Text.</p>\n<p><strong>Detta är betonat.</strong></p>\n<h2>Kontakta oss</h2>\n');
  });

  it('a document that uses heading styles keeps its bold paragraphs as paragraphs', async () => {
    const html = await decodeDocx(await docxOf([heading(1, 'Integritetspolicy'), boldParagraph('Introduktion'), paragraph('Text.')]));
    expect(html).toBe('<h1>Integritetspolicy</h1>\n<p><strong>Introduktion</strong></p>\n<p>Text.</p>\n');
  });

  it('the real Word original without heading styles: its bold title and headings', async () => {
    const html = await decodeDocx(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'corpus', 'originals', 'sv-13-quickinviter.docx')));
    expect(html.startsWith('<h1>Integritetspolicy</h1>\n<h2>Introduktion</h2>\n<p>Denna Integritetspolicy')).toBe(true);
  });

  it('the style map comes from the lexicon: every language, every level, and the title styles', () => {
    const map = headingStyleMap();
    expect(map).toContain("p[style-name='Otsikko 1'] => h1:fresh");
    expect(map).toContain("p[style-name='Rubrik 6'] => h6:fresh");
    expect(map).toContain("p[style-name='Otsikko'] => h1:fresh");
    expect(headingStyleMap({ title: ["Chef's title"], heading: ['Überschrift {level}'] })).toEqual(
      [1, 2, 3, 4, 5, 6].map((level) => `p[style-name='Überschrift ${level}'] => h${level}:fresh`),
    );
  });
});

describe('Word documents that cannot be read', () => {
  it('a password-protected document (Office encryption) says so', async () => {
    expect(await refusal(await passwordProtectedDocx([paragraph('Salainen')]))).toEqual({ messageId: 'docx-encrypted', detail: undefined });
  });

  it('an old .doc named .docx says to save it as .docx', async () => {
    expect(await refusal(await legacyWordDocument())).toEqual({ messageId: 'docx-legacy', detail: undefined });
  });

  it('not a zip at all, a truncated document, a zip without a document', async () => {
    expect(await refusal(new TextEncoder().encode('Tietosuojaseloste\n'))).toEqual({ messageId: 'docx-corrupt', detail: 'not a ZIP archive' });
    const whole = await docxOf([paragraph('Katkaistu')]);
    expect(await refusal(whole.subarray(0, 400))).toEqual({ messageId: 'docx-corrupt', detail: "Corrupted zip: can't find end of central directory" });
  });
});

describe('DOCX positions are paragraphs and the heading above them', () => {
  const source =
    '<h1>Tietosuojaseloste</h1>\n<p>Yhdistys ry &amp; Åbo</p>\n<ul>\n<li>nimi</li>\n</ul>\n<h2>Säilytysaika</h2>\n<p>Kaksi <strong>vuotta</strong>.</p>\n';

  it('line is the paragraph number, column the character in it as the reader sees it, place names the heading', () => {
    const locator = docxLocator(source);
    expect(locator.position(source.indexOf('Åbo'))).toEqual({ line: 2, column: 15, place: { kind: 'paragraph', paragraph: 2, heading: 'Tietosuojaseloste' } });
    expect(locator.position(source.indexOf('nimi'))).toEqual({ line: 3, column: 1, place: { kind: 'paragraph', paragraph: 3, heading: 'Tietosuojaseloste' } });
    expect(locator.position(source.indexOf('Säilytysaika'))).toEqual({
      line: 4,
      column: 1,
      place: { kind: 'paragraph', paragraph: 4, heading: 'Säilytysaika' },
    });
    expect(locator.position(source.indexOf('vuotta'))).toEqual({ line: 5, column: 7, place: { kind: 'paragraph', paragraph: 5, heading: 'Säilytysaika' } });
  });

  it('a paragraph before any heading has no heading in its place', () => {
    expect(docxLocator('<p>Johdanto</p>\n<h1>Otsikko</h1>\n').position(3)).toEqual({ line: 1, column: 1, place: { kind: 'paragraph', paragraph: 1 } });
  });
});

async function lintDocx(bytes: Uint8Array, options: Parameters<typeof lintFile>[1] = {}): Promise<LintResult> {
  const folder = await tempTree({ 'notice.docx': Buffer.from(bytes) });
  return lintFile(join(folder, 'notice.docx'), { now: REFERENCE_DATE, ...options }, folder);
}

describe('Word notices are linted as their paragraphs', () => {
  it('a finding stands at its paragraph, under its heading', async () => {
    const result = await lintDocx(
      await docxOf([
        heading(1, 'Tietosuojaseloste'),
        heading(2, '1. Rekisterinpitäjä'),
        paragraph('Yhdistys ry, Helsinki.'),
        heading(2, '3. Säilytysaika'),
        paragraph('Tietoja säilytetään kaksi vuotta.'),
      ]),
    );
    const gap = result.messages.find((message) => message.ruleId === 'section-numbering');
    expect(gap).toMatchObject({ messageId: 'gap', line: 4, column: 1, place: { kind: 'paragraph', paragraph: 4, heading: '3. Säilytysaika' } });
  });

  it('a password-protected document is one fatal finding, in the language asked for', async () => {
    const result = await lintDocx(await passwordProtectedDocx([paragraph('Salainen')]), { locale: 'sv' });
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, messageId: 'docx-encrypted', fatal: true })]);
    expect(result.messages[0]?.message).toContain('lösenordsskyddat');
  });

  it('a folder walk finds .docx files; --stdin does not read one', async () => {
    const folder = await tempTree({ 'notices/seloste.docx': Buffer.from(await docxOf([heading(1, 'Tietosuojaseloste'), paragraph('Yhdistys ry.')])) });
    const walk = JSON.parse((await runCli(['--format', 'json', 'notices'], folder)).stdout) as { filePath: string }[];
    expect(walk.map((result) => result.filePath)).toEqual([join('notices', 'seloste.docx')]);
    const piped = await runCli(['--stdin', '--stdin-filename', 'seloste.docx', '--format', 'json'], folder, { stdin: Buffer.from('PK') });
    expect(JSON.parse(piped.stdout)).toEqual([expect.objectContaining({ messages: [expect.objectContaining({ messageId: 'stdin-document', fatal: true })] })]);
  });
});

describeDocumentEquivalence('Word documents', docxOf, lintDocx);

describe('the real Word originals meet the labels of their Markdown twins', () => {
  const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
  const labels = parse(readFileSync(join(corpus, 'labels.yaml'), 'utf8')) as Record<string, Expectation>;

  for (const [original, twin] of [
    ['sv-13-quickinviter.docx', 'sv-13-quickinviter.md'],
    ['en-16-qualnotes.docx', 'en-16-qualnotes.md'],
  ] as const) {
    it(`${original}: every expected finding of ${twin}, no forbidden one`, async () => {
      const expectation = labels[twin];
      expect(expectation).toBeDefined();
      const result = await lintFile(join(corpus, 'originals', original), { now: REFERENCE_DATE }, corpus);
      const scored = score({ [twin]: expectation ?? {} }, new Map([[twin, result.messages]]));
      expect(scored.misses).toEqual([]);
      expect(scored.falseFindings).toEqual([]);
      expect(scored.expected).toBeGreaterThan(0);
    });
  }
});
