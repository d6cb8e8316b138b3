import type { Language, Profile, Range, Section } from '../model/types.js';
import { coreMessage, type MessageData } from '../rules/messages.js';

/** What every parser produces; facts are extracted from it afterwards. */
export interface ParsedDocument {
  /** `source` with markup blanked, character for character. */
  text: string;
  sections: Section[];
  title?: string;
  language?: Language;
  profile?: Profile;
  date?: string;
  /** The file says it is a notice: Markdown front matter with a `noticelint` key, or a YAML notice. */
  declared?: boolean;
  metaRanges: Partial<Record<'date' | 'title' | 'language' | 'profile', Range>>;
}

/**
 * A problem that stops a file from being linted (invalid YAML, schema errors). It carries its
 * catalogue entry and data, so the engine can word it in the user's language; `message` is English.
 */
export class ParseError extends Error {
  readonly template: string;
  readonly data: MessageData;
  readonly endOffset: number;

  constructor(
    readonly messageId: string,
    readonly offset: number,
    options: { template?: string; data?: MessageData; endOffset?: number } = {},
  ) {
    const template = options.template ?? messageId;
    super(coreMessage('en', template, options.data));
    this.template = template;
    this.data = options.data ?? {};
    this.endOffset = options.endOffset ?? offset;
  }

  localized(locale: Language): string {
    return coreMessage(locale, this.template, this.data);
  }
}

/** Heading number at the start of a heading: "5.", "13.2", "13.2." */
const NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?(?=\s)/;

export function splitHeadingNumber(heading: string): { number?: string; rest: string; numberLength: number } {
  const match = NUMBER.exec(heading);
  if (!match?.[1]) return { rest: heading, numberLength: 0 };
  const rest = heading.slice(match[0].length);
  return { number: match[1], rest: rest.trim(), numberLength: match[0].length + (rest.length - rest.trimStart().length) };
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A label line ("Oikeusperuste:", "Lagringstid:") reads as a heading only when this short. */
export const MAX_LABEL_WORDS = 6;

/** Marks a body whose end is the start of the next heading, set by closeBodies. */
export const OPEN = -1;

/** Sets each open body to run to the start of the next section (`starts` is aligned with `sections`), or to `end`. */
export function closeBodies(sections: Section[], end: number, starts: number[]): void {
  sections.forEach((section, index) => {
    if (section.bodyRange.end !== OPEN) return;
    section.bodyRange.end = Math.max(section.bodyRange.start, starts[index + 1] ?? end);
  });
}
