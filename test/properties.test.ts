import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../src/model/types.js';
import { lintText } from '../src/linter.js';
import type { SourceKind } from '../src/model/types.js';
import { parseNotice } from '../src/parse/index.js';
import { ParseError } from '../src/parse/document.js';
import { toYamlNotice } from '../src/print-model.js';
import { LineIndex } from '../src/text/lines.js';
import { REFERENCE_DATE } from './helpers.js';

/** Pieces real notices are made of, so generated text reaches the parsers' and rules' branches. */
const FRAGMENTS = [
  'Tietosuojaseloste',
  'Integritetspolicy',
  'Privacy notice',
  '1. Rekisterinpitäjä\t',
  '2. Säilytysaika\t',
  '13.2 ',
  '## ',
  '# ',
  '**Oikeudet**',
  'Kuvaa tähän',
  'Tietoja ei siirretä EU:n ulkopuolelle.',
  'Google Analytics',
  'Käsittely perustuu suostumukseen (6 art. 1 a).',
  'Tiedot poistetaan 2 vuoden kuluttua.',
  'niin kauan kuin on tarpeen',
  'Päivitetty 1.2.2019',
  'Henkilötietolaki',
  '<p>',
  '</p>',
  '&nbsp;',
  '<br>',
  '<!-- noticelint-disable -->',
  '<!-- noticelint-enable html-remnant -->',
  '# noticelint-disable-next-line',
  '---\ntitle: x\nlanguage: sv\n---\n',
  '| a | b |\n|---|---|\n',
  '{{< shortcode >}}',
  '> ',
  '- ',
  'sections:',
  '  - heading: ',
  '    text: ',
  'element: retention',
  ': ',
  '"',
  "'",
  '\t',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '😀',
  'é',
  'e\u0301',
  '\u2028',
  '\0',
];

const noticeLike = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(noticeLike, fc.string({ unit: 'binary', maxLength: 400 }));
const KINDS: [SourceKind, string][] = [
  ['text', 'n.txt'],
  ['markdown', 'n.md'],
  ['yaml', 'n.yaml'],
];

describe('properties of any input', () => {
  it.each(KINDS)('%s: never throws, and every finding lies inside the file', async (_kind, fileName) => {
    await fc.assert(
      fc.asyncProperty(anyText, async (source) => {
        const result = await lintText(source, fileName, { now: REFERENCE_DATE, reportUnusedDisableDirectives: true });
        const lines = new LineIndex(source);
        for (const finding of result.messages) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.endLine).toBeLessThanOrEqual(lines.lineCount);
          expect(finding.endLine > finding.line || (finding.endLine === finding.line && finding.endColumn >= finding.column)).toBe(true);
          for (const [line, column] of [
            [finding.line, finding.column],
            [finding.endLine, finding.endColumn],
          ] as const) {
            expect(column).toBeGreaterThanOrEqual(1);
            expect(column).toBeLessThanOrEqual(lines.lineEnd(line) - lines.lineStart(line) + 1);
          }
          if (finding.fix) {
            expect(finding.fix.range[0]).toBeGreaterThanOrEqual(0);
            expect(finding.fix.range[1]).toBeLessThanOrEqual(source.length);
          }
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });

  it.each(KINDS)('%s: --print-model output is a valid YAML notice that prints the same model again', async (kind) => {
    await fc.assert(
      fc.asyncProperty(anyText, async (source) => {
        let notice: Notice;
        try {
          notice = await parseNotice(source, kind);
        } catch (error) {
          if (error instanceof ParseError) return; // not a notice: reported as a fatal finding, nothing to print
          throw error;
        }
        const printed = toYamlNotice(notice);
        const reparsed = await parseNotice(printed, 'yaml');
        expect(toYamlNotice(reparsed)).toBe(printed);
        expect(reparsed.sections.map((section) => [section.elements, section.heading, section.number, section.level])).toEqual(
          notice.sections.map((section) => [section.elements, section.heading, section.number, section.level]),
        );
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});
