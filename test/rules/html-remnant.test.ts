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
});
