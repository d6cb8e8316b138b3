import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { discoverLanguages, fillLanguageEnums, missingLanguageParts } from '../scripts/languages.mjs';
import { LANGUAGES } from '../src/model/types.js';
import { validateConfig, validateNotice } from '../src/schema/validators.js';

const root = join(import.meta.dirname, '..');
const SCHEMAS = ['schemas/config.schema.json', 'schemas/notice.schema.json', 'schemas/profiles/art13.schema.json', 'schemas/profiles/art14.schema.json'];

/** A copy of what the build reads, in a temporary folder. */
function checkoutCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'noticelint-languages-'));
  for (const folder of ['rules', 'schemas', 'templates']) cpSync(join(root, folder), join(copy, folder), { recursive: true });
  return copy;
}

function build(copy: string): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--root', copy], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

const read = (path: string): string => readFileSync(path, 'utf8');

describe('the language list has one source: rules/lexicon/<language>.yaml', () => {
  it('LANGUAGES is the language packs, in their order', () => {
    expect(discoverLanguages(root)).toEqual([...LANGUAGES]);
    expect(LANGUAGES).toEqual(['fi', 'sv', 'en']);
  });
  it('every language has its messages, element names and init template', () => {
    expect(missingLanguageParts(root, LANGUAGES)).toEqual([]);
  });
  it('the schemas on disk carry the generated enums', () => {
    const texts = SCHEMAS.map((file) => read(join(root, file)));
    for (const [index, text] of texts.entries()) expect(fillLanguageEnums(text, LANGUAGES), SCHEMAS[index]).toBe(text);
    expect(texts.join('').match(/"generated enum: /g)?.length).toBe(4);
  });
  it('the compiled schemas accept each language and no other', () => {
    for (const language of LANGUAGES) {
      expect(validateConfig({ language, locale: language, overrides: [{ files: '*.md', language }] })).toBe(true);
      expect(validateNotice({ language, sections: [] })).toBe(true);
    }
    expect(validateConfig({ language: 'auto' })).toBe(true);
    expect(validateConfig({ language: 'de' })).toBe(false);
    expect(validateConfig({ locale: 'auto' })).toBe(false);
    expect(validateNotice({ language: 'de', sections: [] })).toBe(false);
  });
  it('fills only the marked enums and keeps the layout', () => {
    const text = '{\n  "a": { "enum": ["auto", "fi"], "$comment": "generated enum: auto + languages" },\n  "b": { "enum": ["fi"] }\n}\n';
    expect(fillLanguageEnums(text, ['fi', 'nb'])).toBe(
      '{\n  "a": { "enum": ["auto", "fi", "nb"], "$comment": "generated enum: auto + languages" },\n  "b": { "enum": ["fi"] }\n}\n',
    );
    expect(() => fillLanguageEnums('{ "$comment": "generated enum: languages" }', ['fi'])).toThrow(/beside no enum/);
  });
});

describe('a language pack that contradicts itself fails the build, naming the file', () => {
  it('a language key other than the file name, and two packs with one order', () => {
    const copy = checkoutCopy();
    writeFileSync(join(copy, 'rules/lexicon/nb.yaml'), read(join(root, 'rules/lexicon/en.yaml')));
    expect(() => discoverLanguages(copy)).toThrow(/rules\/lexicon\/nb\.yaml: language is "en", expected "nb"[\s\S]*order 3 is not unique/);
  });
});

describe('adding a language (Norwegian) is a lexicon, a message file, element names and a template', () => {
  it('the build names what is missing, then generates the list and the schema enums', () => {
    const copy = checkoutCopy();
    const english = parseDocument(read(join(root, 'rules/lexicon/en.yaml')));
    english.set('language', 'nb');
    english.set('order', 4);
    writeFileSync(join(copy, 'rules/lexicon/nb.yaml'), english.toString());

    const failed = build(copy);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('rules/messages/nb.yaml is missing');
    expect(failed.stderr).toMatch(/rules\/elements\.yaml has no name\.nb for controller, dpo, /);
    expect(failed.stderr).toContain('templates/notice.nb.yaml is missing');

    writeFileSync(join(copy, 'rules/messages/nb.yaml'), 'required-section:\n  missing: "Erklæringen mangler {element} (art. {article})."\n');
    expect(missingLanguageParts(copy, ['fi', 'sv', 'en', 'nb'])).toContainEqual(
      expect.stringMatching(/^rules\/messages\/nb\.yaml lacks empty-section\.empty, /),
    );
    writeFileSync(join(copy, 'rules/messages/nb.yaml'), read(join(root, 'rules/messages/en.yaml')));
    const elements = parseDocument(read(join(root, 'rules/elements.yaml')));
    for (const id of Object.keys(elements.toJS().elements as Record<string, unknown>)) {
      elements.setIn(['elements', id, 'name', 'nb'], elements.getIn(['elements', id, 'name', 'en']));
    }
    writeFileSync(join(copy, 'rules/elements.yaml'), elements.toString());
    writeFileSync(join(copy, 'templates/notice.nb.yaml'), read(join(root, 'templates/notice.en.yaml')).replace('language: en', 'language: nb'));

    const built = build(copy);
    expect(built.stderr).not.toContain('need:');
    expect(built.status).toBe(0);
    expect(read(join(copy, 'src/generated/languages.ts'))).toContain('export const LANGUAGES = ["fi", "sv", "en", "nb"] as const;');
    expect(read(join(copy, 'schemas/config.schema.json'))).toContain(
      '"enum": ["auto", "fi", "sv", "en", "nb"], "$comment": "generated enum: auto + languages"',
    );
    expect(read(join(copy, 'schemas/notice.schema.json'))).toContain('"enum": ["fi", "sv", "en", "nb"], "$comment": "generated enum: languages"');
    expect(read(join(copy, 'src/generated/validators.ts'))).toContain('"nb"');
  });
});
