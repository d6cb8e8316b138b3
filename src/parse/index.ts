import { detectLanguage, languagePack } from '../lexicon/index.js';
import type { Language, Notice, Profile, SourceKind } from '../model/types.js';
import { formatFor, formatNamed, type NoticeFormat } from '../formats/index.js';
import type { ParsedDocument } from './document.js';

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

/** The format name a file is read as, by its ending (src/formats). */
export function kindOf(path: string): SourceKind {
  return formatFor(path).name;
}

async function parseDocument(source: string, format: NoticeFormat, language: Language): Promise<ParsedDocument> {
  return format.parse(source, languagePack(language));
}

/** Source text → canonical Notice. Throws ParseError for input that cannot be a notice (invalid YAML). */
export async function parseNotice(source: string, kind: SourceKind, options: ParseOptions = {}): Promise<Notice> {
  const format = formatNamed(kind);
  format.checkStructure(source);
  const requested = options.language && options.language !== 'auto' ? options.language : undefined;
  const configured = options.defaultLanguage && options.defaultLanguage !== 'auto' ? options.defaultLanguage : undefined;
  const guessed = requested ?? configured ?? detectLanguage(source);
  let document = await parseDocument(source, format, guessed);
  // Metadata may name another language than the text suggested: parse again with its lexicon.
  const language = requested ?? document.language ?? guessed;
  if (language !== guessed) document = await parseDocument(source, format, language);
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
