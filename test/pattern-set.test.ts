import { describe, expect, it } from 'vitest';
import { contactDetails } from '../src/lexicon/index.js';
import { MatchSubject, PatternSet } from '../src/text/pattern.js';

describe('PatternSet.first', () => {
  // One case-insensitive and one case-sensitive expression: first() must pick across both as matches() orders them.
  const mixed = new PatternSet(['tietosuoja*', 'cs:EU', 'cs:EU-alue']);

  it.each([
    ['EU-alueella ja tietosuojasta', 0],
    ['Tietosuojaseloste EU', 0],
    ['Lue EU ja tietosuoja', 4],
    ['ei mitään', undefined],
  ])('is matches()[0] in %j', (text, start) => {
    const subject = new MatchSubject(text);
    expect(mixed.first(subject)).toEqual(mixed.matches(subject)[0]);
    expect(mixed.first(subject)?.start).toBe(start);
    expect(mixed.test(subject)).toBe(start !== undefined);
  });

  it('takes the longer of two matches that start together, as matches() keeps it', () => {
    const set = new PatternSet(['re:eu', 'cs:EU-alue']);
    expect(set.first('EU-alue')).toEqual({ start: 0, end: 7 });
    expect(set.matches('EU-alue')).toEqual([{ start: 0, end: 7 }]);
  });

  it('searches only its range, with offsets in the whole text', () => {
    const set = new PatternSet(['oikeus']);
    const text = 'oikeus. Sinulla on oikeus.';
    expect(set.first(text, 2)).toEqual({ start: 19, end: 25 });
    expect(set.first(text, 2, 18)).toBeUndefined();
  });
});

describe('PatternSet.matchesInRanges', () => {
  const rights = new PatternSet(['oikeus ... korjata', 'tarkastusoikeu*']);
  const text = 'Sinulla on tarkastusoikeus. Tietoja säilytetään vuoden. Sinulla on oikeus pyytää korjata tiedot. Loppu.';
  const sentences = [...text.matchAll(/[^.]+\./g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));

  it('gives what matches() gives range by range, for ranges between words', () => {
    const subject = new MatchSubject(text);
    expect(rights.matchesInRanges(subject, sentences)).toEqual(sentences.flatMap((range) => rights.matches(subject, range.start, range.end)));
    expect(rights.matchesInRanges(subject, sentences)).toHaveLength(2);
  });

  it('finds nothing in ranges the matches do not reach, and a match across two ranges in neither', () => {
    const subject = new MatchSubject(text);
    expect(rights.matchesInRanges(subject, [sentences[1] as { start: number; end: number }])).toEqual([]);
    const split = new MatchSubject('Sinulla on oikeus. Voit korjata tiedot.');
    expect(
      rights.matchesInRanges(split, [
        { start: 0, end: 18 },
        { start: 18, end: 39 },
      ]),
    ).toEqual([]);
  });

  it('searches the whole text once per pattern set and subject', () => {
    const subject = new MatchSubject(text);
    expect(subject.matchesOf(rights)).toBe(subject.matchesOf(rights));
  });
});

describe('PatternSet.union', () => {
  it('matches wherever any of its sets does, in text order', () => {
    const union = PatternSet.union([new PatternSet(['mailchimp*']), new PatternSet(['google analytics*', 'cs:GA4'])]);
    expect(union.matches(new MatchSubject('Käytämme Google Analyticsia (GA4) ja Mailchimpia.'))).toEqual([
      { start: 9, end: 27 },
      { start: 29, end: 32 },
      { start: 37, end: 48 },
    ]);
  });
});

describe('contact details', () => {
  it('finds an e-mail address from its first character, not from inside it', () => {
    const text = 'Yhteys: tietosuoja.vastaava@example-yhtio.fi tai puh. 040 123 4567';
    expect(
      contactDetails()
        .matches(text)
        .map(({ start, end }) => text.slice(start, end)),
    ).toEqual(['tietosuoja.vastaava@example-yhtio.fi', 'puh. 040 123 4567']);
  });
});
