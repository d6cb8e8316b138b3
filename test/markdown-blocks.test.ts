import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { blockGroups, parseInBlockGroups } from '../src/parse/markdown-blocks.js';
import { loadMarkdownParser } from '../src/parse/markdown.js';

const folder = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'notices');
const notices = readdirSync(folder).filter((file) => file.endsWith('.md'));

describe('Markdown parsed in groups of top-level blocks', () => {
  it('gives the same headings, tables and HTML blocks, at the same positions, as one parse of the whole notice (every corpus notice, tiny groups)', async () => {
    // Paragraphs and lists are not compared: micromark itself reads a few lines differently
    // depending on text far above them (fi-11 lines 52–56 are a list when parsed from any line
    // after its front matter, two paragraphs when parsed whole).
    const parse = await loadMarkdownParser(true);
    const landmarks = (root: Root): string[] =>
      root.children
        .filter((node) => node.type === 'heading' || node.type === 'table' || node.type === 'html' || node.type === 'yaml')
        .map((node) => JSON.stringify(node));
    for (const file of notices) {
      const source = readFileSync(join(folder, file), 'utf8');
      const whole = parseInBlockGroups(source, (text) => parse(text), Number.MAX_SAFE_INTEGER);
      const grouped = parseInBlockGroups(source, (text) => parse(text), 200);
      expect(landmarks(grouped), file).toEqual(landmarks(whole));
    }
  });
  it('never splits inside fenced code, multi-line HTML blocks or between list items', () => {
    const source = ['Intro.', '', '```', 'code', '', 'still code', '```', '', '<!--', '', 'comment', '-->', '', '- item', '', '- item', '', 'After.', ''].join(
      '\n',
    );
    const { starts } = blockGroups(source, 1);
    const lineOf = (offset: number): number => source.slice(0, offset).split('\n').length;
    expect(starts.map(lineOf)).toEqual([1, 3, 9, 18]);
  });
  it('leaves a notice below the group size whole', () => {
    expect(blockGroups('# A\n\nB\n\nC\n').starts).toEqual([0]);
  });
});
