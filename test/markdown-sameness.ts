/**
 * What "the fast Markdown parser gives the same as remark" means, shared by the differential
 * tests: the same mdast tree as far as the model reads it, and the same parsed document.
 */
import type { Nodes, Root } from 'mdast';
import { languagePack } from '../src/lexicon/index.js';
import { hasTableRows, loadMarkdownParser, parseMarkdown } from '../src/parse/markdown.js';
import { parseMarkdownFast } from '../src/parse/markdown-fast.js';
import type { ParsedDocument } from '../src/parse/document.js';

/**
 * A node as the model sees it: type, position (offsets, lines and columns) and the fields
 * parse/markdown.ts and metadata.ts read. Link URLs, titles, image alt text, code languages,
 * table alignment and list `spread` are left out: no part of noticelint reads them.
 */
export interface Projected {
  type: string;
  position: string;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  value?: string;
  children?: Projected[];
}

const VALUE_TYPES = new Set(['text', 'inlineCode', 'yaml', 'html', 'code']);

export function project(node: Nodes): Projected {
  const { start, end } = node.position ?? {};
  const projected: Projected = {
    type: node.type,
    position: start && end ? `${start.offset}-${end.offset} ${start.line}:${start.column}-${end.line}:${end.column}` : 'none',
  };
  if (node.type === 'heading') projected.depth = node.depth;
  if (node.type === 'list') {
    projected.ordered = node.ordered ?? null;
    projected.start = node.start ?? null;
  }
  if (VALUE_TYPES.has(node.type) && 'value' in node) projected.value = node.value;
  if ('children' in node) projected.children = node.children.map((child) => project(child));
  return projected;
}

export async function remarkTree(source: string): Promise<Root> {
  return (await loadMarkdownParser(hasTableRows(source)))(source);
}

export type Comparison =
  { accepted: false; reason: string } | { accepted: true; fast: Projected; remark: Projected; fastDocument: ParsedDocument; remarkDocument: ParsedDocument };

/** Both parsers' trees and documents for `source`, or the fast parser's reason to decline. */
export async function compareParsers(source: string, language: 'fi' | 'sv' | 'en' = 'fi'): Promise<Comparison> {
  const fast = parseMarkdownFast(source, hasTableRows(source));
  if ('declined' in fast) return { accepted: false, reason: fast.declined };
  const remark = await remarkTree(source);
  const pack = languagePack(language);
  return {
    accepted: true,
    fast: project(fast.root),
    remark: project(remark),
    fastDocument: parseMarkdown(source, fast.root, pack),
    remarkDocument: parseMarkdown(source, remark, pack),
  };
}
