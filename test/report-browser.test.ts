/**
 * The html report in a real browser: Debian's Chromium driven by playwright-core. It opens the
 * report of the seeds and the corpus (and one hostile notice), checks the matrix against the
 * `--format json` output of the same notices, filters by keyboard, runs axe-core, checks print
 * and no-script views, and saves a screenshot to test-output/report.png.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from '../src/formatters/index.js';
import { lintFiles } from '../src/lint-files.js';
import { REFERENCE_DATE } from './helpers.js';

const root = join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';
const OUTPUT = join(root, 'test-output');
const REPORT = join(OUTPUT, 'report.html');
const SCREENSHOT = join(OUTPUT, 'report.png');
const HOSTILE_NOTICE = join(OUTPUT, 'hostile-notice.md');

interface JsonMessage {
  ruleId: string | null;
  messageId: string;
  severity: 1 | 2;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}
interface MatrixCell {
  element: string;
  status: string;
  rules: string[];
  line: string;
}
interface MatrixRow {
  file: string;
  language: string;
  cells: MatrixCell[];
}

/** The notice whose text would run script if the report let it. */
const HOSTILE = [
  '# Privacy notice',
  '',
  '## Controller',
  '',
  'Northwind Ltd, Main Street 1, 00100 Helsinki, privacy@northwind.fi.',
  '',
  '## Purposes of processing',
  '',
  'We process the data to deliver the newsletter.',
  '',
  '## Recipients <script>window.pwned = true</script><img src=x onerror="window.pwned = true">',
  '',
].join('\n');

function noticesIn(folder: string, extension: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .map((name) => join(folder, name));
}

/** The page's window once axe-core's source is injected. */
interface AxeWindow {
  axe: { run: (options: { resultTypes: string[] }) => Promise<AxeResults> };
}

async function focusedId(): Promise<string | null> {
  return (await page.locator(':focus').count()) === 0 ? null : page.locator(':focus').getAttribute('id');
}

let browser: Browser;
let page: Page;
let json: JsonResult[];

async function matrixRows(): Promise<MatrixRow[]> {
  return page.$$eval('tr[data-notice]', (rows) =>
    rows.map((row) => ({
      file: row.getAttribute('data-file') ?? '',
      language: row.getAttribute('data-language') ?? '',
      cells: [...row.querySelectorAll('td[data-element]')].map((cell) => ({
        element: cell.getAttribute('data-element') ?? '',
        status: cell.getAttribute('data-status') ?? '',
        rules: (cell.querySelector('.rules')?.textContent ?? '').split(', ').filter(Boolean),
        line: cell.querySelector('.line')?.textContent ?? '',
      })),
    })),
  );
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing (${CHROMIUM}); the browser test needs Debian's chromium. As root run: ${INSTALL_CHROMIUM} (npm test's pretest does).`);
  }
  // Beside the report, so its path in the page (and in the screenshot) is the same on every run.
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(HOSTILE_NOTICE, HOSTILE);
  const notices = [...noticesIn(join(root, 'fixtures/seeds'), '.txt'), ...noticesIn(join(root, 'fixtures/corpus/notices'), '.md'), HOSTILE_NOTICE];
  // One run, two formats: the page and the json it is checked against come from the same results.
  const results = await lintFiles(notices, { now: REFERENCE_DATE }, root);
  const context = { color: false, cwd: root, version: '0' };
  json = JSON.parse(await format('json', results, context)) as JsonResult[];
  writeFileSync(REPORT, await format('html', results, context));
  browser = await chromium.launch({ executablePath: CHROMIUM });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`file://${REPORT}`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the html report in Chromium', () => {
  it('has one matrix row per notice of the json output, in path order', async () => {
    const rows = await matrixRows();
    expect(rows.map((row) => row.file)).toEqual(json.map((result) => result.filePath).sort());
    expect(rows.length).toBeGreaterThan(30);
  });

  it('shows the missing and defective cells the json findings make, and no other', async () => {
    const byFile = new Map(json.map((result) => [result.filePath, result.messages]));
    const problems: string[] = [];
    for (const row of await matrixRows()) {
      const messages = byFile.get(row.file) ?? [];
      const ruleIds = new Set(messages.map((message) => message.ruleId));
      for (const cell of row.cells) {
        const where = `${row.file} ${cell.element}`;
        // A section rule's messageId is the element it finds missing.
        const reportedMissing = messages.some(
          (message) => (message.ruleId === 'required-section' || message.ruleId === 'recommended-section') && message.messageId === cell.element,
        );
        if (reportedMissing && cell.status !== 'missing') problems.push(`${where}: json reports it missing, the cell says ${cell.status}`);
        if (cell.status === 'present' && (cell.rules.length > 0 || !/\d+$/.test(cell.line))) problems.push(`${where}: present without a line, or with rules`);
        if (cell.status === 'defective' && (cell.rules.length === 0 || !/\d+$/.test(cell.line))) problems.push(`${where}: defective without rules or line`);
        for (const rule of cell.status === 'suppressed' ? [] : cell.rules) {
          if (!ruleIds.has(rule)) problems.push(`${where}: cell names ${rule}, which json does not report`);
        }
      }
    }
    expect(problems).toEqual([]);
    const statuses = new Set((await matrixRows()).flatMap((row) => row.cells.map((cell) => cell.status)));
    expect([...statuses].sort()).toEqual(['defective', 'missing', 'present']);
  });

  it('counts the errors and warnings json counts', async () => {
    const count = async (label: string): Promise<number> => Number(await page.locator('#summary div', { hasText: label }).locator('dd').textContent());
    expect(await count('Errors')).toBe(json.reduce((sum, result) => sum + result.errorCount, 0));
    expect(await count('Warnings')).toBe(json.reduce((sum, result) => sum + result.warningCount, 0));
  });

  it("shows the hostile notice's script as quoted text and never runs it", async () => {
    expect(await page.evaluate(() => 'pwned' in globalThis)).toBe(false);
    await expect(page.locator('q', { hasText: '<script>window.pwned = true</script>' }).count()).resolves.toBe(1);
  });

  it('filters by language from the keyboard: other rows and notices hide', async () => {
    await page.locator('body').focus();
    for (let presses = 0; presses < 20; presses++) {
      if ((await focusedId()) === 'filter-language') break;
      await page.keyboard.press('Tab');
    }
    expect(await focusedId()).toBe('filter-language');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#filter-language').inputValue();
    expect(chosen).not.toBe('');
    const rows = await matrixRows();
    const matching = rows.filter((row) => row.language === chosen).length;
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(rows.length);
    await expect(page.locator('tr[data-notice]:visible').count()).resolves.toBe(matching);
    await expect(page.locator(`tr[data-notice]:visible:not([data-language="${chosen}"])`).count()).resolves.toBe(0);
    await expect(page.locator('section.notice:visible').count()).resolves.toBe(matching);
    await expect(page.locator('#filter-status').textContent()).resolves.toBe(`${matching} of ${rows.length} notices shown`);
    await page.locator('#filter-language').selectOption('');
    await expect(page.locator('tr[data-notice]:visible').count()).resolves.toBe(rows.length);
  });

  it('filters findings by rule: rows without that rule and other findings hide', async () => {
    await page.locator('#filter-rule').selectOption('retention-period');
    const withRule = json.filter((result) => result.messages.some((message) => message.ruleId === 'retention-period')).length;
    await expect(page.locator('tr[data-notice]:visible').count()).resolves.toBe(withRule);
    await expect(page.locator('li.finding:visible:not([data-rule="retention-period"])').count()).resolves.toBe(0);
    await page.locator('#filter-rule').selectOption('');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    // In the page, globalThis is the window axe-core was injected into.
    const results = await page.evaluate(() => (globalThis as unknown as AxeWindow).axe.run({ resultTypes: ['violations'] }));
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}× e.g. ${violation.nodes[0]?.target.join(' ')})`);
    expect(serious).toEqual([]);
  });

  it('prints without the filters', async () => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#filters-section').isVisible()).resolves.toBe(false);
    await expect(page.locator('#matrix').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('reads without script: everything shown, no filters', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`file://${REPORT}`);
    await expect(plain.locator('#filters-section').isVisible()).resolves.toBe(false);
    await expect(plain.locator('tr[data-notice]:visible').count()).resolves.toBe(json.length);
    await context.close();
  });

  it('saves a screenshot under test-output/', async () => {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
  });
});
