import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findDirectives } from '../src/directives.js';
import { discoverFiles } from '../src/discover.js';
import { lintText } from '../src/linter.js';
import { formatFor, formatNamed, NOTICE_EXTENSIONS, registerFormat, type NoticeFormat } from '../src/formats/index.js';
import { htmlFormat } from '../src/formats/html.js';
import { markdownFormat } from '../src/formats/markdown.js';
import { textFormat } from '../src/formats/text.js';
import { yamlFormat } from '../src/formats/yaml.js';
import type { Finding } from '../src/model/types.js';
import { ParseError } from '../src/parse/document.js';
import { kindOf, parseNotice } from '../src/parse/index.js';
import { MAX_HEADINGS, MAX_NESTING, MAX_PARAGRAPH_DELIMITERS } from '../src/parse/limits.js';
import { onlyRules, REFERENCE_DATE, tempTree } from './helpers.js';
import { paragraphFormat } from './paragraph-format.js';

/** [messageId, template, offset] of the ParseError a structure check throws; undefined when it accepts. */
function refusal(format: NoticeFormat, source: string): [string, string, number] | undefined {
  try {
    format.checkStructure(source);
    return undefined;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return [error.messageId, error.template, error.offset];
  }
}

describe('the format registry', () => {
  it('reads each built-in extension, in any case, as its format', () => {
    const names = ['a.md', 'b.MARKDOWN', 'c.yaml', 'd.YML', 'e.txt', 'f.HTML', 'g.htm', 'h.xhtml'].map((path) => formatFor(path).name);
    expect(names).toEqual(['markdown', 'markdown', 'yaml', 'yaml', 'text', 'html', 'html', 'html']);
  });

  it('reads a file with an unknown ending, or none, as plain text', () => {
    expect(['notice.rtf', 'README', 'folder.d/notice'].map(kindOf)).toEqual(['text', 'text', 'text']);
  });

  it('lists the notice extensions from the formats, in registry order', () => {
    expect(NOTICE_EXTENSIONS).toEqual(['.md', '.markdown', '.yaml', '.yml', '.html', '.htm', '.xhtml', '.txt', '.pdf', '.docx']);
  });

  it('finds a format by its name and refuses a name no format has', () => {
    expect(formatNamed('yaml')).toBe(yamlFormat);
    expect(() => formatNamed('rtf')).toThrow('no format named "rtf"');
  });
});

describe('structure limits, each format its own', () => {
  const headings = '# h\n'.repeat(MAX_HEADINGS + 1);
  const deepQuote = `${'>'.repeat(MAX_NESTING + 1)} x\n`;
  const brackets = `a: ${'['.repeat(MAX_NESTING + 1)}\n`;

  it('Markdown refuses too many headings, too deep blocks and too many inline markers in a paragraph', () => {
    expect(refusal(markdownFormat, headings)).toEqual(['too-complex', 'too-many-headings', MAX_HEADINGS * 4]);
    expect(refusal(markdownFormat, `text\n${deepQuote}`)).toEqual(['too-deep', 'too-deep-blocks', 5]);
    expect(refusal(markdownFormat, `# T\n\n${'*a '.repeat(MAX_PARAGRAPH_DELIMITERS + 1)}\n`)).toEqual(['too-complex', 'too-many-markers', 5]);
  });

  it('Markdown does not count YAML flow brackets', () => {
    expect(refusal(markdownFormat, brackets)).toBeUndefined();
  });

  it('YAML refuses deep flow collections and deep indentation, but not brackets in quotes or comments', () => {
    expect(refusal(yamlFormat, brackets)).toEqual(['too-deep', 'too-deep-brackets', 3 + MAX_NESTING]);
    expect(refusal(yamlFormat, `a: 1\n${' '.repeat(2 * MAX_NESTING + 2)}b: 1\n`)).toEqual(['too-deep', 'too-deep-indentation', 5]);
    expect(refusal(yamlFormat, `a: "${'['.repeat(3 * MAX_NESTING)}"\nb: 1 # ${'{'.repeat(3 * MAX_NESTING)}\n`)).toBeUndefined();
  });

  it('YAML reads "#" lines as comments, not headings', () => {
    expect(refusal(yamlFormat, headings)).toBeUndefined();
  });

  it('HTML refuses too deeply nested elements and too many headings', () => {
    const deepDivs = `<body>${'<div>'.repeat(MAX_NESTING + 1)}x</body>`;
    expect(refusal(htmlFormat, deepDivs)).toEqual(['too-deep', 'too-deep-elements', 6 + 5 * MAX_NESTING]);
    expect(refusal(htmlFormat, '<h2>h</h2>\n'.repeat(MAX_HEADINGS + 1))).toEqual(['too-complex', 'too-many-headings', MAX_HEADINGS * 11]);
  });

  it('HTML counts neither closed elements, unclosed paragraphs and items, void elements, nor tags in comments and scripts', () => {
    const siblings = '<div>x</div>'.repeat(3 * MAX_NESTING);
    const unclosed = '<p>x<li>y<br><img src=a.png>'.repeat(3 * MAX_NESTING);
    const hidden = `<!-- ${'<div>'.repeat(3 * MAX_NESTING)} --><script>${'<div>'.repeat(3 * MAX_NESTING)}</script>`;
    for (const source of [siblings, unclosed, hidden, deepQuote, brackets]) expect(refusal(htmlFormat, source)).toBeUndefined();
  });

  it('plain text accepts any structure: its parser is a linear scan', () => {
    for (const source of [headings, deepQuote, brackets]) expect(refusal(textFormat, source)).toBeUndefined();
  });
});

describe('comment syntax for inline directives, from the format', () => {
  const htmlDirective = '<!-- noticelint-disable-file html-remnant -->\n';
  const hashDirective = '# noticelint-disable-file html-remnant\n';

  it('says which syntax each format writes comments in', () => {
    expect([markdownFormat, yamlFormat, textFormat, htmlFormat].map((format) => format.comments)).toEqual([
      { kind: 'html' },
      { kind: 'line', marker: '#' },
      { kind: 'html' },
      { kind: 'html' },
    ]);
  });

  it('finds HTML comment directives in Markdown and text, "#" directives in YAML, each nowhere else', () => {
    const found = (source: string, kind: string): string[] => findDirectives(source, kind).map((directive) => `${directive.kind}@${directive.line}`);
    expect([found(htmlDirective, 'markdown'), found(htmlDirective, 'text'), found(htmlDirective, 'yaml')]).toEqual([
      ['disable-file@1'],
      ['disable-file@1'],
      [],
    ]);
    expect([found(hashDirective, 'markdown'), found(hashDirective, 'text'), found(hashDirective, 'yaml')]).toEqual([[], [], ['disable-file@1']]);
    expect([found(htmlDirective, 'html'), found(hashDirective, 'html')]).toEqual([['disable-file@1'], []]);
  });
});

describe('literal prose ranges, from the format', () => {
  it('Markdown has none (it renders inline HTML) but renders Markdown; text is the whole source', () => {
    expect([markdownFormat.rendersMarkdown, yamlFormat.rendersMarkdown, textFormat.rendersMarkdown]).toEqual([true, false, false]);
    expect(markdownFormat.literalRanges({ source: 'a <b>b</b>', sections: [] })).toEqual([]);
    expect(textFormat.literalRanges({ source: 'a <b>b</b>', sections: [] })).toEqual([{ start: 0, end: 10 }]);
  });

  it('HTML: only tags escaped into the notice text, never its markup, attributes or scripts; it renders Markdown', async () => {
    expect(htmlFormat.rendersMarkdown).toBe(true);
    const source = '<p title="&lt;i&gt;">See &lt;div class="x"&gt; <b>here</b>&nbsp;&amp;</p><script>"&lt;p&gt;"</script>';
    const notice = await parseNotice(source, 'html');
    const slices = htmlFormat.literalRanges(notice).map((range) => source.slice(range.start, range.end));
    expect(slices).toEqual(['&lt;div class="x"&gt;']);
  });

  it('YAML has the headings and bodies of its sections, not its keys', async () => {
    const source = 'language: fi\nsections:\n  - element: retention\n    heading: Säilytysaika\n    text: Kaksi vuotta.\n';
    const notice = await parseNotice(source, 'yaml');
    const slices = yamlFormat.literalRanges(notice).map((range) => source.slice(range.start, range.end));
    expect(slices).toEqual(['Säilytysaika', 'Kaksi vuotta.']);
  });
});

describe('a new format is one file (test/paragraph-format.ts) and a registration', () => {
  let unregister: (() => void) | undefined;
  afterEach(() => {
    unregister?.();
    unregister = undefined;
  });

  const notice = [
    'Tietosuojaseloste', // paragraph 1, lines 1-2
    'Asiakasrekisteri',
    '',
    '1. Rekisterinpitäjä', // paragraph 2, lines 4-5
    'Yritys Oy<br>',
    '',
    '// noticelint-disable-next-line html-remnant', // paragraph 3, line 7
    '',
    '2. Rekisterin nimi', // paragraph 4, lines 9-10
    'Asiakkaat<br>',
    '',
    '3. Tietosisältö', // paragraph 5, lines 12-13
    'Nimi<b>',
  ].join('\n');
  const column = (marker: string, paragraphStart: string): number => notice.indexOf(marker) - notice.indexOf(paragraphStart) + 1;

  async function remnants(source: string): Promise<Finding[]> {
    const result = await lintText(source, 'notice.para', { language: 'fi', now: REFERENCE_DATE, rules: onlyRules({ 'html-remnant': 'warn' }) });
    return result.messages;
  }

  it('is found by its extension, by discovery and by name once registered, and gone again after', async () => {
    const tree = await tempTree({ 'a.para': notice, 'b.txt': notice, 'c.rtf': notice });
    unregister = registerFormat(paragraphFormat);
    expect([formatFor('x.PARA').name, kindOf('x.para'), formatNamed('paragraphs').name]).toEqual(['paragraphs', 'paragraphs', 'paragraphs']);
    expect(NOTICE_EXTENSIONS).toContain('.para');
    expect((await discoverFiles([tree], tree)).map((path) => basename(path)).sort()).toEqual(['a.para', 'b.txt']);
    unregister();
    unregister = undefined;
    expect([kindOf('x.para'), NOTICE_EXTENSIONS.includes('.para')]).toEqual(['text', false]);
    expect((await discoverFiles([tree], tree)).map((path) => basename(path))).toEqual(['b.txt']);
  });

  it('refuses a second format with a name already taken', () => {
    expect(() => registerFormat({ ...paragraphFormat, name: 'markdown' })).toThrow('format named "markdown" is registered already');
  });

  it('reports findings at its own positions: paragraph and character, not line and column', async () => {
    unregister = registerFormat(paragraphFormat);
    const findings = await remnants(notice);
    // Paragraph 4's <br> is silenced by the "//" directive in paragraph 3, whose next "line" is paragraph 4.
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.line, finding.column])).toEqual([
      ['html-remnant', 'remnant', 2, column('<br>', '1. Rekisterinpitäjä')],
      ['html-remnant', 'remnant', 5, column('<b>', '3. Tietosisältö')],
    ]);
  });

  it('the same text as plain text is positioned by lines, with HTML comments, not "//", as directives', async () => {
    const result = await lintText(notice, 'notice.txt', { language: 'fi', now: REFERENCE_DATE, rules: onlyRules({ 'html-remnant': 'warn' }) });
    expect(result.messages.map((finding) => [finding.messageId, finding.line])).toEqual([
      ['remnant', 5],
      ['remnant', 10],
      ['remnant', 13],
    ]);
  });

  it('its structure check refuses a file, and the fatal finding stands at its own position', async () => {
    unregister = registerFormat(paragraphFormat);
    const source = `Tietosuojaseloste\nAsiakasrekisteri\n\n${'>'.repeat(MAX_NESTING + 1)} lainaus\n`;
    const result = await lintText(source, 'notice.para', { language: 'fi' });
    expect(result.messages.map((finding) => [finding.fatal, finding.messageId, finding.line, finding.column])).toEqual([[true, 'too-deep', 2, 1]]);
  });
});
