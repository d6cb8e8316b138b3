import { detectLanguage, languagePack } from '../lexicon/index.js';
import type { Language, Notice, Profile, SourceKind } from '../model/types.js';
import type { ParsedDocument } from './document.js';
import { hasTableRows, loadMarkdownParser, parseMarkdown } from './markdown.js';
import { checkStructure } from './limits.js';
import { parseText } from './text.js';
import { parseYamlNotice } from './yaml-notice.js';

export interface ParseOptions {
  /** Forced language (command line). */
  language?: Language | 'auto';
  /** Language when the notice's metadata names none (configuration); beats detection. */
  defaultLanguage?: Language | 'auto';
  /** Forced profile (command line); overrides the notice's own metadata. */
  profile?: Profile;
  /** Profile when neither the command line nor the notice names one (configuration). */
  defaultProfile?: Profile;
}

const EXTENSION_KINDS: Record<string, SourceKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.txt': 'text',
};

export const NOTICE_EXTENSIONS = Object.keys(EXTENSION_KINDS);

export function kindOf(path: string): SourceKind {
  const dot = path.lastIndexOf('.');
  return EXTENSION_KINDS[dot === -1 ? '' : path.slice(dot).toLowerCase()] ?? 'text';
}

async function parseDocument(source: string, kind: SourceKind, language: Language): Promise<ParsedDocument> {
  const pack = languagePack(language);
  if (kind === 'yaml') return parseYamlNotice(source, pack);
  if (kind === 'markdown') return parseMarkdown(source, (await loadMarkdownParser(hasTableRows(source)))(source), pack);
  return parseText(source, pack);
}

/** Source text → canonical Notice. Throws ParseError for input that cannot be a notice (invalid YAML). */
export async function parseNotice(source: string, kind: SourceKind, options: ParseOptions = {}): Promise<Notice> {
  checkStructure(source, kind);
  const requested = options.language && options.language !== 'auto' ? options.language : undefined;
  const configured = options.defaultLanguage && options.defaultLanguage !== 'auto' ? options.defaultLanguage : undefined;
  const guessed = requested ?? configured ?? detectLanguage(source);
  let document = await parseDocument(source, kind, guessed);
  // Metadata may name another language than the text suggested: parse again with its lexicon.
  const language = requested ?? document.language ?? guessed;
  if (language !== guessed) document = await parseDocument(source, kind, language);
  const profile = options.profile ?? document.profile ?? options.defaultProfile;
  return {
    kind,
    language,
    ...(profile ? { profile } : {}),
    ...(document.title === undefined ? {} : { title: document.title }),
    ...(document.date === undefined ? {} : { date: document.date }),
    ...(document.declared ? { declared: true } : {}),
    source,
    text: document.text,
    sections: document.sections,
    metaRanges: document.metaRanges,
  };
}
