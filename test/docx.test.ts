import { describe, expect, it } from 'vitest';
import { decodeDocx, docxLocator, headingStyleMap } from '../src/formats/docx.js';
import { UnreadableFileError } from '../src/read/decode.js';
import { docxOf, heading, item, legacyWordDocument, paragraph, passwordProtectedDocx } from './documents.js';

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
