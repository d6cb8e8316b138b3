import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/linter.js';
import { parseNotice } from '../src/parse/index.js';
import { toYamlNotice } from '../src/print-model.js';
import { REFERENCE_DATE, lint } from './helpers.js';

const findingKeys = (findings: { ruleId: string | null; messageId: string }[]): string[] =>
  findings.map((finding) => `${finding.ruleId}/${finding.messageId}`).sort();

describe('YAML notices', () => {
  it('reads sections with their elements and positions', async () => {
    const source = 'language: fi\nsections:\n  - element: retention\n    heading: Säilytysaika\n    text: Kaksi vuotta.\n';
    const notice = await parseNotice(source, 'yaml');
    expect(notice.sections).toHaveLength(1);
    expect(notice.sections[0]?.elements).toEqual(['retention']);
    expect(source.slice(notice.sections[0]?.bodyRange.start, notice.sections[0]?.bodyRange.end)).toBe('Kaksi vuotta.');
  });

  it("reports a wrong key type on that key's line, as a fatal finding", async () => {
    const source = 'language: fi\ndate: 2024\nsections:\n  - element: retention\n    text: Kaksi vuotta.\n';
    const findings = await lint(source, 'notice.yaml');
    expect(findings.map((finding) => [finding.ruleId, finding.fatal, finding.messageId, finding.line])).toEqual([[null, true, 'schema', 2]]);
    // The notice declares language: fi, so the problem is worded in Finnish.
    expect(findings[0]?.message).toBe('Virheellinen YAML-seloste: kohdan "date" tyypin on oltava string.');
    expect((await lint(source.replace('language: fi\n', ''), 'notice.yaml'))[0]?.message).toBe('Invalid YAML notice: "date" must be string.');
  });

  it('reports an unknown element and an unknown key on their lines', async () => {
    const source = 'sections:\n  - element: retenshun\n    text: x\n  - heading: A\n    txt: b\n';
    const findings = await lint(source, 'notice.yaml');
    expect(findings.map((finding) => [finding.messageId, finding.line])).toEqual([
      ['schema', 2],
      ['schema', 5],
    ]);
    expect(findings[0]?.message).toContain('must be one of');
    expect(findings[1]?.message).toContain('unknown key "txt"');
  });

  it('reports invalid YAML syntax with its line', async () => {
    const findings = await lint('sections:\n  - heading: "open\n', 'notice.yaml');
    expect(findings[0]).toMatchObject({ ruleId: null, fatal: true, messageId: 'yaml-syntax' });
  });

  it('reports a missing required element as required-section with the element id', async () => {
    const source = 'language: en\nsections:\n  - element: controller\n    heading: Who we are\n    text: Acme Oy, Helsinki.\n';
    const findings = await lint(source, 'notice.yaml');
    expect(findings.filter((finding) => finding.ruleId === 'required-section').map((finding) => [finding.messageId, finding.line, finding.column])).toEqual([
      ['purposes', 1, 1],
    ]);
    expect(findings.find((finding) => finding.messageId === 'purposes')?.message).toContain('13(1)(c)');
  });

  it('requires categories and source under the art14 profile', async () => {
    const source =
      'profile: art14\nlanguage: en\nsections:\n  - element: controller\n    text: Acme Ltd, London.\n  - element: purposes\n    text: To send invoices.\n';
    const ids = (await lint(source, 'notice.yaml')).filter((finding) => finding.ruleId === 'required-section').map((finding) => finding.messageId);
    expect(ids).toEqual(['categories', 'source']);
  });
});

describe('--print-model round trip', () => {
  const seeds = join(import.meta.dirname, '..', 'fixtures', 'seeds');
  const examples = join(import.meta.dirname, '..', 'fixtures', 'examples');
  const files = [
    ...['000_26472f3d1c73aa31.txt', '001_0090e37146671056.txt', '002_3b56ea23d02cb8df.txt', '003_6d78bcf6936e0d8f.txt', '004_61210c77dfd498b8.txt'].map(
      (file) => join(seeds, file),
    ),
    join(examples, 'fi-valid.md'),
    join(examples, 'sv-defective.md'),
    join(examples, 'en-valid.yaml'),
  ];
  for (const file of files) {
    it(`prints a valid YAML notice that lints the same: ${file.split('/').pop()}`, async () => {
      const source = readFileSync(file, 'utf8');
      const original = await lintText(source, file, { now: REFERENCE_DATE });
      const notice = await parseNotice(source, file.endsWith('.md') ? 'markdown' : file.endsWith('.yaml') ? 'yaml' : 'text');
      const model = toYamlNotice(notice);
      const relinted = await lintText(model, 'model.yaml', { now: REFERENCE_DATE });
      expect(relinted.fatalErrorCount).toBe(0);
      expect(findingKeys(relinted.messages)).toEqual(findingKeys(original.messages));
    });
  }
});
