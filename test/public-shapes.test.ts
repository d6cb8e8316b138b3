/**
 * The shapes other code builds on, exactly: what a rule's context offers, what a lint result
 * carries (a worker posts it whole to the main thread), what a language pack holds. Members
 * nothing read were removed; these tests keep them from coming back unnoticed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../src/lint-files.js';
import { activeRules, runRules } from '../src/linter.js';
import { languagePack } from '../src/lexicon/index.js';
import * as scope from '../src/model/scope.js';
import { parseNotice } from '../src/parse/index.js';
import type { RuleContext } from '../src/rules/rule.js';
import { PatternSet } from '../src/text/pattern.js';
import { onlyRules, REFERENCE_DATE, tempTree } from './helpers.js';

const root = join(import.meta.dirname, '..');
const RESULT_KEYS = ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'warningCount'];
/** What a linted notice adds for the html and checklist reports (docs/reports.md); suppressedMessages only when a comment silenced something. */
const NOTICE_KEYS = ['elements', 'language', 'locale', 'profile'];

describe("lint results carry the summary, the findings and the notice's matrix row only", () => {
  it('a plain run', async () => {
    const folder = await tempTree({ 'a.md': '## Säilytysaika\n\nTietoja säilytetään niin kauan kuin on tarpeen.\n' });
    const result = await lintFile(join(folder, 'a.md'), { now: REFERENCE_DATE }, folder);
    expect(Object.keys(result).sort()).toEqual([...RESULT_KEYS, ...NOTICE_KEYS].sort());
    expect(result.filePath).toBe('a.md');
  });
  it('a --fix run that rewrote the file: the text is on disk, and in `output` as ESLint gives it', async () => {
    const source = 'Notice\n\n3. Rights\tA\n5. Retention\tB\n5. Transfers\tC\n';
    const folder = await tempTree({ 'a.txt': source });
    const result = await lintFile(
      join(folder, 'a.txt'),
      { now: REFERENCE_DATE, fix: true, language: 'en', rules: onlyRules({ 'section-numbering': 'warn' }) },
      folder,
    );
    expect(readFileSync(join(folder, 'a.txt'), 'utf8')).toBe(source.replace('5. Retention', '4. Retention'));
    expect(Object.keys(result).sort()).toEqual([...RESULT_KEYS, ...NOTICE_KEYS, 'output'].sort());
    expect(result.output).toBe(source.replace('5. Retention', '4. Retention'));
  });
  it('a run where a disable comment silenced a finding adds suppressedMessages', async () => {
    const folder = await tempTree({
      'a.md': '## Säilytysaika\n\n<!-- noticelint-disable-next-line retention-period -->\nTietoja säilytetään niin kauan kuin on tarpeen.\n',
    });
    const result = await lintFile(join(folder, 'a.md'), { now: REFERENCE_DATE }, folder);
    expect(Object.keys(result).sort()).toEqual([...RESULT_KEYS, ...NOTICE_KEYS, 'suppressedMessages'].sort());
  });
  it('a file that could not be read: no matrix row', async () => {
    const folder = await tempTree({ 'a.md': Buffer.from([0, 1, 2]) });
    const result = await lintFile(join(folder, 'a.md'), { now: REFERENCE_DATE }, folder);
    expect(Object.keys(result).sort()).toEqual([...RESULT_KEYS, 'locale'].sort());
  });
});

describe('a rule context', () => {
  it('offers the notice, its source object and language pack, options, date, profile, locale, covered elements and report', async () => {
    const notice = await parseNotice('## Rekisterinpitäjä\n\nOy Ab\n', 'markdown', { language: 'fi' });
    const [active] = activeRules(onlyRules({ 'empty-section': 'error' }));
    expect(active).toBeDefined();
    if (!active) return;
    const seen: RuleContext[] = [];
    runRules(notice, { now: REFERENCE_DATE }, [{ ...active, rule: { meta: active.rule.meta, check: (context) => void seen.push(context) } }]);
    expect(seen.map((context) => Object.keys(context).sort())).toEqual([
      ['coveredElements', 'locale', 'notice', 'now', 'options', 'pack', 'profile', 'report', 'source'],
    ]);
  });
});

describe('removed helpers stay removed', () => {
  it('scope has no whole(), PatternSet no isEmpty, a language pack no raw data', () => {
    expect(Object.keys(scope)).not.toContain('whole');
    expect('isEmpty' in new PatternSet(['x'])).toBe(false);
    expect(Object.keys(languagePack('sv'))).not.toContain('data');
  });
  it('no stray report.json committed at the repository root', () => {
    const tracked = spawnSync('git', ['ls-files', '--', 'report.json'], { cwd: root, encoding: 'utf8' });
    expect([tracked.status, tracked.stdout]).toEqual([0, '']);
  });
});
