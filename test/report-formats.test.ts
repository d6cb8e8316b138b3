/**
 * `--format checklist` and `--format html`: the element matrix as Markdown and as one
 * self-contained page. The browser test (test/report-browser.test.ts) opens the page itself.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatChecklist, markdownText } from '../src/formatters/checklist.js';
import { escapeHtml, formatHtml } from '../src/formatters/html.js';
import { lintText } from '../src/linter.js';
import type { LintResult } from '../src/lint-types.js';
import { REFERENCE_DATE, runCli, tempTree } from './helpers.js';
import { NORTHWIND_LINES } from './northwind-notice.js';

const root = join(import.meta.dirname, '..');

const NOTICE = NORTHWIND_LINES.join('\n');

/** A notice whose text tries to run script and break out of tables and attributes. */
const HOSTILE = `${NOTICE.replace('We process the data', 'We process | *bold* "quoted" \'single\' & more data')}\n## Recipients <script>window.pwned = true</script>\n`;

async function lint(source: string, filePath: string): Promise<LintResult> {
  return lintText(source, filePath, { now: REFERENCE_DATE });
}

describe('checklist format', () => {
  it('gives each notice a table of elements: element, article, requirement, status, line, findings', async () => {
    const output = formatChecklist([await lint(NOTICE, 'notices/a.md')], 'en');
    const lines = output.split('\n');
    expect(lines).toContain('## notices/a.md');
    expect(lines).toContain('Language: English. Profile: art13.');
    expect(lines).toContain('| Element | GDPR | Requirement | Status | Line | Findings |');
    expect(lines).toContain("| the controller's identity and contact details | Art. 13(1)(a), 14(1)(a) | required | present | 3 | |");
    expect(lines).toContain('| the retention period | Art. 13(2)(a) | required | defective | 15 | `retention-period` |');
    expect(lines).toContain("| the data protection officer's contact details | Art. 13(1)(b) | recommended | missing | | `recommended-section` |");
    expect(lines).toContain('| the source of the data | Art. 14(2)(f) | optional | not given | | |');
    expect(lines).toContain('### Findings in notices/a.md');
    expect(lines.find((line) => line.includes('`retention-period`') && line.startsWith('- line 17'))).toMatch(/ — “as long as necessary”$/);
  });

  it('says "missing", not "not given", for an optional element a finding says is owed', async () => {
    const source = NOTICE.replace('Consent, GDPR Art. 6(1)(a).', 'Our legitimate interests, GDPR Art. 6(1)(f).');
    const lines = formatChecklist([await lint(source, 'a.md')], 'en').split('\n');
    expect(lines).toContain('| the legitimate interests pursued | Art. 13(1)(d) | optional | missing | | `legal-basis` |');
  });

  it('is in the locale asked for', async () => {
    const output = formatChecklist([await lint(NOTICE, 'a.md')], 'fi');
    expect(output).toContain('| Tieto | Artikla | Vaatimus | Tila | Rivi | Havainnot |');
    expect(output).toContain('| säilytysaika | 13 art. 2 a | pakollinen | puutteellinen | 15 | `retention-period` |');
  });

  it('is the same whatever order the notices were linted in', async () => {
    const results = [await lint(NOTICE, 'b.md'), await lint(HOSTILE, 'a.md')];
    const forwards = formatChecklist(results, 'en');
    expect(formatChecklist([...results].reverse(), 'en')).toBe(forwards);
    expect(forwards.indexOf('## a.md')).toBeLessThan(forwards.indexOf('## b.md'));
  });

  it("escapes the notice's Markdown and HTML, so its text stays text", async () => {
    expect(markdownText('<script>a|b</script> *x* see https://x.fi or www.x.fi, a@b.fi')).toBe(
      '\\<script\\>a\\|b\\</script\\> \\*x\\* see https\\://x.fi or www\\.x.fi, a\\@b.fi',
    );
    const output = formatChecklist([await lint(`${NOTICE}\n<b>bold</b>\n`, 'notices/x_y.md')], 'en');
    expect(output).toContain('## notices/x\\_y.md');
    expect(output).not.toMatch(/<b>/);
  });

  it('names files that could not be checked, with their findings', async () => {
    const output = formatChecklist([await lint('notice: [unclosed', 'broken.yaml')], 'en');
    expect(output).toContain('## broken.yaml\n\nnot checked\n\n### Findings in broken.yaml\n\n- line 1, error: ');
    expect(output).not.toContain('| Element |');
  });

  it('lists suppressed findings with the reason given', async () => {
    const source = NOTICE.replace('The data is kept', '<!-- noticelint-disable-next-line retention-period -- agreed with legal -->\nThe data is kept');
    const output = formatChecklist([await lint(source, 'a.md')], 'en');
    expect(output).toContain('| the retention period | Art. 13(2)(a) | required | suppressed | 15 | `retention-period` |');
    expect(output).toMatch(
      /### Suppressed findings in a\.md\n\n- line 18, error: .* \(`retention-period`\) — “as long as necessary” — suppressed: agreed with legal\n/,
    );
  });

  it('lints clean with markdownlint-cli2 for the seeds and the corpus, hostile text included', async () => {
    const folder = await tempTree({ 'hostile.md': HOSTILE });
    const run = await runCli(
      ['-f', 'checklist', '--reference-date', '2026-11-22', join(root, 'fixtures/seeds'), join(root, 'fixtures/corpus/notices'), folder],
      root,
    );
    expect(run.code).toBe(1);
    const file = join(folder, 'checklist.md');
    writeFileSync(file, run.stdout);
    const markdownlint = spawnSync(process.execPath, [join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), 'checklist.md'], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(`${markdownlint.stdout}${markdownlint.stderr}`).toContain('Summary: 0 error(s)');
    expect(markdownlint.status).toBe(0);
  });
});

describe('html format', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it("holds a notice's <script> as text, never as markup", async () => {
    const page = formatHtml([await lint(HOSTILE, 'notices/<script>.md')], 'en');
    expect(page).not.toContain('<script>window.pwned');
    expect(page).toContain('<q>Recipients &lt;script&gt;window.pwned = true&lt;/script&gt;</q>');
    expect(page).toContain('data-file="notices/&lt;script&gt;.md"');
    // The report's own script is the only one.
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('is self-contained: no external scripts, styles, fonts or images', async () => {
    const page = formatHtml([await lint(NOTICE, 'a.md')], 'en');
    expect(page).not.toMatch(/<link\b|<img\b|\bsrc=|@import|url\(|@font-face/i);
    expect(page).not.toMatch(/(?:href|src)="(?:https?:)?\/\//i);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
  });

  it('has a matrix table with caption, column and row headers, and the cells of the notice', async () => {
    const page = formatHtml([await lint(NOTICE, 'a.md')], 'en');
    expect(page).toContain('<caption>GDPR Art. 13/14 elements per notice:');
    expect(page).toContain('<th scope="col" data-element="retention">Retention<span class="article">Art. 13(2)(a)</span></th>');
    expect(page).toContain('<th scope="row"><a href="#notice-1">a.md</a></th>');
    expect(page).toContain(
      '<td class="cell status-defective req-required" data-element="retention" data-status="defective"><span class="status">defective</span><span class="line">line 15</span><span class="rules">retention-period</span></td>',
    );
    expect(page).toContain(
      '<td class="cell status-missing req-required" data-element="rights" data-status="missing"><span class="status">missing</span><span class="requirement">required</span><span class="rules">missing-right</span></td>',
    );
  });

  it('quotes each finding with file:line:column', async () => {
    const page = formatHtml([await lint(NOTICE, 'a.md')], 'en');
    expect(page).toMatch(
      /<li class="finding sev-error" data-rule="retention-period" data-severity="error"><span class="severity">error<\/span> <code class="location">a\.md:17:\d+<\/code> .*<span class="quote"><q>as long as necessary<\/q><\/span><\/li>/,
    );
  });

  it("marks the findings with their own language when it is not the page's", async () => {
    const seed = 'fixtures/seeds/001_0090e37146671056.txt';
    const page = formatHtml([await lint(readFileSync(join(root, seed), 'utf8'), seed)], 'en');
    expect(page).toMatch(/^<html lang="en">$/m);
    expect(page).toContain('<ul class="findings" lang="fi"><li class="finding');
  });

  it('has labelled filters, hidden until the script shows them, with the rules, severities and languages found', async () => {
    const page = formatHtml([await lint(NOTICE, 'a.md'), await lint(NOTICE.replace('# Privacy notice', '# Tietosuojaseloste'), 'b.md')], 'sv');
    expect(page).toContain('<section id="filters-section" aria-labelledby="filters-heading" hidden>');
    expect(page).toContain('<label for="filter-rule">Regel</label><select id="filter-rule" name="filter-rule"><option value="">alla</option>');
    expect(page).toContain('<option value="retention-period">retention-period</option>');
    expect(page).toContain(
      '<select id="filter-severity" name="filter-severity"><option value="">alla</option><option value="error">fel</option><option value="warning">varning</option></select>',
    );
    expect(page).toMatch(
      /<select id="filter-language" name="filter-language"><option value="">alla<\/option>(<option value="[a-z]+">[^<]+<\/option>)+<\/select>/,
    );
  });

  it('hides the filters and lays the table out to fit when printed', async () => {
    const page = formatHtml([await lint(NOTICE, 'a.md')], 'en');
    const print = page.slice(page.indexOf('@media print'));
    expect(print).toMatch(/#filters-section \{ display: none !important; \}/);
    expect(print).toMatch(/\.matrix \{ width: 100%; table-layout: fixed; \}/);
  });

  it('counts notices, errors, warnings, missing required elements and suppressed findings', async () => {
    const result = await lint(NOTICE, 'a.md');
    const page = formatHtml([result], 'en');
    expect(page).toContain('<div><dt>Notices</dt><dd>1</dd></div>');
    expect(page).toContain(`<div><dt>Errors</dt><dd>${result.errorCount}</dd></div>`);
    expect(page).toContain('<div><dt>Required elements missing</dt><dd>2</dd></div>');
  });
});

describe('the command line', () => {
  it('writes the html report to --output-file', async () => {
    const folder = await tempTree({ 'a.md': NOTICE });
    const run = await runCli(['-f', 'html', '-o', 'report.html', 'a.md'], folder);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('<th scope="row"><a href="#notice-1">a.md</a></th>');
  });

  it('lists html and checklist among the formats in --help', async () => {
    const run = await runCli(['--help'], root);
    expect(run.stdout).toMatch(/-f, --format <name>[^]*?"unix",\s+"html",\s+"checklist"/);
  });

  it('loads the two reports only when chosen, so one-notice start-up does not pay for them', () => {
    const index = readFileSync(join(root, 'src/formatters/index.ts'), 'utf8');
    expect(index).not.toMatch(/^import .*'\.\/(html|checklist)\.js'/m);
    expect(index).toContain("await import('./html.js')");
    expect(index).toContain("await import('./checklist.js')");
  });
});
