/**
 * The rule context (as ESLint's context + sourceCode): one source object per file with one line
 * index and facts extracted on first use; rules that silence others say so in meta; a report the
 * rule's meta does not declare throws where it is made (strict mode, on in tests).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeSource } from '../src/analysis/source.js';
import { activeRules, runRules, type ActiveRule } from '../src/linter.js';
import { parseNotice } from '../src/parse/index.js';
import { RULES } from '../src/rules/index.js';
import type { Report, Rule, RuleContext, RuleMeta } from '../src/rules/rule.js';
import { MatchSubject, PatternSet } from '../src/text/pattern.js';
import { legalBasisReference } from '../src/lexicon/index.js';
import { REFERENCE_DATE } from './helpers.js';

const NOTICE = '## Oikeudet\n\nSinulla on oikeus tarkastaa tietosi.\n\n## Säilytysaika\n\nTietoja säilytetään 2 vuotta.\n';

async function sourceOf(text: string): Promise<NoticeSource> {
  return new NoticeSource(await parseNotice(text, 'markdown', { language: 'fi' }));
}

/**
 * A rule made for the test under a real rule's id (for its catalogue entries): `reports` are what
 * it reports on every notice, `meta` its flags.
 */
function madeRule(meta: Partial<RuleMeta> & Pick<RuleMeta, 'id' | 'messageIds'>, reports: readonly Report[]): ActiveRule {
  const rule: Rule = {
    meta: { defaultSeverity: 'error', article: '13', ...meta },
    check: ({ report }) => {
      for (const entry of reports) report(entry);
    },
  };
  return { rule, severity: 2, options: {} };
}

describe('the source object', () => {
  it('extracts a fact family on first use only, then keeps it', async () => {
    const source = await sourceOf(NOTICE);
    const unread = (family: string): boolean => typeof Object.getOwnPropertyDescriptor(source.facts, family)?.get === 'function';
    expect([unread('rights'), unread('retention'), unread('transfers')]).toEqual([true, true, true]);
    const rights = source.facts.rights;
    expect(rights.map((fact) => fact.right)).toEqual(['access']);
    expect([unread('rights'), unread('retention'), unread('transfers')]).toEqual([false, true, true]);
    expect(source.facts.rights).toBe(rights);
  });
  it('keeps facts per file, not between files', async () => {
    const [first, second] = [await sourceOf(NOTICE), await sourceOf('## Oikeudet\n\nSinulla on oikeus oikaista tietosi.\n')];
    expect(first.facts.rights.map((fact) => fact.right)).toEqual(['access']);
    expect(second.facts.rights.map((fact) => fact.right)).toEqual(['rectification']);
  });
  it('gives the original text of a range and positions from its one line index', async () => {
    const source = await sourceOf(NOTICE);
    const start = NOTICE.indexOf('Säilytysaika');
    expect(source.getText({ start, end: start + 'Säilytysaika'.length })).toBe('Säilytysaika');
    expect(source.getText()).toBe(NOTICE);
    expect(source.lines.position(start)).toEqual({ line: 5, column: 4 });
  });
  it('is the one every rule of a run gets, with the language pack of the notice', async () => {
    const notice = await parseNotice(NOTICE, 'markdown', { language: 'fi' });
    const seen: RuleContext[] = [];
    const spy = (id: string): ActiveRule => ({
      rule: { meta: { id, defaultSeverity: 'error', article: '13', messageIds: [] }, check: (context) => void seen.push(context) },
      severity: 2,
      options: {},
    });
    runRules(notice, { now: REFERENCE_DATE }, [spy('a'), spy('b')]);
    expect(seen).toHaveLength(2);
    expect(new Set(seen.map((context) => context.source)).size).toBe(1);
    expect(seen.map((context) => [context.source.notice === notice, context.pack === context.source.pack, context.pack.language])).toEqual([
      [true, true, 'fi'],
      [true, true, 'fi'],
    ]);
  });
});

describe('a rule that claims its section (meta.claimsSection)', () => {
  const bodyStart = NOTICE.indexOf('Sinulla');
  const inRights = { start: bodyStart, end: bodyStart + 7 };
  const inRetention = { start: NOTICE.indexOf('Tietoja'), end: NOTICE.indexOf('Tietoja') + 7 };
  it('drops the findings of content rules in that section, and keeps the rest', async () => {
    const notice = await parseNotice(NOTICE, 'markdown', { language: 'fi' });
    // vague-language claims here only by the test's meta: the linter follows meta, not ids.
    const rules = [
      madeRule({ id: 'vague-language', messageIds: ['vague'], claimsSection: true }, [{ messageId: 'vague', range: inRights, data: { phrase: 'x' } }]),
      madeRule({ id: 'outdated-reference', messageIds: ['outdated'], judgesContent: true }, [
        { messageId: 'outdated', range: inRights, data: { phrase: 'x', hint: 'y' } },
        { messageId: 'outdated', range: inRetention, data: { phrase: 'x', hint: 'y' } },
      ]),
      madeRule({ id: 'html-remnant', messageIds: ['remnant'] }, [{ messageId: 'remnant', range: inRights, data: { phrase: 'x' } }]),
    ];
    const findings = runRules(notice, { now: REFERENCE_DATE, locale: 'en' }, rules).map((finding) => [finding.ruleId, finding.line]);
    expect(findings).toEqual([
      ['html-remnant', 3],
      ['vague-language', 3],
      ['outdated-reference', 7],
    ]);
  });
  it('without the claim, content findings stay', async () => {
    const notice = await parseNotice(NOTICE, 'markdown', { language: 'fi' });
    const rules = [
      madeRule({ id: 'vague-language', messageIds: ['vague'] }, [{ messageId: 'vague', range: inRights, data: { phrase: 'x' } }]),
      madeRule({ id: 'outdated-reference', messageIds: ['outdated'], judgesContent: true }, [
        { messageId: 'outdated', range: inRights, data: { phrase: 'x', hint: 'y' } },
      ]),
    ];
    expect(runRules(notice, { now: REFERENCE_DATE, locale: 'en' }, rules).map((finding) => finding.ruleId)).toEqual(['outdated-reference', 'vague-language']);
  });
  it("the linter names no rule: which rule silences which is in the rules' meta", () => {
    const linter = readFileSync(join(import.meta.dirname, '..', 'src', 'linter.ts'), 'utf8');
    expect(RULES.map((rule) => rule.meta.id).filter((id) => linter.includes(`'${id}'`))).toEqual([]);
    expect(RULES.filter((rule) => rule.meta.claimsSection).map((rule) => rule.meta.id)).toEqual(['template-leftover']);
  });
});

describe('report() in strict mode', () => {
  async function run(meta: Partial<RuleMeta>, report: Report): Promise<void> {
    const notice = await parseNotice(NOTICE, 'markdown', { language: 'fi' });
    const [real] = activeRules({ 'vague-language': 'error' }).filter((active) => active.rule.meta.id === 'vague-language');
    if (!real) throw new Error('vague-language is not on');
    // A real rule's catalogue entries (vague-language.vague: "… {phrase} …"), with a report of the test's making.
    const rule: Rule = { meta: { ...real.rule.meta, ...meta }, check: ({ report: reportTo }) => reportTo(report) };
    runRules(notice, { now: REFERENCE_DATE }, [{ ...real, rule }]);
  }
  it("throws on a messageId the rule's meta does not declare", async () => {
    await expect(run({}, { messageId: 'vaguer', range: { start: 0, end: 1 }, data: { phrase: 'x' } })).rejects.toThrow(
      /vague-language reported messageId "vaguer"/,
    );
  });
  it('throws on an unfilled placeholder', async () => {
    await expect(run({}, { messageId: 'vague', range: { start: 0, end: 1 } })).rejects.toThrow(/Placeholder \{phrase\}/);
  });
  it('throws on a related location the meta does not declare', async () => {
    const related = [{ range: { start: 0, end: 1 }, messageId: 'basis' }];
    await expect(run({}, { messageId: 'vague', range: { start: 0, end: 1 }, data: { phrase: 'x' }, related })).rejects.toThrow(/related messageId "basis"/);
  });
  it('accepts a declared, filled report', async () => {
    await expect(run({}, { messageId: 'vague', range: { start: 0, end: 1 }, data: { phrase: 'x' } })).resolves.toBeUndefined();
  });
});

describe('no matching state kept between texts', () => {
  it('a pattern set matches a prepared subject as it matches the plain text, whatever was matched before', () => {
    const patterns = new PatternSet(['säilytetään', 'GDPR']);
    const text = 'Tietoja SÄILYTETÄÄN kaksi vuotta (GDPR).';
    const other = 'Muuta tekstiä, jossa säilytetään myös.';
    const expected = [
      { start: 8, end: 19 },
      { start: 34, end: 38 },
    ];
    expect(patterns.matches(text)).toEqual(expected);
    expect(patterns.matches(other)).toEqual([{ start: 21, end: 32 }]);
    expect(patterns.matches(new MatchSubject(text))).toEqual(expected);
    expect(patterns.matches(new MatchSubject(text), 20)).toEqual([expected[1]]);
    expect(patterns.matches(text, 20)).toEqual([expected[1]]);
  });
  it('the source object keeps the lower-cased copy; pattern.ts keeps none', async () => {
    const source = await sourceOf('## Säilytysaika\n\nTIETOJA SÄILYTETÄÄN 2 vuotta.\n');
    expect(source.subject.lower).toBe(source.notice.text.toLowerCase());
    const module = readFileSync(join(import.meta.dirname, '..', 'src', 'text', 'pattern.ts'), 'utf8');
    expect(module.match(/^let /gm)).toBeNull();
  });
  it('each call gives a fresh Art. 6(1) reference expression, its position at the start', () => {
    const first = legalBasisReference();
    expect(first.exec('Art. 6(1)(a) ja 6(1)(f)')?.[1]).toBe('a');
    expect(first.lastIndex).toBeGreaterThan(0);
    const second = legalBasisReference();
    expect(second).not.toBe(first);
    expect(second.lastIndex).toBe(0);
    expect(second.exec('6(1)(c)')?.[1]).toBe('c');
  });
  it('rules reach the disable comments through the source object, never through directives.ts', async () => {
    const folder = join(import.meta.dirname, '..', 'src', 'rules');
    const importing = readdirSync(folder).filter((file) => readFileSync(join(folder, file), 'utf8').includes("from '../directives.js'"));
    expect(importing).toEqual([]);
    const notice = await parseNotice('Seloste\n\n<!-- noticelint-disable html-remnant -->\n<p>x</p>\n', 'text', { language: 'fi' });
    const source = new NoticeSource(notice);
    expect(source.directives.map((directive) => [directive.kind, directive.line, directive.range.start])).toEqual([['disable', 3, 9]]);
    expect(source.directives).toBe(source.directives);
    expect(source.isDirective({ start: 9, end: 49 })).toBe(true);
    expect(source.isDirective({ start: 50, end: 53 })).toBe(false);
  });
});
