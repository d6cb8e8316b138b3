import type { Notice, TransferFact } from '../model/types.js';

/** Longest quote of a transfer statement a message carries; longer ones are cut at a word. */
const MAX_QUOTE = 100;

function shortened(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTE) return flat;
  const cut = flat.slice(0, MAX_QUOTE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2))} …`;
}

/**
 * The statement a transfer finding without a service quotes: its whole sentence, since the
 * phrase alone ("EU:n tai ETA:n ulkopuolella") says little.
 */
export function transferStatement(notice: Notice, fact: TransferFact): string {
  const range = fact.statement ?? fact.range;
  return shortened(notice.text.slice(range.start, range.end));
}

/** Findings about one service or one phrase are reported once. */
export function transferKey(notice: Notice, fact: TransferFact): string {
  return (fact.name ?? notice.text.slice(fact.range.start, fact.range.end).replace(/\s+/g, ' ')).toLowerCase();
}
