/**
 * One-notice start-up time: the HTML libraries (rehype-parse, parse5, hast-util-to-mdast,
 * entities) load only when an HTML file is linted. Checked by the packages a run loads, not by
 * timing (test/loaded-packages.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagesLoaded } from './loaded-packages.js';

const root = join(import.meta.dirname, '..');
const HTML_LIBRARIES = ['rehype-parse', 'parse5', 'hast-util-from-html', 'hast-util-to-mdast', 'entities'];

const htmlLibrariesIn = (packages: Set<string>): string[] => HTML_LIBRARIES.filter((name) => packages.has(name));

describe('heavy parsers load only for their format', () => {
  it('linting a Markdown notice loads none of the HTML libraries; an HTML notice loads them', async () => {
    expect(htmlLibrariesIn(await packagesLoaded([join(root, 'fixtures', 'examples', 'sv-valid.md')]))).toEqual([]);
    expect(htmlLibrariesIn(await packagesLoaded([join(root, 'fixtures', 'examples', 'sv-valid.html')]))).toEqual(HTML_LIBRARIES);
  });
});
