import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/parse/index.js';
import { lint, lintRule, of } from './helpers.js';

const examples = join(import.meta.dirname, '..', 'fixtures', 'examples');

function page(body: string, lang = 'fi', head = '<title>Tietosuojaseloste</title>'): string {
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Line and column of `needle` in `source`, 1-based. */
function positionOf(source: string, needle: string): [number, number] {
  const offset = source.indexOf(needle);
  const before = source.slice(0, offset).split('\n');
  return [before.length, (before[before.length - 1]?.length ?? 0) + 1];
}

const FI_SECTIONS = `
<h2>Rekisterinpitäjä</h2>
<p>Kauppa Aalto Oy, Katu 1, 00100 Helsinki, tietosuoja@aalto-kauppa.fi</p>
<h2>Säilytysaika</h2>
<p>Tietoja säilytetään kaksi vuotta.</p>`;

describe('HTML notices: the canonical model', () => {
  it('reads h1–h6 as headings, the first h1 as the title, and keeps offsets of the source', async () => {
    const source = page(`<h1>Tietosuojaseloste</h1>${FI_SECTIONS}`);
    const notice = await parseNotice(source, 'html');
    expect(notice.title).toBe('Tietosuojaseloste');
    expect(notice.sections.map((section) => [section.heading, section.elements, section.level])).toEqual([
      ['Rekisterinpitäjä', ['controller'], 2],
      ['Säilytysaika', ['retention'], 2],
    ]);
    expect(notice.text).toHaveLength(source.length);
    const [first] = notice.sections;
    expect(first && source.slice(first.headingRange.start, first.headingRange.end)).toBe('Rekisterinpitäjä');
    expect(first?.text).toBe('Kauppa Aalto Oy, Katu 1, 00100 Helsinki, tietosuoja@aalto-kauppa.fi');
  });

  it('blanks tags and comments but keeps the text a reader sees', async () => {
    const source = page('<p>Tiedot <!-- huom --> <b>säilytetään</b> vuoden.</p>');
    const notice = await parseNotice(source, 'html');
    expect(notice.text.replace(/\s+/g, ' ').trim()).toBe('Tiedot säilytetään vuoden.');
  });

  it('decodes character references in place and keeps words whole, so the lexicon reads them', async () => {
    const source = page('<h2>Rekisterinpit&auml;j&auml;</h2><p>Esimerkki&nbsp;Oy</p><p>Tietosuoja&shy;vastaava</p>');
    const notice = await parseNotice(source, 'html');
    expect(notice.sections[0]?.heading).toBe('Rekisterinpitäjä');
    expect(notice.sections[0]?.elements).toEqual(['controller']);
    const start = source.indexOf('Rekisterinpit&auml;');
    // The word starts where it starts in the source; the gaps the references leave go after it.
    expect(notice.text.slice(start, start + 'Rekisterinpitäjä'.length)).toBe('Rekisterinpitäjä');
    expect(notice.text).toMatch(/Esimerkki +Oy/);
    expect(notice.text).toContain('Tietosuojavastaava');
  });

  it('keeps a word whole across inline tags, not across block boundaries', async () => {
    const notice = await parseNotice(page('<p><b>Tieto</b>suoja</p><p>loppu</p><div>a</div><div>b</div>'), 'html');
    expect(notice.text).toContain('Tietosuoja');
    expect(notice.text).not.toMatch(/ab/);
  });

  it('reads Word and CMS heading conventions: a bold line alone is a heading, as in Markdown', async () => {
    const source = page('<p><b><span>Rekisterinpitäjä</span></b></p><p>Esimerkki Oy, Helsinki</p><p><strong>Säilytysaika:</strong> kaksi vuotta</p>');
    const notice = await parseNotice(source, 'html');
    expect(notice.sections.map((section) => [section.heading, section.elements])).toEqual([
      ['Rekisterinpitäjä', ['controller']],
      ['Säilytysaika', ['retention']],
    ]);
  });

  it.each([
    [
      'an accordion (h3 > button)',
      '<h3><button aria-expanded="false">Rekisterinpitäjä</button></h3><div><p>Kauppa Aalto Oy</p></div><h3><button>Säilytysaika</button></h3><div><p>Kaksi vuotta.</p></div>',
    ],
    [
      'details and summary',
      '<details><summary>Rekisterinpitäjä</summary><p>Kauppa Aalto Oy</p></details><details><summary>Säilytysaika</summary><p>Kaksi vuotta.</p></details>',
    ],
    ['a description list', '<dl><dt>Rekisterinpitäjä</dt><dd>Kauppa Aalto Oy</dd><dt>Säilytysaika</dt><dd>Kaksi vuotta.</dd></dl>'],
    ['title lines in divs', '<div class="title">Rekisterinpitäjä</div><div>Kauppa Aalto Oy</div><div class="title">Säilytysaika</div><div>Kaksi vuotta.</div>'],
    ['bold lines over a line break', '<p><strong>Rekisterinpitäjä</strong><br>Kauppa Aalto Oy</p><p><strong>Säilytysaika</strong><br>Kaksi vuotta.</p>'],
  ])('finds the sections of %s', async (_, body) => {
    const notice = await parseNotice(page(body), 'html');
    expect(notice.sections.map((section) => [section.heading, section.elements, section.text])).toEqual([
      ['Rekisterinpitäjä', ['controller'], 'Kauppa Aalto Oy'],
      ['Säilytysaika', ['retention'], 'Kaksi vuotta.'],
    ]);
  });

  it('reads a table whose header names elements as column sections', async () => {
    const source = page(
      '<h2>Käsittely</h2><table><tr><th>Tarkoitus</th><th>Oikeusperuste</th><th>Säilytysaika</th></tr><tr><td>Laskutus</td><td>Sopimus</td><td>6 vuotta</td></tr></table>',
    );
    const notice = await parseNotice(source, 'html');
    expect(notice.sections.map((section) => section.elements)).toEqual([[], ['purposes'], ['legal-basis'], ['retention']]);
  });

  it('drops page chrome: navigation, scripts, styles, cookie banners, form controls, page header and footer', async () => {
    const source = page(
      `<header><a href="/">Koti</a><nav><a href="/rekisterinpitaja">Rekisterinpitäjä</a></nav></header>
<div class="cookie-notice"><h2>Evästeet</h2><p>Hyväksy evästeet</p><button>OK</button></div>
<script>var rekisterinpitaja = "<p>";</script><style>p { color: red }</style><noscript>Ota JavaScript käyttöön</noscript>
<h1>Tietosuojaseloste</h1>${FI_SECTIONS}
<form><label>Haku</label><input value="Säilytysaika"><select><option>Rekisterinpitäjä</option></select></form>
<footer><p>Säilytysaika © 2026</p></footer>`,
    );
    const notice = await parseNotice(source, 'html');
    const visible = notice.text.replace(/\s+/g, ' ').trim();
    expect(visible).toBe(
      'Tietosuojaseloste Rekisterinpitäjä Kauppa Aalto Oy, Katu 1, 00100 Helsinki, tietosuoja@aalto-kauppa.fi Säilytysaika Tietoja säilytetään kaksi vuotta. Haku',
    );
    expect(notice.sections.map((section) => section.heading)).toEqual(['Rekisterinpitäjä', 'Säilytysaika']);
  });

  it('drops what ARIA roles mark as page chrome: navigation, search, and the page banner and content info', async () => {
    const source = page(
      `<div role="banner"><p>Kaupunki</p></div><div role="navigation"><a href="/">Etusivu</a></div><form role="search"><button>Hae</button></form>
<h1>Tietosuojaseloste</h1>${FI_SECTIONS}<div role="contentinfo"><p>Yhteystiedot</p></div>`,
    );
    const notice = await parseNotice(source, 'html');
    expect(notice.text.replace(/\s+/g, ' ').trim()).toBe(
      'Tietosuojaseloste Rekisterinpitäjä Kauppa Aalto Oy, Katu 1, 00100 Helsinki, tietosuoja@aalto-kauppa.fi Säilytysaika Tietoja säilytetään kaksi vuotta.',
    );
  });

  it('drops consent managers by their names, but keeps a notice section or heading about cookies or consent', async () => {
    const source = page(
      `<div id="CybotCookiebotDialog"><p>Tämä sivusto käyttää evästeitä</p></div><div id="onetrust-consent-sdk"><p>Hyväksy</p></div>
<section id="consent"><h2 id="cookies">Evästeet</h2><p>Käytämme evästeitä suostumuksellasi.</p></section>${FI_SECTIONS}`,
    );
    const notice = await parseNotice(source, 'html');
    expect(notice.sections.map((section) => section.heading)).toEqual(['Evästeet', 'Rekisterinpitäjä', 'Säilytysaika']);
    expect(notice.text).not.toContain('Hyväksy');
    expect(notice.text).not.toContain('Tämä sivusto');
  });

  it('prefers <main> (or [role=main]) to the rest of the page; a header inside the notice stays', async () => {
    const main = await parseNotice(
      page(`<aside><h2>Yhteystiedot</h2><p>Soita meille</p></aside><main><header><h1>Tietosuojaseloste</h1></header>${FI_SECTIONS}</main>`),
      'html',
    );
    expect(main.title).toBe('Tietosuojaseloste');
    expect(main.sections.map((section) => section.heading)).toEqual(['Rekisterinpitäjä', 'Säilytysaika']);
    const role = await parseNotice(page(`<div><h2>Uutiset</h2><p>Uutinen</p></div><div role="main">${FI_SECTIONS}</div>`), 'html');
    expect(role.sections.map((section) => section.heading)).toEqual(['Rekisterinpitäjä', 'Säilytysaika']);
  });

  it('takes the language from the lang attribute, unless the text clearly reads as another', async () => {
    const swedish = page('<h2>Personuppgiftsansvarig</h2><p>Företaget AB</p>', 'sv');
    expect((await parseNotice(swedish, 'html')).language).toBe('sv');
    const finnishUnderEnglish = page(
      `<h1>Tietosuojaseloste</h1>${FI_SECTIONS}<p>Rekisteröidyllä on oikeus tarkastaa tietonsa ja pyytää niiden korjaamista. Hänellä on myös oikeus tehdä valitus tietosuojavaltuutetulle, jos hän katsoo että tietoja käsitellään väärin ja että se on lain vastaista.</p>`,
      'en',
    );
    expect((await parseNotice(finnishUnderEnglish, 'html')).language).toBe('fi');
  });

  it('takes the title from <title> when the notice has no h1, and a date from <time datetime>', async () => {
    const notice = await parseNotice(page(`<p>Päivitetty <time datetime="2026-03-01">maaliskuussa</time></p>${FI_SECTIONS}`), 'html');
    expect(notice.title).toBe('Tietosuojaseloste');
    expect(notice.date).toBe('2026-03-01');
  });
});

describe('HTML notices: findings', () => {
  it('a valid notice page, with navigation, cookie banner, scripts and references, produces nothing', async () => {
    const source = readFileSync(join(examples, 'sv-valid.html'), 'utf8');
    expect(await lint(source, 'sv-valid.html')).toEqual([]);
  });

  it('positions findings at lines and columns of the HTML source', async () => {
    const source = page(`${FI_SECTIONS}\n<p>Yhteyshenkilö: [LISÄÄ NIMI]</p>`);
    const findings = await lintRule('template-leftover', source, 'notice.html');
    expect(findings).toEqual([['leftover', ...positionOf(source, '[LISÄÄ NIMI]')]]);
  });

  it('html-remnant: never on real markup; a tag escaped into the text and pasted Markdown are reported', async () => {
    const clean = page(`<p>Tiedot <b>säilytetään</b> vuoden.&nbsp;&copy;</p>${FI_SECTIONS}`);
    expect(await lintRule('html-remnant', clean, 'notice.html')).toEqual([]);
    const debris = page(`${FI_SECTIONS}\n<p>Katso &lt;div class="x"&gt;ohje&lt;/div&gt; ja **lihavoitu** teksti.</p>`);
    expect(await lintRule('html-remnant', debris, 'notice.html')).toEqual([
      ['remnant', ...positionOf(debris, '&lt;div')],
      ['unrendered', ...positionOf(debris, '**lihavoitu**')],
    ]);
  });

  it('escaped tags in attributes, scripts or outside the notice are not reported', async () => {
    const source = page(`<p title="&lt;b&gt;">x</p><script>var a = "&lt;b&gt;";</script>${FI_SECTIONS}`);
    expect(await lintRule('html-remnant', source, 'notice.html')).toEqual([]);
  });

  it('inline directives in HTML comments work', async () => {
    const source = page(`${FI_SECTIONS}\n<!-- noticelint-disable-next-line template-leftover -->\n<p>Yhteyshenkilö: [LISÄÄ NIMI]</p>`);
    expect(of(await lint(source, 'notice.html'), 'template-leftover')).toEqual([]);
  });
});
