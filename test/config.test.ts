import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from './helpers.js';

const examples = join(import.meta.dirname, '..', 'fixtures', 'examples');
const defective = readFileSync(join(examples, 'fi-defective.txt'), 'utf8');
const validYaml = readFileSync(join(examples, 'en-valid.yaml'), 'utf8');

interface JsonFinding {
  ruleId: string | null;
  messageId: string;
  severity: number;
  line: number;
}
interface JsonResult {
  filePath: string;
  messages: JsonFinding[];
}

async function lintJson(cwd: string, ...args: string[]): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  const { code, stdout, stderr } = await runCli(['--format', 'json', '--reference-date', '2026-11-22', ...args], cwd);
  return { code, results: stdout ? (JSON.parse(stdout) as JsonResult[]) : [], stderr };
}

function rulesOf(results: JsonResult[], filePath: string): string[] {
  const result = results.find((candidate) => candidate.filePath === filePath);
  if (!result) throw new Error(`no result for ${filePath}: ${results.map((r) => r.filePath).join(', ')}`);
  return [...new Set(result.messages.map((message) => message.ruleId ?? message.messageId))].sort();
}

function severityOf(results: JsonResult[], ruleId: string): number[] {
  return [...new Set(results.flatMap((result) => result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.severity)))];
}

describe('configuration discovery and precedence', () => {
  it('applies the nearest configuration upward, without merging the farther one', async () => {
    const root = await tempTree({
      '.noticelintrc.yaml': 'rules:\n  html-remnant: off\n  outdated-reference: off\n',
      'a.txt': defective,
      'sub/.noticelintrc.yaml': 'rules:\n  outdated-reference: off\n',
      'sub/b.txt': defective,
      'sub/deeper/c.txt': defective,
    });
    const { results } = await lintJson(root);
    expect(rulesOf(results, 'a.txt')).not.toContain('html-remnant');
    expect(rulesOf(results, 'a.txt')).not.toContain('outdated-reference');
    // sub's own file wins for sub and below: html-remnant is on again there.
    expect(rulesOf(results, 'sub/b.txt')).toContain('html-remnant');
    expect(rulesOf(results, 'sub/deeper/c.txt')).toContain('html-remnant');
    expect(rulesOf(results, 'sub/deeper/c.txt')).not.toContain('outdated-reference');
  });

  it('reads .noticelintrc.json and the "noticelint" key of package.json; a package.json without it is passed over', async () => {
    const root = await tempTree({
      '.noticelintrc.json': '{ "rules": { "html-remnant": "off" } }',
      'json/x.txt': defective,
      'pkg/package.json': JSON.stringify({ name: 'notices', noticelint: { rules: { 'outdated-reference': 'off' } } }),
      'pkg/y.txt': defective,
      'plain/package.json': JSON.stringify({ name: 'no-config-here' }),
      'plain/z.txt': defective,
    });
    const { results } = await lintJson(root);
    expect(rulesOf(results, 'json/x.txt')).not.toContain('html-remnant');
    expect(rulesOf(results, 'pkg/y.txt')).toContain('html-remnant');
    expect(rulesOf(results, 'pkg/y.txt')).not.toContain('outdated-reference');
    expect(rulesOf(results, 'plain/z.txt')).not.toContain('html-remnant');
  });

  it('--config forces one file for every notice; --no-config uses none', async () => {
    const root = await tempTree({
      '.noticelintrc.yaml': 'rules:\n  html-remnant: off\n',
      'other.yaml': 'rules:\n  outdated-reference: off\n',
      'a.txt': defective,
    });
    expect(rulesOf((await lintJson(root, 'a.txt')).results, 'a.txt')).not.toContain('html-remnant');
    const forced = rulesOf((await lintJson(root, '--config', 'other.yaml', 'a.txt')).results, 'a.txt');
    expect(forced).toContain('html-remnant');
    expect(forced).not.toContain('outdated-reference');
    const none = rulesOf((await lintJson(root, '--no-config', 'a.txt')).results, 'a.txt');
    expect(none).toEqual(expect.arrayContaining(['html-remnant', 'outdated-reference']));
  });

  it('extends: strict makes warnings errors and turns on the opt-in rules', async () => {
    const plain = await tempTree({ 'a.txt': defective });
    expect(severityOf((await lintJson(plain)).results, 'html-remnant')).toEqual([1]);
    const strict = await tempTree({ '.noticelintrc.yaml': 'extends: strict\n', 'a.txt': `${defective}\nTietoja voidaan käyttää tarvittaessa.\n` });
    const { results } = await lintJson(strict);
    expect(severityOf(results, 'html-remnant')).toEqual([2]);
    expect(severityOf(results, 'vague-language')).toEqual([1]);
  });

  it('per-rule severity and options, with a later severity keeping earlier options', async () => {
    const root = await tempTree({
      '.noticelintrc.yaml':
        'rules:\n  notice-date: [error, { maxAgeMonths: 1000 }]\n  html-remnant: error\noverrides:\n  - files: strict/**\n    rules:\n      notice-date: warn\n',
      'a.txt': defective,
      'strict/b.txt': defective,
    });
    const { results } = await lintJson(root);
    expect(rulesOf(results, 'a.txt')).not.toContain('notice-date');
    expect(rulesOf(results, 'strict/b.txt')).not.toContain('notice-date');
    expect(severityOf(results, 'html-remnant')).toEqual([2]);
  });

  it('overrides by glob set the profile of one folder; a notice file name glob matches at any depth', async () => {
    const root = await tempTree({
      '.noticelintrc.yaml': 'overrides:\n  - files: third-party/**\n    profile: art14\n  - files: "*-draft.txt"\n    rules:\n      html-remnant: off\n',
      'own/notice.yaml': validYaml,
      'third-party/notice.yaml': validYaml,
      'deep/er/x-draft.txt': defective,
    });
    const { results } = await lintJson(root);
    expect(rulesOf(results, 'own/notice.yaml')).toEqual([]);
    const art14 = results.find((result) => result.filePath === 'third-party/notice.yaml')?.messages ?? [];
    expect(art14.map((message) => [message.ruleId, message.messageId])).toEqual([['required-section', 'source']]);
    expect(rulesOf(results, 'deep/er/x-draft.txt')).not.toContain('html-remnant');
  });

  it('ignores drop found files silently; ignored files named on the command line get one note each, exit 0', async () => {
    const root = await tempTree({
      '.noticelintrc.yaml': 'ignores:\n  - drafts/\n  - "*.old.txt"\n',
      'a.txt': defective,
      'drafts/b.txt': defective,
      'c.old.txt': defective,
    });
    const { results } = await lintJson(root);
    expect(results.map((result) => result.filePath)).toEqual(['a.txt']);
    const onlyIgnored = await lintJson(root, 'drafts/b.txt', 'c.old.txt');
    expect([onlyIgnored.code, onlyIgnored.stderr]).toEqual([0, '']);
    expect(
      onlyIgnored.results.map((result) => [
        result.filePath,
        result.messages.map((message) => [message.ruleId, message.messageId, message.severity, message.line]),
      ]),
    ).toEqual([
      ['drafts/b.txt', [[null, 'ignored', 1, 1]]],
      ['c.old.txt', [[null, 'ignored', 1, 1]]],
    ]);
    const stylish = await runCli(['c.old.txt', '--max-warnings', '0'], root);
    expect(stylish.code, 'the note does not count against --max-warnings').toBe(0);
    expect(stylish.stdout).toContain('File ignored because of a matching pattern under "ignores" in .noticelintrc.yaml; not checked.');
  });

  it('maxFileSize from the configuration makes a larger file one fatal too-large finding; --max-file-size wins', async () => {
    const root = await tempTree({ '.noticelintrc.yaml': 'maxFileSize: 100\n', 'a.txt': defective });
    const { results } = await lintJson(root);
    expect(results[0]?.messages.map((message) => message.messageId)).toEqual(['too-large']);
    expect(rulesOf((await lintJson(root, '--max-file-size', '100000')).results, 'a.txt')).toContain('html-remnant');
  });

  it('the command line wins over the configuration', async () => {
    const root = await tempTree({ '.noticelintrc.yaml': 'profile: art14\n', 'notice.yaml': validYaml });
    expect(rulesOf((await lintJson(root)).results, 'notice.yaml')).toEqual(['required-section']);
    expect(rulesOf((await lintJson(root, '--profile', 'art13')).results, 'notice.yaml')).toEqual([]);
  });

  it('a notice that names its own profile keeps it over the configuration', async () => {
    const root = await tempTree({ '.noticelintrc.yaml': 'profile: art14\n', 'notice.yaml': validYaml.replace('language: en', 'language: en\nprofile: art13') });
    expect(rulesOf((await lintJson(root)).results, 'notice.yaml')).toEqual([]);
  });
});

describe('configuration errors exit 2 with file, line and a suggestion', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'unknown rule id',
      '.noticelintrc.yaml',
      'profile: art13\nrules:\n  retention-perod: error\n',
      /\.noticelintrc\.yaml:3:3: Unknown rule "retention-perod"\. Did you mean "retention-period"\?/,
    ],
    [
      'bad severity',
      '.noticelintrc.yaml',
      'rules:\n  html-remnant: warning\n',
      /\.noticelintrc\.yaml:2:3: Rule "html-remnant": invalid setting "warning".*Did you mean "warn"\?/,
    ],
    [
      'unknown option',
      '.noticelintrc.yaml',
      'rules:\n  notice-date:\n    - warn\n    - maxAge: 12\n',
      /\.noticelintrc\.yaml:4:7: Rule "notice-date" has no option "maxAge"\. Options: maxAgeMonths\. Did you mean "maxAgeMonths"\?/,
    ],
    [
      'option of the wrong type',
      '.noticelintrc.yaml',
      'rules:\n  notice-date: [warn, { maxAgeMonths: "two years" }]\n',
      /\.noticelintrc\.yaml:2:39: Rule "notice-date": option "maxAgeMonths" must be a number/,
    ],
    [
      "option below its schema's minimum",
      '.noticelintrc.yaml',
      'rules:\n  notice-date: [warn, { maxAgeMonths: 0 }]\n',
      /\.noticelintrc\.yaml:2:39: Rule "notice-date": option "maxAgeMonths" must be at least 1, got 0\./,
    ],
    [
      'option not the integer its schema asks',
      '.noticelintrc.yaml',
      'rules:\n  notice-date:\n    - warn\n    - maxAgeMonths: 1.5\n',
      /\.noticelintrc\.yaml:4:21: Rule "notice-date": option "maxAgeMonths" must be a whole number, got 1\.5\./,
    ],
    [
      'invalid option in an override',
      '.noticelintrc.yaml',
      'overrides:\n  - files: a/**\n    rules:\n      notice-date: [warn, { maxAgeMonths: -3 }]\n',
      /:4:43: Rule "notice-date": option "maxAgeMonths" must be at least 1, got -3\./,
    ],
    [
      'option for a rule without options',
      '.noticelintrc.yaml',
      'rules:\n  html-remnant: [warn, { fix: true }]\n',
      /:2:26: Rule "html-remnant" has no option "fix"\. It takes no options\./,
    ],
    ['unknown key', '.noticelintrc.yaml', 'language: fi\nprofil: art14\n', /\.noticelintrc\.yaml:2:1: Unknown key "profil"\. Did you mean "profile"\?/],
    ['bad profile', '.noticelintrc.yaml', 'profile: art15\n', /\.noticelintrc\.yaml:1:1: "profile" must be one of: art13, art14\./],
    ['bad extends', '.noticelintrc.yaml', '\nextends: recomended\n', /:2:1: "extends" must be one of: recommended, strict\. Did you mean "recommended"\?/],
    [
      'unknown rule in an override',
      '.noticelintrc.yaml',
      'overrides:\n  - files: a/**\n    rules:\n      legal-bases: off\n',
      /:4:7: Unknown rule "legal-bases"\. Did you mean "legal-basis"\?/,
    ],
    [
      'unknown key in an override',
      '.noticelintrc.yaml',
      'overrides:\n  - files: a/**\n    profil: art14\n',
      /:3:5: Unknown key "profil"\. Did you mean "profile"\?/,
    ],
    ['override without files', '.noticelintrc.yaml', 'overrides:\n  - profile: art14\n', /:2:5: "overrides\.0" must have the key "files"\./],
    ['YAML syntax error', '.noticelintrc.yaml', 'rules:\n  html-remnant: [warn\n', /\.noticelintrc\.yaml:\d+:\d+: Invalid YAML/],
    ['invalid JSON', '.noticelintrc.json', '{\n  "rules": { "html-remnant": "off", }\n}\n', /\.noticelintrc\.json:2:37: Invalid JSON/],
    [
      'bad key in package.json',
      'package.json',
      '{\n  "name": "x",\n  "noticelint": {\n    "rules": { "missing-rigth": "off" }\n  }\n}\n',
      /package\.json:4:16: Unknown rule "missing-rigth"\. Did you mean "missing-right"\?/,
    ],
  ];
  it.each(cases)('%s', async (_name, file, content, expected) => {
    const root = await tempTree({ [file]: content, 'a.txt': defective });
    const { code, stdout, stderr } = await runCli(['a.txt'], root);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^noticelint: invalid configuration /);
    expect(stderr).toMatch(expected);
  });

  it('a --config file that does not exist', async () => {
    const root = await tempTree({ 'a.txt': defective });
    const { code, stderr } = await runCli(['--config', 'nope.yaml', 'a.txt'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/nope\.yaml: Cannot read the configuration/);
  });
});
