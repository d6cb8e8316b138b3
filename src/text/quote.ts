/** Longest quote a report shows of a finding's text; longer ones are cut at a word with "…". */
export const MAX_QUOTE_LENGTH = 100;

/**
 * The source text from `start` to `end` as a report quotes it: whitespace runs collapsed to one
 * space, cut to `max` characters. Undefined for an empty range (a finding about something absent).
 */
export function quoteOf(source: string, start: number, end: number, max = MAX_QUOTE_LENGTH): string | undefined {
  const text = source.slice(start, end).replace(/\s+/g, ' ').trim();
  if (text === '') return undefined;
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const wordEnd = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${wordEnd > max / 2 ? cut.slice(0, wordEnd) : cut}…`;
}
