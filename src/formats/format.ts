import type { LanguagePack } from '../lexicon/index.js';
import type { Place, Range, Section } from '../model/types.js';
import type { ParsedDocument } from '../parse/document.js';

/**
 * How a format writes comments, so that inline directives (`noticelint-disable …`) are found
 * where the format hides text from its reader, and nowhere else.
 */
export type CommentSyntax =
  /** `<!-- … -->`, possibly over several lines. */
  | { kind: 'html' }
  /** From `marker` (at the start of a line or after a blank) to the end of the line, like YAML's `#`. */
  | { kind: 'line'; marker: string };

/** A 1-based position as the format's users count: line and column for text, or, say, paragraph and character. */
export interface Position {
  line: number;
  column: number;
  /** How a reader of a document without lines finds the place (DOCX paragraph, PDF page and line). */
  place?: Place;
}

/** Turns offsets into the linted text into positions (`LineIndex` is the one for text files). */
export interface Locator {
  position(offset: number): Position;
}

/** What a format needs to say which parts of a parsed notice a reader sees as typed. */
export interface ProseSource {
  source: string;
  sections: readonly Section[];
}

/**
 * One input format: everything that differs between Markdown, YAML and plain text (and, next,
 * HTML, DOCX, PDF) lives behind this object; the pipeline after `parse` only sees the model.
 */
export interface NoticeFormat {
  /** Stable name, stored as `Notice.kind` and shown in `print-model`. */
  readonly name: string;
  /** Lower-case file name endings with the dot (".md"); the first format claiming one wins. */
  readonly extensions: readonly string[];
  /**
   * Throws a ParseError at the first structure no notice has and the parser could choke on
   * (hostile nesting, tens of thousands of headings), before `parse` runs.
   */
  checkStructure(source: string): void;
  /**
   * For a binary format (DOCX, PDF): the file's bytes → the source text `parse` reads, carrying
   * what `locate` needs (paragraph or page boundaries) in that text. Such a file is never read
   * through the text decoder, never written by --fix, and not read from standard input. Throws
   * an UnreadableFileError (src/read/decode.ts) for a file it cannot read: corrupt, encrypted, no text.
   */
  decode?(bytes: Uint8Array): Promise<string>;
  /** Source text → sections, metadata and the text with markup blanked, character for character. */
  parse(source: string, pack: LanguagePack): ParsedDocument | Promise<ParsedDocument>;
  /** Where inline directives may stand. */
  readonly comments: CommentSyntax;
  /** The format renders Markdown syntax, so Markdown still visible in the parsed text was not rendered. */
  readonly rendersMarkdown: boolean;
  /** Ranges of the source a reader sees as typed, where an HTML tag or entity is a leftover, not markup. */
  literalRanges(notice: ProseSource): Range[];
  /**
   * Positions in the format's own terms, for a format whose source is not line-oriented text
   * (a document converted from DOCX or PDF). Without it, positions are lines and columns of the source.
   */
  locate?(source: string): Locator;
}
