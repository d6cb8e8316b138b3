/**
 * One-notice start-up time: the HTML libraries (rehype-parse, parse5, hast-util-to-mdast,
 * entities) load only when an HTML file is linted. Checked by the packages a run loads, not by
 * timing (test/loaded-packages.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from './helpers.js';
import { packagesLoaded } from './loaded-packages.js';

const root = join(import.meta.dirname, '..');
const HTML_LIBRARIES = ['rehype-parse', 'parse5', 'hast-util-from-html', 'hast-util-to-mdast', 'entities'];

const htmlLibrariesIn = (packages: Set<string>): string[] => HTML_LIBRARIES.filter((name) => packages.has(name));

/** remark and micromark: loaded only for a Markdown notice the fast parser (src/parse/markdown-fast.ts) declines. */
const REMARK = ['unified', 'remark-parse', 'micromark', 'mdast-util-from-markdown'];

describe('heavy parsers load only for their format', () => {
  it('a Markdown notice the fast parser reads loads neither remark nor micromark; a plain-text notice loads no parser library', async () => {
    const markdown = await packagesLoaded([join(root, 'fixtures', 'examples', 'sv-valid.md')]);
    expect(REMARK.filter((name) => markdown.has(name))).toEqual([]);
    const text = await packagesLoaded([join(root, 'fixtures', 'examples', 'fi-defective.txt')]);
    expect([...text].filter((name) => REMARK.includes(name) || HTML_LIBRARIES.includes(name))).toEqual([]);
  });

  it('a Markdown notice the fast parser declines (a tab after a list marker) loads remark', async () => {
    const notice = readFileSync(join(root, 'fixtures', 'examples', 'sv-valid.md'), 'utf8') + '\n-\tpunkt\n';
    const folder = await tempTree({ 'integritetspolicy.md': notice });
    const markdown = await packagesLoaded([join(folder, 'integritetspolicy.md')]);
    expect(REMARK.filter((name) => markdown.has(name))).toEqual(REMARK);
  });

  it('linting a Markdown notice loads none of the HTML libraries; an HTML notice loads them', async () => {
    expect(htmlLibrariesIn(await packagesLoaded([join(root, 'fixtures', 'examples', 'sv-valid.md')]))).toEqual([]);
    expect(htmlLibrariesIn(await packagesLoaded([join(root, 'fixtures', 'examples', 'sv-valid.html')]))).toEqual(HTML_LIBRARIES);
  });
});
