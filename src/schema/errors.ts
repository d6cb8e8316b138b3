import type { ErrorObject } from 'ajv';
import { type Document, type Node, type Pair, isMap, isScalar } from 'yaml';
import type { Range } from '../model/types.js';

type Path = (string | number)[];

function nodeAt(document: Document, path: Path): Node | undefined {
  return (path.length === 0 ? document.contents : document.getIn(path, true)) as Node | undefined;
}

/** Where a schema error is best shown: the offending key, else its value, else the enclosing node. */
export function schemaErrorRange(document: Document, error: ErrorObject): Range {
  const path: Path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  const additional = error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : undefined;
  const parent = additional === undefined ? nodeAt(document, path.slice(0, -1)) : nodeAt(document, path);
  const key = additional ?? path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item: Pair) => isScalar(item.key) && item.key.value === key);
    const keyNode = pair?.key as Node | undefined;
    if (keyNode?.range) return { start: keyNode.range[0], end: keyNode.range[1] };
  }
  const node = nodeAt(document, path);
  if (node?.range) return { start: node.range[0], end: node.range[1] };
  return { start: 0, end: 0 };
}

export function describeSchemaError(error: ErrorObject, root: string): string {
  const where = error.instancePath === '' ? root : `"${error.instancePath.slice(1).replace(/\//g, '.')}"`;
  if (error.keyword === 'additionalProperties') return `${where} has an unknown key "${String(error.params['additionalProperty'])}".`;
  if (error.keyword === 'required') return `${where} must have the key "${String(error.params['missingProperty'])}".`;
  if (error.keyword === 'enum') {
    return `${where} must be one of: ${(error.params['allowedValues'] as unknown[]).map(String).join(', ')}.`;
  }
  return `${where} ${error.message ?? 'is invalid'}.`;
}

/** One error per place: ajv reports each failed branch of a oneOf; the most specific one is kept. */
export function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (error.keyword === 'oneOf') continue;
    const key = `${error.instancePath}|${error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : ''}`;
    const existing = byPath.get(key);
    if (!existing || (error.keyword === 'enum' && existing.keyword !== 'enum')) byPath.set(key, error);
  }
  return [...byPath.values()];
}

