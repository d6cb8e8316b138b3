/**
 * One object per linted file, in the manner of ESLint's SourceCode: the text, the one line index
 * every position is computed with, the language pack, and the facts, each family extracted on
 * first use and kept with this file (never in module state shared between files).
 */
import { findDirectives, type Directive } from '../directives.js';
import { formatNamed, locatorFor } from '../formats/index.js';
import type { Locator } from '../formats/format.js';
import { languagePack, type LanguagePack } from '../lexicon/index.js';
import type { Facts, Notice, Range } from '../model/types.js';
import { LineIndex } from '../text/lines.js';
import { MatchSubject } from '../text/pattern.js';
import { lazyFacts } from './facts.js';

export class NoticeSource {
  readonly lines: LineIndex;
  /** Where findings stand, in the format's terms: lines and columns, or its own (formats/format.ts). */
  readonly locator: Locator;
  readonly pack: LanguagePack;
  readonly facts: Facts;
  /** The notice's text (markup blanked) for pattern sets, lower-cased once for all of them. */
  readonly subject: MatchSubject;

  constructor(readonly notice: Notice) {
    this.lines = new LineIndex(notice.source);
    this.locator = locatorFor(formatNamed(notice.kind), notice.source, this.lines);
    this.pack = languagePack(notice.language);
    this.subject = new MatchSubject(notice.text);
    this.facts = lazyFacts({
      text: notice.text,
      subject: this.subject,
      sections: notice.sections,
      pack: this.pack,
      lines: this.lines,
      ...(notice.date ? { metadataDate: notice.date } : {}),
      ...(notice.metaRanges.date ? { metadataDateRange: notice.metaRanges.date } : {}),
    });
  }

  private foundDirectives: Directive[] | undefined;

  /** The notice's inline disable comments, found once for the linter and for rules that must not read them as text. */
  get directives(): readonly Directive[] {
    this.foundDirectives ??= findDirectives(this.notice.source, this.notice.kind, this.locator);
    return this.foundDirectives;
  }

  /** Whether `range` is exactly one of the notice's directive comments. */
  isDirective(range: Range): boolean {
    return this.directives.some((directive) => directive.range.start === range.start && directive.range.end === range.end);
  }

  /** The file text, as decoded. */
  get text(): string {
    return this.notice.source;
  }

  /** The original text of a range ("the whole file" without one). */
  getText(range?: Range): string {
    return range ? this.notice.source.slice(range.start, range.end) : this.notice.source;
  }
}
