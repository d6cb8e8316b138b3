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

describe('MatchSubject.matchesOf', () => {
  it('searches the whole text once per pattern set, with the matches() result', () => {
    const rights = new PatternSet(['oikeus ... korjata', 'tarkastusoikeu*']);
    const subject = new MatchSubject('Sinulla on tarkastusoikeus. Sinulla on oikeus pyytää korjata tiedot.');
    expect(subject.matchesOf(rights)).toBe(subject.matchesOf(rights));
    expect(subject.matchesOf(rights)).toEqual(rights.matches(subject));
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
