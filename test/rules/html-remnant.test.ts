import { describe, expect, it } from 'vitest';
import { lint, lintRule } from '../helpers.js';

const rule = 'html-remnant';

describe(rule, () => {
  it('fi: reports tags and entities per line, at the first, with a fix', async () => {
    const source = 'Seloste\n\n1. Suojaus\t<p>Lukitut tilat.</p> <p>Salasanat.</p>\n2. Oikeudet\tTarkastus&nbsp;oikeus\n';
    expect(await lintRule(rule, source, 'n.txt', { language: 'fi' })).toEqual([
      ['remnant', 3, 12],
      ['remnant', 4, 22],
    ]);
    const fixes = (await lint(source, 'n.txt', { language: 'fi' })).filter((f) => f.ruleId === rule).map((f) => f.fix?.text);
    expect(fixes).toEqual(['Lukitut tilat. Salasanat.', ' ']);
  });
  it('sv: HTML inside a YAML notice value', async () => {
    const source = 'language: sv\nsections:\n  - element: retention\n    heading: Lagringstid\n    text: "<p>Två år.</p>"\n';
    expect(await lintRule(rule, source, 'n.yaml', { language: 'sv' })).toEqual([['remnant', 5, 12]]);
  });
  it('en: a list tag with attributes', async () => {
    expect(await lintRule(rule, 'Notice\n\n1. Data\t<ul style="list-style-type: none">- name\n', 'n.txt', { language: 'en' })).toEqual([['remnant', 3, 9]]);
  });
  it('does not report HTML in Markdown, or angle-bracket text that is not HTML', async () => {
    expect(await lintRule(rule, '## Lagringstid\n\n<details><summary>Mer</summary>Två år.</details>\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, 'Seloste\n\n1. Säilytys\tAika < 2 vuotta ja > 1 kk.\n', 'n.txt', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, 'Notice\n\n1. Retention\tSix months.\n', 'n.txt', { language: 'en' })).toEqual([]);
  });
  it('fi, sv, en: Markdown inside a raw HTML block is shown literally, with a fix to HTML', async () => {
    const fi = '## Lomake\n\n<p>Katso [ehdot](https://x.fi/ehdot).</p>\n';
    expect(await lintRule(rule, fi, 'n.md', { language: 'fi' })).toEqual([['unrendered', 3, 10]]);
    expect((await lint(fi, 'n.md', { language: 'fi' })).find((f) => f.ruleId === rule)?.fix?.text).toBe('<a href="https://x.fi/ehdot">ehdot</a>');
    expect(await lintRule(rule, '<div>\nVi sparar **två år**.\n</div>\n', 'n.md', { language: 'sv' })).toEqual([['unrendered', 2, 11]]);
    expect(await lintRule(rule, 'Escaped debris: &lt;p&gt;text\n', 'n.md', { language: 'en' })).toEqual([['unrendered', 1, 17]]);
  });
  it('fi, sv, en: Markdown links and bold text outside HTML blocks are rendered, so silent', async () => {
    expect(await lintRule(rule, 'Katso [ehdot](https://x.fi/ehdot).\n', 'n.md', { language: 'fi' })).toEqual([]);
    expect(await lintRule(rule, 'Vi sparar **två år**.<br/>\n', 'n.md', { language: 'sv' })).toEqual([]);
    expect(await lintRule(rule, 'Price: 2 * 3 * 4, \\*\\*not bold\\*\\*\n', 'n.md', { language: 'en' })).toEqual([]);
  });
});
