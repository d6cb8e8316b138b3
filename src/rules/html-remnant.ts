import { formatNamed } from '../formats/index.js';
import { findMarkup, markupReplacement, type Markup } from '../text/html.js';
import type { LineIndex } from '../text/lines.js';
import type { Rule } from './rule.js';

function byLine(markup: readonly Markup[], lines: LineIndex): Markup[][] {
  const groups = new Map<number, Markup[]>();
  for (const item of markup) {
    const line = lines.position(item.start).line;
    const group = groups.get(line) ?? [];
    group.push(item);
    groups.set(line, group);
  }
  return [...groups.values()];
}

/** The line's span with markup replaced by what it means as text, spaces it leaves behind collapsed. */
function fixed(source: string, group: readonly Markup[]): string {
  const first = group[0];
  const last = group[group.length - 1];
  if (!first || !last) return '';
  let text = '';
  let position = first.start;
  for (const item of group) {
    text += source.slice(position, item.start) + markupReplacement(source.slice(item.start, item.end));
    position = item.end;
  }
  const collapsed = text.replace(/ {2,}/g, ' ');
  const before = source[first.start - 1];
  const after = source[last.end];
  const atLineStart = first.start === 0 || before === '\n' || before === '\r' || before === '\t' || before === ' ';
  const atLineEnd = after === undefined || after === '\n' || after === '\r';
  const start = atLineStart ? collapsed.trimStart() : collapsed;
  return atLineEnd ? start.trimEnd() : start;
}

function describe(source: string, group: readonly Markup[]): string {
  const distinct = [...new Set(group.map((item) => source.slice(item.start, item.end).replace(/\s.*>$/s, '…>')))];
  return distinct.slice(0, 3).join(', ') + (distinct.length > 3 ? ', …' : '');
}

/**
 * Markdown syntax still visible after parsing: a link or bold text inside a raw HTML block, where
 * CommonMark renders no Markdown, or an entity-escaped tag. Rendered Markdown syntax is masked
 * out of the notice text, so what matches here is what the reader sees literally.
 */
const UNRENDERED =
  /\[([^\]\r\n]{1,200})\]\(((?:https?:|mailto:|\/|#)[^()\s]{1,500})\)|\*\*([^*\r\n]{1,200})\*\*|&lt;\/?[a-zA-Z][a-zA-Z0-9]{0,9}\b[^&\r\n]{0,200}&gt;/g;

function unrenderedMarkdown(text: string): { start: number; end: number; replacement?: string }[] {
  return [...text.matchAll(UNRENDERED)].map((match) => {
    const [whole, linkText, url, bold] = match;
    const replacement = linkText !== undefined ? `<a href="${url}">${linkText}</a>` : bold !== undefined ? `<strong>${bold}</strong>` : undefined;
    return { start: match.index, end: match.index + whole.length, ...(replacement === undefined ? {} : { replacement }) };
  });
}

export const htmlRemnant: Rule = {
  meta: {
    id: 'html-remnant',
    defaultSeverity: 'warn',
    article: '12(1)',
    messageIds: ['remnant', 'unrendered'],
    fixable: true,
  },
  check({ notice, source: noticeSource, report }) {
    const { lines } = noticeSource;
    const format = formatNamed(notice.kind);
    if (format.rendersMarkdown) {
      // Markdown syntax the reader sees literally (inside an HTML block, entity-escaped) was not rendered.
      for (const item of unrenderedMarkdown(notice.text)) {
        const phrase = notice.source.slice(item.start, item.end);
        report({
          messageId: 'unrendered',
          range: item,
          data: { phrase: phrase.length > 60 ? `${phrase.slice(0, 57)}…` : phrase },
          ...(item.replacement === undefined ? {} : { fix: { range: [item.start, item.end] as [number, number], text: item.replacement } }),
        });
      }
    }
    const { source } = notice;
    const markup = format
      .literalRanges(notice)
      .flatMap((range) => findMarkup(source, range.start, range.end))
      .filter((item) => item.kind !== 'comment' || !noticeSource.isDirective(item));
    for (const group of byLine(markup, lines)) {
      const first = group[0];
      const last = group[group.length - 1];
      if (!first || !last) continue;
      report({
        messageId: 'remnant',
        range: { start: first.start, end: last.end },
        data: { phrase: describe(source, group) },
        fix: { range: [first.start, last.end], text: fixed(source, group) },
      });
    }
  },
};
