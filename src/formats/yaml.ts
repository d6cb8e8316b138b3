import { MAX_NESTING, countIndent, isBlank, tooDeep } from '../parse/limits.js';
import { parseYamlNotice } from '../parse/yaml-notice.js';
import { splitLines } from '../text/lines.js';
import type { NoticeFormat } from './format.js';

/** A quote opens a quoted scalar only where a token may start; asked at quote characters only, not at every character. */
function startsToken(source: string, index: number, lineStart: number): boolean {
  return index === lineStart || /[\s:[{,-]/.test(source[index - 1] ?? '');
}

/** Indentation and flow-collection depth, each under the nesting limit; comments and quoted text do not count. */
function checkYamlStructure(source: string): void {
  let brackets = 0; // flow collections may span lines: the depth carries over
  let quote: '"' | "'" | undefined; // and so may quoted scalars, whose brackets are text
  for (const { start, end } of splitLines(source)) {
    if (quote === undefined && countIndent(source, start, end) / 2 > MAX_NESTING) throw tooDeep(start, 'indentation');
    for (let index = start; index < end; index++) {
      const character = source[index];
      if (quote !== undefined) {
        if (character === '\\' && quote === '"') index++;
        else if (character === quote && quote === "'" && source[index + 1] === "'")
          index++; // '' is a quote inside
        else if (character === quote) quote = undefined;
        continue;
      }
      if ((character === '"' || character === "'") && startsToken(source, index, start)) quote = character;
      else if (character === '#' && (index === start || isBlank(source[index - 1])))
        break; // a comment
      else if (character === '[' || character === '{') {
        if (++brackets > MAX_NESTING) throw tooDeep(index, 'brackets');
      } else if (character === ']' || character === '}') brackets = Math.max(0, brackets - 1);
    }
  }
}

export const yamlFormat: NoticeFormat = {
  name: 'yaml',
  extensions: ['.yaml', '.yml'],
  checkStructure: checkYamlStructure,
  parse: parseYamlNotice,
  comments: { kind: 'line', marker: '#' },
  rendersMarkdown: false,
  // Keys and metadata are no prose; the headings and bodies are shown as written.
  literalRanges: ({ sections }) => sections.flatMap((section) => [section.headingRange, section.bodyRange]),
};
