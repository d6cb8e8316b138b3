import type { ElementId, Range, Section } from './types.js';

/** Sentence-like spans of masked text: split at . ! ? before white space, at tabs, at blank lines and before list items. */
export function sentences(text: string, start: number, end: number): Range[] {
  const spans: Range[] = [];
  const boundary = /[.!?](?=\s)|\t|\n[ \t]*(?:\r?\n|(?=[-*•·–]\s|\d{1,2}[.)]\s))|\r?\n(?=[ \t]*\r?\n)/g;
  const slice = text.slice(start, end);
  let position = 0;
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    const stop = match.index + match[0].length;
    if (slice.slice(position, stop).trim() !== '') spans.push({ start: start + position, end: start + stop });
    position = stop;
  }
  if (slice.slice(position).trim() !== '') spans.push({ start: start + position, end });
  return spans;
}

/** The sections of a notice, with the questions rules ask of them. */
export class SectionScope {
  constructor(readonly sections: readonly Section[]) {}

  private splitSentences: Range[] | undefined;

  /**
   * Sentences of the section bodies, or of the whole text when the notice has no sections: split
   * once per notice (`text` is always that notice's masked text) for every fact family to share.
   */
  noticeSentences(text: string): Range[] {
    this.splitSentences ??= this.sections.length > 0 ? this.bodies().flatMap((body) => sentences(text, body.start, body.end)) : sentences(text, 0, text.length);
    return this.splitSentences;
  }

  /** Sections naming any of `elements`, each followed by its deeper-level sub-sections. */
  withElements(elements: readonly ElementId[], includeSubsections = true): Section[] {
    const found: Section[] = [];
    this.sections.forEach((section, index) => {
      if (!section.elements.some((element) => elements.includes(element))) return;
      found.push(section);
      if (!includeSubsections) return;
      for (const next of this.sections.slice(index + 1)) {
        if (next.level <= section.level || next.heading === '') break;
        if (!found.includes(next)) found.push(next);
      }
    });
    return found;
  }

  has(element: ElementId): boolean {
    return this.sections.some((section) => section.elements.includes(element));
  }

  /** The section whose heading or body holds `offset`. */
  at(offset: number): Section | undefined {
    return this.sections.find(
      (section) =>
        (offset >= section.headingRange.start && offset < section.headingRange.end) || (offset >= section.bodyRange.start && offset < section.bodyRange.end),
    );
  }

  bodies(sections: readonly Section[] = this.sections): Range[] {
    return sections.map((section) => section.bodyRange).filter((range) => range.end > range.start);
  }
}
