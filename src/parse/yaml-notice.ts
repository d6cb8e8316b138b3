import { type Document, type Node, isMap, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import type { LanguagePack } from '../lexicon/index.js';
import { ELEMENT_IDS, LANGUAGES, type ElementId, type Language, type Profile, type Range, type Section } from '../model/types.js';
import type { ErrorObject } from 'ajv';
import { mostSpecific, schemaErrorRange } from '../schema/errors.js';
import { validateNotice } from '../schema/validators.js';
import { blank, findMarkup } from '../text/html.js';
import { classifyHeading } from './classify.js';
import { ParseError, splitHeadingNumber, type ParsedDocument } from './document.js';

/** Aliases beyond this are refused: a "billion laughs" document must not expand. */
export const MAX_YAML_ALIASES = 100;

export interface YamlSection {
  element?: string | string[];
  heading?: string;
  number?: string;
  level?: number;
  text?: string;
}
export interface YamlNotice {
  noticelint?: 1;
  title?: string;
  language?: Language;
  profile?: Profile;
  date?: string;
  sections: YamlSection[];
}

/** A problem at a place in the file; a YAML notice can have several. */
export class YamlNoticeError extends ParseError {
  /** `language` is what the notice declares, when it declares one of ours: its problems are worded in it. */
  constructor(
    readonly problems: ParseError[],
    readonly language?: Language,
  ) {
    const first = problems[0];
    super(
      first?.messageId ?? 'schema',
      first?.offset ?? 0,
      first ? { template: first.template, data: first.data } : { template: 'schema-invalid-root', data: { detail: 'is invalid' } },
    );
  }
}

/** The characters of a scalar's value in the source: quotes and block-scalar headers excluded. */
function contentRange(source: string, node: unknown): Range | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, valueEnd] = node.range;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) return { start: start + 1, end: Math.max(start + 1, valueEnd - 1) };
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const headerEnd = source.indexOf('\n', start);
    return { start: headerEnd === -1 ? valueEnd : headerEnd + 1, end: valueEnd };
  }
  return { start, end: valueEnd };
}

function elementsOf(value: YamlSection['element'], heading: string, pack: LanguagePack): ElementId[] {
  if (value === undefined) return classifyHeading(heading, pack);
  const ids = Array.isArray(value) ? value : [value];
  return ids.filter((id): id is ElementId => (ELEMENT_IDS as readonly string[]).includes(id));
}

/**
 * A YAML file with neither `noticelint` nor `sections` at its top is some other YAML (a workflow,
 * a data file) that a folder walk or a pre-commit hook passed along: not checked, only noted.
 */
export class NotANoticeError extends ParseError {
  constructor() {
    super('not-a-notice', 0);
  }
}

/**
 * A schema error as a catalogue entry (noticelint section, schema-*) and its data, so that it
 * reads in the user's language; keys and values are quoted as written. A keyword without an
 * entry of its own keeps ajv's English wording in {detail}.
 */
function schemaProblem(error: ErrorObject): { template: string; data: Record<string, string> } {
  const where = error.instancePath.slice(1).replace(/\//g, '.');
  const root = where === '' ? '-root' : '';
  switch (error.keyword) {
    case 'additionalProperties':
      return { template: `schema-unknown-key${root}`, data: { where, key: String(error.params.additionalProperty) } };
    case 'required':
      return { template: `schema-required${root}`, data: { where, key: String(error.params.missingProperty) } };
    case 'enum':
      return { template: 'schema-enum', data: { where, values: (error.params.allowedValues as unknown[]).map(String).join(', ') } };
    case 'type':
      return { template: `schema-type${root}`, data: { where, type: String(error.params.type) } };
    default:
      return { template: root ? 'schema-invalid-root' : 'schema-invalid', data: { where, detail: error.message ?? 'is invalid' } };
  }
}

function declaredLanguage(value: unknown): Language | undefined {
  const language = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).language : undefined;
  return (LANGUAGES as readonly unknown[]).includes(language) ? (language as Language) : undefined;
}

export function isYamlNotice(document: Document): boolean {
  return !isMap(document.contents) || document.contents.has('noticelint') || document.contents.has('sections');
}

/** yaml reports a missing closing quote at the end of the file; show where the quote opens. */
function unclosedQuoteStart(source: string, message: string, position: number): number {
  const quote = /closing (["'])quote/.exec(message)?.[1];
  const start = quote ? source.lastIndexOf(quote, position - 1) : -1;
  return start === -1 ? position : start;
}

export function parseYamlDocument(source: string): { document: Document; notice: YamlNotice } {
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new YamlNoticeError(
      document.errors.map((error) => {
        const at = error.code === 'MISSING_CHAR' ? unclosedQuoteStart(source, error.message, error.pos[0]) : error.pos[0];
        return new ParseError('yaml-syntax', at, { data: { detail: error.message.split('\n')[0] ?? '' }, endOffset: Math.max(at, error.pos[1]) });
      }),
    );
  }
  if (!isYamlNotice(document)) throw new NotANoticeError();
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new ParseError('yaml-aliases', 0, { data: { detail: (error as Error).message } });
  }
  if (!validateNotice(value)) {
    throw new YamlNoticeError(
      mostSpecific(validateNotice.errors ?? []).map((error) => {
        const range = schemaErrorRange(document, error);
        return new ParseError('schema', range.start, { ...schemaProblem(error), endOffset: range.end });
      }),
      declaredLanguage(value),
    );
  }
  return { document, notice: value as YamlNotice };
}

export function parseYamlNotice(source: string, pack: LanguagePack): ParsedDocument {
  const { document, notice } = parseYamlDocument(source);
  const visible: Range[] = [];
  const sections: Section[] = [];
  const items = document.get('sections', true);
  const metaRanges: ParsedDocument['metaRanges'] = {};
  for (const key of ['date', 'title', 'language', 'profile'] as const) {
    const range = contentRange(source, document.get(key, true));
    if (range) metaRanges[key] = range;
  }
  if (isSeq(items)) {
    items.items.forEach((item, index) => {
      const section = notice.sections[index];
      if (!section || !isMap(item)) return;
      const itemStart = (item as Node).range?.[0] ?? 0;
      const headingRange = contentRange(source, item.get('heading', true)) ?? { start: itemStart, end: itemStart };
      const bodyRange = contentRange(source, item.get('text', true)) ?? { start: headingRange.end, end: headingRange.end };
      visible.push(headingRange, bodyRange);
      // An explicit number leaves the heading as written (print-model writes both apart).
      const split: { rest: string; number?: string } =
        section.number === undefined ? splitHeadingNumber((section.heading ?? '').trim()) : { rest: (section.heading ?? '').trim() };
      const number = section.number ?? split.number;
      sections.push({
        elements: elementsOf(section.element, split.rest, pack),
        heading: split.rest,
        headingRange,
        ...(number === undefined ? {} : { number }),
        level: section.level ?? (number ? number.split('.').length : 1),
        bodyRange,
        ...(section.text === undefined ? {} : { text: section.text }),
      });
    });
  }
  const hidden: Range[] = [];
  let position = 0;
  for (const range of [...visible].sort((a, b) => a.start - b.start)) {
    if (range.start > position) hidden.push({ start: position, end: range.start });
    position = Math.max(position, range.end);
  }
  hidden.push({ start: position, end: source.length });
  const values = blank(source, hidden);
  return {
    // HTML pasted into values is debris, as in plain text: hidden from the rules that read prose.
    text: blank(values, findMarkup(values)),
    sections,
    ...(notice.title === undefined ? {} : { title: notice.title }),
    ...(notice.language === undefined ? {} : { language: notice.language }),
    ...(notice.profile === undefined ? {} : { profile: notice.profile }),
    ...(notice.date === undefined ? {} : { date: notice.date }),
    // Only a file with a `noticelint` or `sections` key gets this far (NotANoticeError).
    declared: true,
    metaRanges,
  };
}
