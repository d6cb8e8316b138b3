import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/index.js';
import { LineIndex } from '../src/text/lines.js';

async function sections(source: string): Promise<[number, string, string[]][]> {
  const notice = await parseNotice(source, 'markdown', { language: 'fi' });
  const lines = new LineIndex(source);
  return notice.sections
    .filter((section) => section.heading !== '')
    .map((section) => [lines.position(section.headingRange.start).line, section.heading, section.elements]);
}

describe('Markdown parser', () => {
  it('reads ATX headings, numbered headings and bold-only paragraphs', async () => {
    const source = '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nOy Ab\n\n**Säilytysaika**\n\nKaksi vuotta.\n';
    expect(await sections(source)).toEqual([
      [3, 'Rekisterinpitäjä', ['controller']],
      [7, 'Säilytysaika', ['retention']],
    ]);
  });

  it('takes the first level-1 heading as the title, not a section', async () => {
    const notice = await parseNotice('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nOy Ab\n', 'markdown');
    expect(notice.title).toBe('Tietosuojaseloste');
    expect(notice.sections.map((section) => section.heading)).toEqual(['Rekisterinpitäjä']);
  });

  it('reads date, language and profile from front matter', async () => {
    const source = '---\ntitle: Seloste\ndate: 2025-03-01\nlanguage: sv\nprofile: art14\n---\n\n## Personuppgiftsansvarig\n\nAB\n';
    const notice = await parseNotice(source, 'markdown');
    expect([notice.date, notice.language, notice.profile, notice.title]).toEqual(['2025-03-01', 'sv', 'art14', 'Seloste']);
    expect(new LineIndex(source).position(notice.metaRanges.date?.start ?? -1).line).toBe(3);
  });

  it('turns the rows of a two-column table of known headings into sections', async () => {
    const source = '| Kohta | Tieto |\n| --- | --- |\n| Rekisterinpitäjä | Oy Ab |\n| Säilytysaika | 2 vuotta |\n';
    expect(await sections(source)).toEqual([
      [3, 'Rekisterinpitäjä', ['controller']],
      [4, 'Säilytysaika', ['retention']],
    ]);
  });

  it('blanks markup, shortcodes and link targets but keeps positions', async () => {
    const source = '## Säilytysaika\n\nTiedot <b>poistetaan</b> {{< note >}} [heti](https://x.fi/kuvaa-tahan).\n';
    const notice = await parseNotice(source, 'markdown', { language: 'fi' });
    expect(notice.text).toHaveLength(source.length);
    expect(notice.text).not.toContain('<b>');
    expect(notice.text).not.toContain('{{<');
    expect(notice.text).not.toContain('https');
    expect(notice.text.indexOf('poistetaan')).toBe(source.indexOf('poistetaan'));
  });

  it('keeps positions exact with CRLF line endings', async () => {
    const source = '## Rekisterinpitäjä\r\n\r\nOy Ab\r\n\r\n## Säilytysaika\r\n\r\nKaksi vuotta.\r\n';
    expect((await sections(source)).map(([line]) => line)).toEqual([1, 5]);
  });
});
