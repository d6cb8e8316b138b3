import { describe, expect, it } from 'vitest';
import { DATA } from '../src/generated/data.js';
import { PACKS, PROCESSOR_PATTERNS } from '../src/generated/packs.js';
import { compileLanguagePack, compileProcessorPatterns, revive } from '../src/lexicon/compile.js';
import { knownProcessors, languagePack } from '../src/lexicon/index.js';
import { LANGUAGES } from '../src/model/types.js';
import { PatternSet } from '../src/text/pattern.js';

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the packs the build embeds', () => {
  it.each(LANGUAGES)('%s: are what compiling the lexicon gives now', (language) => {
    expect(PACKS[language]).toEqual(asJson(compileLanguagePack(DATA.languages[language], DATA.commonTemplates)));
  });

  it('processor names: are what compiling rules/processors.yaml gives now', () => {
    expect(PROCESSOR_PATTERNS).toEqual(asJson(compileProcessorPatterns(DATA.processors, DATA.nameEndings)));
  });

  it.each(LANGUAGES)('%s: revive into pattern sets that match as the compiled ones do', (language) => {
    const pack = languagePack(language);
    const compiled = compileLanguagePack(DATA.languages[language], DATA.commonTemplates);
    expect(pack.detect).toBeInstanceOf(PatternSet);
    const sample = DATA.languages[language].detect.join(' ');
    expect(pack.detect.matches(sample)).toEqual(compiled.detect.matches(sample));
    expect(asJson(pack)).toEqual(asJson(compiled));
  });

  it('revive keeps plain values and rebuilds nested sets in arrays', () => {
    const revived = revive<{ name: string; sets: [string, PatternSet][] }>({
      name: 'x',
      sets: [['a', { expressions: [{ source: 'abc', caseSensitive: false }] }]],
    });
    expect(revived.name).toBe('x');
    expect(revived.sets[0]?.[1].test('ABC')).toBe(true);
    expect(knownProcessors().every(({ patterns }) => patterns instanceof PatternSet)).toBe(true);
  });
});
