import { LineIndex } from '../text/lines.js';
import type { Locator, NoticeFormat } from './format.js';
import { docxFormat } from './docx.js';
import { htmlFormat } from './html.js';
import { markdownFormat } from './markdown.js';
import { pdfFormat } from './pdf.js';
import { textFormat } from './text.js';
import { yamlFormat } from './yaml.js';

export type { CommentSyntax, Locator, NoticeFormat, Position, ProseSource } from './format.js';

/** The formats noticelint reads; a new one is one module in this folder and one entry here. */
const FORMATS: NoticeFormat[] = [markdownFormat, yamlFormat, htmlFormat, textFormat, pdfFormat, docxFormat];

/** What a file with an unknown ending is read as: plain text lints anything without failing. */
const FALLBACK = textFormat;

const extensions: string[] = [];

/** File endings of notice files, for discovery; kept in step with the registry. */
export const NOTICE_EXTENSIONS: readonly string[] = extensions;

function refreshExtensions(): void {
  extensions.splice(0, extensions.length, ...FORMATS.flatMap((format) => format.extensions));
}
refreshExtensions();

/**
 * Adds a format after the built-in ones (which keep their extensions); returns a function that
 * removes it again. Registration is per process: lint workers see only what their modules register.
 */
export function registerFormat(format: NoticeFormat): () => void {
  if (FORMATS.some((known) => known.name === format.name)) throw new Error(`noticelint: a format named "${format.name}" is registered already`);
  FORMATS.push(format);
  refreshExtensions();
  return () => {
    const index = FORMATS.indexOf(format);
    if (index !== -1) FORMATS.splice(index, 1);
    refreshExtensions();
  };
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? '' : path.slice(dot).toLowerCase();
}

/** The format a file is read as, by its ending; plain text for any other. */
export function formatFor(path: string): NoticeFormat {
  const extension = extensionOf(path);
  return FORMATS.find((format) => format.extensions.includes(extension)) ?? FALLBACK;
}

/** The format with this name (`Notice.kind`); an unknown name is a programming error. */
export function formatNamed(name: string): NoticeFormat {
  const format = FORMATS.find((candidate) => candidate.name === name);
  if (!format) throw new Error(`noticelint: no format named "${name}"`);
  return format;
}

/** Positions in the format's terms: its own locator, else lines and columns of the source. */
export function locatorFor(format: NoticeFormat, source: string, lines?: LineIndex): Locator {
  return format.locate?.(source) ?? lines ?? new LineIndex(source);
}
