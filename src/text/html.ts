/**
 * HTML markup in notice text. The tag vocabulary is HTML's own, so it lives here rather
 * than in a lexicon; "<yritys>" is not a tag but a template placeholder.
 */
const TAG_NAMES = new Set(
  (
    'a abbr address article aside b big blockquote body br caption center cite code col colgroup dd del div dl dt em ' +
    'font footer h1 h2 h3 h4 h5 h6 head header hr html i img ins kbd label li link main mark meta nav ol p pre q s ' +
    'section small span strike strong style sub sup table tbody td tfoot th thead title tr tt u ul wbr'
  ).split(' '),
);

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});/g;

export interface Markup {
  start: number;
  end: number;
  kind: 'tag' | 'entity' | 'comment';
}

/** HTML comments `<!-- … -->` in `text`, whole, in order. */
export function findComments(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  // indexOf, not a lazy regular expression: an unclosed "<!--" must not make the scan quadratic.
  for (let open = text.indexOf('<!--'); open !== -1;) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break;
    found.push({ start: open, end: close + 3 });
    open = text.indexOf('<!--', close + 3);
  }
  return found;
}

/** HTML tags, comments and character references in `text`, in order. */
export function findMarkup(text: string, start = 0, end = text.length): Markup[] {
  const slice = text.slice(start, end);
  const found: Markup[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(slice); match; match = TAG.exec(slice)) {
    if (TAG_NAMES.has((match[1] ?? '').toLowerCase())) {
      found.push({ start: start + match.index, end: start + match.index + match[0].length, kind: 'tag' });
    }
  }
  found.push(...findComments(slice).map((comment) => ({ start: start + comment.start, end: start + comment.end, kind: 'comment' as const })));
  ENTITY.lastIndex = 0;
  for (let match = ENTITY.exec(slice); match; match = ENTITY.exec(slice)) {
    found.push({ start: start + match.index, end: start + match.index + match[0].length, kind: 'entity' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Elements whose content is never shown as text: `<script>`, `<style>`, `<template>`, whole. */
export function hiddenElements(text: string, start = 0, end = text.length): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const lower = text.slice(start, end).toLowerCase();
  for (const name of ['script', 'style', 'template']) {
    // indexOf, not a lazy regular expression, so an unclosed element costs one scan.
    for (let open = lower.indexOf(`<${name}`); open !== -1;) {
      const close = lower.indexOf(`</${name}`, open);
      const stop = close === -1 ? lower.length : lower.indexOf('>', close) + 1 || lower.length;
      found.push({ start: start + open, end: start + stop });
      open = lower.indexOf(`<${name}`, stop);
    }
  }
  return found;
}

/** Replaces every character of the given ranges with a space (line breaks kept), so offsets do not move. */
export function blank(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let position = 0;
  for (const range of ranges) {
    if (range.start < position) continue;
    parts.push(text.slice(position, range.start));
    parts.push(text.slice(range.start, range.end).replace(/[^\r\n]/g, ' '));
    position = range.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

const ENTITY_TEXT: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '' };

/** What an HTML fragment means as plain text: tags dropped, common entities decoded. */
export function markupReplacement(markup: string): string {
  if (markup.startsWith('&')) {
    const name = markup.slice(1, -1);
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITY_TEXT[name.toLowerCase()] ?? markup;
  }
  return /^<\/?(?:br|p|div|li|tr|h\d)\b/i.test(markup) ? ' ' : '';
}
