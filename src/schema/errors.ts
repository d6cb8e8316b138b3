import type { ErrorObject } from 'ajv';
import { type Document, type Node, type Pair, isMap, isScalar } from 'yaml';
import type { Range } from '../model/types.js';

export type Path = (string | number)[];

function nodeAt(document: Document, path: Path): Node | undefined {
  return (path.length === 0 ? document.contents : document.getIn(path, true)) as Node | undefined;
}

/** An ajv instancePath ("/rules/notice-date/1") as a yaml path, JSON-pointer escapes undone. */
export function instancePath(pointer: string): Path {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/**
 * Where the entry at `path` stands in the source: its key (or its value) in the enclosing
 * mapping, else the node at `path`, else the document start.
 */
export function pathRange(document: Document, path: Path, part: 'key' | 'value' = 'key'): Range {
  const parent = nodeAt(document, path.slice(0, -1));
  if (isMap(parent)) {
    const pair = parent.items.find((item: Pair) => isScalar(item.key) && item.key.value === path[path.length - 1]);
    const found = (part === 'key' ? pair?.key : pair?.value) as Node | undefined;
    if (found?.range) return { start: found.range[0], end: found.range[1] };
  }
  const node = nodeAt(document, path);
  if (node?.range) return { start: node.range[0], end: node.range[1] };
  return { start: 0, end: 0 };
}

/** Where a schema error is best shown: the offending key, else its value, else the enclosing node. */
export function schemaErrorRange(document: Document, error: ErrorObject): Range {
  const path = instancePath(error.instancePath);
  const additional = error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  return pathRange(document, additional === undefined ? path : [...path, additional]);
}

export function describeSchemaError(error: ErrorObject, root: string): string {
  const where = error.instancePath === '' ? root : `"${error.instancePath.slice(1).replace(/\//g, '.')}"`;
  if (error.keyword === 'additionalProperties') return `${where} has an unknown key "${String(error.params.additionalProperty)}".`;
  if (error.keyword === 'required') return `${where} must have the key "${String(error.params.missingProperty)}".`;
  if (error.keyword === 'enum') {
    return `${where} must be one of: ${(error.params.allowedValues as unknown[]).map(String).join(', ')}.`;
  }
  return `${where} ${error.message ?? 'is invalid'}.`;
}

/** One error per place: ajv reports each failed branch of a oneOf; the most specific one is kept. */
export function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (error.keyword === 'oneOf') continue;
    const key = `${error.instancePath}|${error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : ''}`;
    const existing = byPath.get(key);
    if (!existing || (error.keyword === 'enum' && existing.keyword !== 'enum')) byPath.set(key, error);
  }
  return [...byPath.values()];
}
