import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { summarise } from '../src/lint-types.js';
import { formatGithub } from '../src/formatters/github.js';
import { formatSarif } from '../src/formatters/sarif.js';
import type * as Sarif from 'sarif';
import { runCli } from './helpers.js';

const root = join(import.meta.dirname, '..');
/** The official SARIF 2.1.0 schema (draft-04), kept in fixtures/schemas so the check needs no network. */
const sarifSchema = JSON.parse(readFileSync(join(root, 'fixtures', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
// The schema's "uri", "uri-reference" and "date-time" formats are checked, not ignored with a console warning.
const validateSarif = addFormats.default(new AjvDraft04.default({ allErrors: true, strict: false })).compile(sarifSchema);

describe('--format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with rule metadata and exact regions', async () => {
    const { code, stdout } = await runCli(
      [
        '--format',
        'sarif',
        '--reference-date',
        '2026-11-22',
        'fixtures/seeds',
        'fixtures/examples/fi-defective.txt',
        'fixtures/examples/en-defective.md',
        'missing-file.md',
      ],
      root,
    );
    expect(code).toBe(1);
    const log = JSON.parse(stdout) as Sarif.Log;
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    if (!run) throw new Error('no run');
    const driverRules = run.tool.driver.rules ?? [];
    const retention = driverRules.find((rule) => rule.id === 'retention-period');
    expect(retention).toMatchObject({
      shortDescription: { text: expect.stringContaining('retention period') },
      defaultConfiguration: { level: 'error' },
      properties: { gdprArticle: 'Art. 13(2)(a)' },
    });
    expect(retention?.help?.markdown).toContain('# retention-period');
    expect(driverRules.find((rule) => rule.id === 'vague-language')?.defaultConfiguration).toEqual({ level: 'none', enabled: false });

    const results = run.results ?? [];
    const numbering = results.find(
      (result) =>
        result.ruleId === 'section-numbering' && result.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'fixtures/seeds/000_26472f3d1c73aa31.txt',
    );
    expect(numbering).toMatchObject({ level: 'warning', locations: [{ physicalLocation: { region: { startLine: 31, startColumn: 1 } } }] });
    expect(driverRules[numbering?.ruleIndex ?? -1]?.id).toBe('section-numbering');

    const contradiction = results.find(
      (result) =>
        result.ruleId === 'transfer-contradiction' && result.locations?.[0]?.physicalLocation?.artifactLocation?.uri === 'fixtures/examples/fi-defective.txt',
    );
    expect(contradiction?.locations?.[0]?.physicalLocation?.region).toMatchObject({ startLine: 12, startColumn: 34 });
    expect(contradiction?.relatedLocations?.[0]?.physicalLocation?.region?.startLine).toBe(11);

    const fixable = results.find((result) => result.ruleId === 'html-remnant');
    expect(fixable?.fixes?.[0]?.artifactChanges[0]?.replacements[0]?.insertedContent?.text).toBeTypeOf('string');

    const fatal = results.find((result) => result.ruleId === 'fatal');
    expect(fatal).toMatchObject({ level: 'error', properties: { messageId: 'not-found', fatal: true } });
    expect(fatal?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('missing-file.md');
  });

  it('encodes file names as URIs and stays valid with no results', () => {
    const empty = JSON.parse(formatSarif([], { cwd: '/tmp/x', version: '0.1.0' })) as Sarif.Log;
    expect(validateSarif(empty)).toBe(true);
    expect(empty.runs[0]?.results).toEqual([]);
    const spaced = JSON.parse(
      formatSarif(
        [{ filePath: 'dir/my notice #1.md', messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }],
        { cwd: '/tmp/x', version: '0.1.0' },
      ),
    ) as Sarif.Log;
    expect(spaced.runs[0]?.artifacts?.[0]?.location?.uri).toBe('dir/my%20notice%20%231.md');
    expect(validateSarif(spaced)).toBe(true);
  });
});

describe('--format github', () => {
  it('prints one workflow annotation per finding, errors and warnings', async () => {
    const { code, stdout } = await runCli(['--format', 'github', '--reference-date', '2026-11-22', 'fixtures/examples/fi-defective.txt'], root);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.every((line) => /^::(error|warning) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/.test(line))).toBe(true);
    expect(lines).toContain(
      '::error file=fixtures/examples/fi-defective.txt,line=12,col=34,endLine=12,endColumn=50,title=transfer-contradiction::Selosteen mukaan tietoja ei siirretä EU:n/ETA:n ulkopuolelle, mutta käytössä on Google Analytics (tietosuoja-asetus 13 art. 1 f). Kerro siirrosta ja sen suojatoimista, tai kerro että käytetään EU-aluetta. (↳ 11:48 Toteamus, ettei tietoja siirretä EU:n/ETA:n ulkopuolelle.)',
    );
    expect(lines.some((line) => line.startsWith('::warning file=fixtures/examples/fi-defective.txt,line=8,') && line.includes('title=html-remnant::'))).toBe(
      true,
    );
  });

  it('escapes %, line breaks, and : and , in properties', () => {
    const output = formatGithub([
      {
        filePath: 'a,b:c.md',
        messages: [
          { ruleId: null, messageId: 'binary', severity: 2, fatal: true, message: '100% binary\nnot text', line: 1, column: 1, endLine: 1, endColumn: 1 },
        ],
        errorCount: 1,
        warningCount: 0,
        fatalErrorCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
    expect(output).toBe('::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=1,title=binary::100%25 binary%0Anot text\n');
  });

  it('appends related locations to the message, each as "↳ line:column message", escaped like the message', () => {
    const output = formatGithub([
      summarise('n.md', [
        {
          ruleId: 'missing-right',
          messageId: 'objection',
          severity: 2,
          message: 'The right to object is not mentioned.',
          line: 30,
          column: 4,
          endLine: 30,
          endColumn: 20,
          relatedLocations: [
            { line: 12, column: 5, endLine: 12, endColumn: 19, message: 'Basis 100% here' },
            { line: 14, column: 1, endLine: 15, endColumn: 3, message: 'and\r\nhere' },
          ],
        },
      ]),
    ]);
    expect(output).toBe(
      '::error file=n.md,line=30,col=4,endLine=30,endColumn=20,title=missing-right::The right to object is not mentioned. (↳ 12:5 Basis 100%25 here; ↳ 14:1 and%0D%0Ahere)\n',
    );
  });
});
