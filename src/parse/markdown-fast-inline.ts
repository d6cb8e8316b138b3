import type { PhrasingContent } from 'mdast';
import type { Point } from 'unist';

/**
 * Inline Markdown (the text of a paragraph, heading or table cell) parsed in one pass into the
 * phrasing nodes remark-parse gives, with the same positions. The caller declines the whole
 * document (and micromark parses it) whenever a construct is met that this parser does not
 * reproduce exactly: it throws {@link Declined}.
 */
export class Declined extends Error {}

export function decline(reason: string): never {
  throw new Declined(reason);
}

/** One line of inline content: its source range without the container prefix and leading blanks. */
export interface Segment {
  start: number;
  /** End of the line's content (before its line ending), trailing blanks included. */
  end: number;
  /** Offset after the line ending that follows the segment. */
  next: number;
}

export interface InlineOptions {
  source: string;
  point: (offset: number) => Point;
  /** GFM autolink literals (www., http(s)://, e-mail addresses): on when remark-gfm is used. */
  gfm: boolean;
  /** The content is inside a list item or block quote. */
  inContainer: boolean;
  /** The document's link reference definitions, by {@link normalizeIdentifier}. */
  definitions: ReadonlySet<string>;
}

/** micromark's normalizeIdentifier: blanks collapsed and trimmed, case folded (mdast lowercases it once more). */
export function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/** What a reference after a link text's `]` resolves to. */
interface Reference {
  end: number;
  referenceType: 'shortcut' | 'collapsed' | 'full';
  /** The label as written (no escapes or references: those never match a definition here). */
  label: string;
}

/**
 * Delimiters (emphasis runs and brackets) one paragraph may hold before it is declined: emphasis
 * matching looks back over them, so a cap keeps the work per character bounded.
 */
const MAX_DELIMITERS = 200;

/** Characters that may open an inline construct: \ ` < & * _ [ ! ] line feed, space, tab, ~. */
const SPECIAL = new Uint8Array(128);
for (const code of [92, 96, 60, 38, 42, 95, 91, 33, 93, 10, 32, 9, 126]) SPECIAL[code] = 1;

function isSpecial(code: number): boolean {
  return code < 128 && SPECIAL[code] === 1;
}

const LINE_FEED = 10;
const SPACE = 32;
const TAB = 9;

/** Named character references decoded here; any other name declines (micromark knows ~2,000). */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  deg: '°',
  euro: '€',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  aring: 'å',
  Aring: 'Å',
  eacute: 'é',
  Eacute: 'É',
  uuml: 'ü',
  Uuml: 'Ü',
  szlig: 'ß',
};

const PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 48 && code <= 57);
}

/** Characters of an e-mail address's local part, as GFM has them. */
function isAtext(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || isAsciiAlphanumeric(code);
}

/** micromark's character classes around an emphasis run: 1 white space (or none), 2 punctuation, 0 other. */
function classify(code: number): 0 | 1 | 2 {
  if (Number.isNaN(code)) return 1;
  const character = String.fromCharCode(code);
  if (WHITESPACE.test(character)) return 1;
  return PUNCTUATION.test(character) ? 2 : 0;
}

function isWhitespaceOrPunctuation(code: number): boolean {
  return classify(code) !== 0;
}

/** micromark's decoding of `&#…;`: code points HTML forbids become U+FFFD. */
function decodeNumeric(value: string, base: number): string {
  const code = Number.parseInt(value, base);
  const forbidden =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) ||
    (code & 65_535) === 65_535 ||
    (code & 65_535) === 65_534 ||
    code > 1_114_111;
  return forbidden ? '\uFFFD' : String.fromCodePoint(code);
}

interface TextItem {
  kind: 'text';
  start: number;
  end: number;
  value: string;
}
interface DelimiterItem {
  kind: 'delimiter';
  marker: number;
  start: number;
  end: number;
  canOpen: boolean;
  canClose: boolean;
}
interface BracketItem {
  kind: 'bracket';
  image: boolean;
  start: number;
  end: number;
  active: boolean;
}
interface NodeItem {
  kind: 'node';
  node: PhrasingContent;
}
type Item = TextItem | DelimiterItem | BracketItem | NodeItem;

/**
 * The segments as one string with `\n` between lines, and for every character the source offset
 * it stands at and the offset after it (a joining `\n` stands for the whole line ending).
 */
class Joined {
  readonly text: string;
  private readonly at: Int32Array;
  private readonly after: Int32Array;

  constructor(
    readonly source: string,
    segments: readonly Segment[],
  ) {
    this.text = segments.map((segment) => source.slice(segment.start, segment.end)).join('\n');
    this.at = new Int32Array(this.text.length);
    this.after = new Int32Array(this.text.length);
    let index = 0;
    segments.forEach((segment, number) => {
      for (let offset = segment.start; offset < segment.end; offset++, index++) {
        this.at[index] = offset;
        this.after[index] = offset + 1;
      }
      if (number < segments.length - 1) {
        this.at[index] = segment.end;
        this.after[index] = segment.next;
        index++;
      }
    });
  }

  code(index: number): number {
    return this.text.charCodeAt(index);
  }

  startOffset(index: number): number {
    return this.at[index] ?? this.source.length;
  }

  endOffset(index: number): number {
    return this.after[index - 1] ?? 0;
  }

  /** The text of [start, end) with its line endings as written (CRLF stays CRLF), container prefixes left out. */
  raw(start: number, end: number): string {
    const text = this.text.slice(start, end);
    if (!text.includes('\n')) return text;
    let raw = '';
    for (let index = start; index < end; index++) {
      const code = this.text.charCodeAt(index);
      if (code !== LINE_FEED) raw += this.text[index] ?? '';
      else {
        const offset = this.startOffset(index);
        raw += this.source.charCodeAt(offset) === 13 ? (this.source.charCodeAt(offset + 1) === LINE_FEED ? '\r\n' : '\r') : '\n';
      }
    }
    return raw;
  }
}

/** Inline parser state for one run of inline content. */
class InlineParser {
  private readonly items: Item[] = [];
  private delimiters = 0;
  /** Literal `[` not yet balanced by a `]`: GFM leaves a literal autolink after one to a later pass. */
  private openBrackets = 0;
  private readonly text: string;
  /** Literal autolinks met inside brackets: they must end up inside a link or image. */
  private readonly unlinkedLiterals: number[] = [];
  private readonly linkTexts: { start: number; end: number }[] = [];
  /** Indices in `items` of the brackets not yet closed, innermost last. */
  private readonly brackets: number[] = [];

  constructor(
    private readonly joined: Joined,
    private readonly options: InlineOptions,
  ) {
    this.text = joined.text;
  }

  parse(): PhrasingContent[] {
    const { text } = this;
    let index = 0;
    let textStart = 0;
    const flush = (end: number): void => {
      if (end > textStart) this.pushText(textStart, end, text.slice(textStart, end));
    };
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === SPACE || code === TAB) {
        // Blanks matter only before a line ending or the end (dropped, or a hard break).
        let end = index + 1;
        while (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB) end++;
        if (end < text.length && text.charCodeAt(end) !== LINE_FEED) {
          index = end;
          continue;
        }
      }
      // Text before a construct goes first; a failed construct's character joins the text after it.
      const special = isSpecial(code);
      if (special) {
        flush(index);
        textStart = index;
      }
      const consumed = special ? this.construct(code, index) : undefined;
      if (consumed === undefined) {
        if (this.options.gfm) {
          // An address micromark did not link is linked by remark-gfm's later pass, without a position.
          if (code === 64 && isAtext(text.charCodeAt(index - 1))) decline('e-mail-like text left to the GFM transform');
          // No literal starts right after a letter (micromark's `previous` checks); most characters stop here.
          const literal = isAsciiAlpha(text.charCodeAt(index - 1)) || !isAtext(code) ? undefined : this.autolinkLiteral(index);
          if (literal !== undefined && this.openBrackets > 0) {
            // micromark links nothing inside a link's text; remark-gfm's later pass links it unless it is in a link.
            if (/[*_]/.test(text.slice(index, literal))) decline('literal autolink with emphasis markers inside brackets');
            this.unlinkedLiterals.push(index);
            index = literal;
            continue;
          }
          if (literal !== undefined) {
            flush(index);
            this.pushNode(this.link(index, literal, index, literal, text.slice(index, literal)));
            index = literal;
            textStart = index;
            continue;
          }
        }
        index++;
        continue;
      }
      index = consumed;
      textStart = index;
    }
    flush(text.length);
    this.processEmphasis(0);
    for (const literal of this.unlinkedLiterals) {
      if (!this.linkTexts.some((range) => range.start <= literal && literal < range.end)) decline('literal autolink after an unclosed [');
    }
    return this.toNodes(this.items);
  }

  private pushText(start: number, end: number, value: string): void {
    this.items.push({ kind: 'text', start, end, value });
  }

  private pushNode(node: PhrasingContent): void {
    this.items.push({ kind: 'node', node });
  }

  private position(start: number, end: number): { start: Point; end: Point } {
    return { start: this.options.point(this.joined.startOffset(start)), end: this.options.point(this.joined.endOffset(end)) };
  }

  /** Tries the construct that `code` may open at `index`; returns where it ends, or undefined for plain text. */
  private construct(code: number, index: number): number | undefined {
    switch (code) {
      case 92: // backslash
        return this.escape(index);
      case 96: // backtick
        return this.codeSpan(index);
      case 60: // <
        return this.angle(index);
      case 38: // &
        return this.reference(index);
      case 42: // *
      case 95: // _
        return this.delimiterRun(code, index);
      case 91: // [
        return this.bracket(index, false);
      case 33: // !
        return this.text.charCodeAt(index + 1) === 91 ? this.bracket(index, true) : undefined;
      case 93: // ]
        return this.closeBracket(index);
      case LINE_FEED:
        return this.lineEnding(index);
      case SPACE:
      case TAB:
        return this.blanks(index);
      case 126: // ~
        return this.options.gfm ? decline('strikethrough') : undefined;
      default:
        return undefined;
    }
  }

  private escape(index: number): number | undefined {
    const next = this.text.charCodeAt(index + 1);
    if (next === LINE_FEED) {
      this.pushNode({ type: 'break', position: this.position(index, index + 2) });
      return index + 2;
    }
    if (Number.isNaN(next) || !ASCII_PUNCTUATION.test(String.fromCharCode(next))) return undefined;
    if (this.options.gfm && next === 124) decline('escaped pipe');
    this.pushText(index, index + 2, String.fromCharCode(next));
    return index + 2;
  }

  /** Blanks before a line ending or the end are no text (two or more spaces make a hard break). */
  private blanks(index: number): number | undefined {
    let end = index;
    let tabs = false;
    while (this.text.charCodeAt(end) === SPACE || this.text.charCodeAt(end) === TAB) {
      if (this.text.charCodeAt(end) === TAB) tabs = true;
      end++;
    }
    if (end === this.text.length) return end;
    if (this.text.charCodeAt(end) !== LINE_FEED) return undefined;
    if (tabs || end - index < 2) return end;
    this.pushNode({ type: 'break', position: this.position(index, end + 1) });
    return end + 1;
  }

  private lineEnding(index: number): number {
    const offset = this.joined.startOffset(index);
    const source = this.options.source;
    const ending = source.charCodeAt(offset) !== 13 ? '\n' : source.charCodeAt(offset + 1) === LINE_FEED ? '\r\n' : '\r';
    this.pushText(index, index + 1, ending);
    return index + 1;
  }

  private codeSpan(index: number): number {
    const { text } = this;
    let end = index;
    while (text.charCodeAt(end) === 96) end++;
    const size = end - index;
    for (let search = end; search < text.length;) {
      const found = text.indexOf('`', search);
      if (found === -1) break;
      let closeEnd = found;
      while (text.charCodeAt(closeEnd) === 96) closeEnd++;
      if (closeEnd - found === size) {
        // Over lines, remark keeps the next line's indentation in the value, which the segments leave out.
        if (text.includes('\n', end) && text.indexOf('\n', end) < found) decline('code span over lines');
        this.pushNode({ type: 'inlineCode', value: codeValue(text.slice(end, found)), position: this.position(index, closeEnd) });
        return closeEnd;
      }
      search = closeEnd;
    }
    // No closing run: the backticks are text. Searching again from each later backtick would be quadratic.
    if (text.indexOf('`', end) !== -1) decline('unclosed code span');
    // micromark's failed search for a closer past a line ending moves later line endings' ends past a container's prefix.
    if (this.options.inContainer && text.includes('\n', end)) decline('unclosed code span before a line ending in a container');
    this.pushText(index, end, text.slice(index, end));
    return end;
  }

  private angle(index: number): number | undefined {
    this.countDelimiter();
    const rest = this.lineRest(index);
    const autolink = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\p{Cc}]*)>/u.exec(rest);
    if (autolink?.[1] !== undefined) {
      const end = index + autolink[0].length;
      this.pushNode(this.link(index, end, index + 1, end - 1, autolink[1]));
      return end;
    }
    const email =
      /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/.exec(rest);
    if (email?.[1] !== undefined) {
      const end = index + email[0].length;
      this.pushNode(this.link(index, end, index + 1, end - 1, email[1]));
      return end;
    }
    const html = INLINE_HTML.exec(rest);
    if (html) {
      const end = index + html[0].length;
      this.pushNode({ type: 'html', value: html[0], position: this.position(index, end) });
      return end;
    }
    // A tag may continue on the next line; such HTML is left to micromark.
    if (/^<[A-Za-z/!?]/.test(rest)) decline('inline HTML over lines or malformed');
    return undefined;
  }

  private link(start: number, end: number, textStart: number, textEnd: number, value: string): PhrasingContent {
    return {
      type: 'link',
      url: value,
      title: null,
      children: [{ type: 'text', value, position: this.position(textStart, textEnd) }],
      position: this.position(start, end),
    };
  }

  private lineRest(index: number): string {
    const lineEnd = this.text.indexOf('\n', index);
    return this.text.slice(index, lineEnd === -1 ? this.text.length : lineEnd);
  }

  private reference(index: number): number | undefined {
    const match = /^&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/.exec(this.text.slice(index, index + 40));
    if (!match) return undefined;
    let value: string;
    if (match[1] !== undefined) value = decodeNumeric(match[1], 10);
    else if (match[2] !== undefined) value = decodeNumeric(match[2], 16);
    else value = ENTITIES[match[3] ?? ''] ?? decline(`character reference &${match[3]};`);
    const end = index + match[0].length;
    this.pushText(index, end, value);
    return end;
  }

  private countDelimiter(): void {
    if (++this.delimiters > MAX_DELIMITERS) decline('too many delimiters in one paragraph');
  }

  private delimiterRun(marker: number, index: number): number {
    const { text } = this;
    let end = index;
    while (text.charCodeAt(end) === marker) end++;
    this.countDelimiter();
    const previous = text.charCodeAt(index - 1);
    const next = text.charCodeAt(end);
    const before = classify(previous);
    const after = classify(next);
    const isMarker = (code: number): boolean => code === 42 || code === 95;
    const open = after === 0 || (after === 2 && before !== 0) || isMarker(next);
    const close = before === 0 || (before === 2 && after !== 0) || isMarker(previous);
    this.items.push({
      kind: 'delimiter',
      marker,
      start: index,
      end,
      canOpen: marker === 42 ? open : open && (before !== 0 || !close),
      canClose: marker === 42 ? close : close && (after !== 0 || !open),
    });
    return end;
  }

  private bracket(index: number, image: boolean): number {
    this.countDelimiter();
    this.openBrackets++;
    const end = index + (image ? 2 : 1);
    this.brackets.push(this.items.length);
    this.items.push({ kind: 'bracket', image, start: index, end, active: true });
    return end;
  }

  private closeBracket(index: number): number {
    this.countDelimiter();
    if (this.openBrackets > 0) this.openBrackets--;
    const openerIndex = this.brackets.pop() ?? -1;
    const opener = this.items[openerIndex];
    if (opener?.kind !== 'bracket') return this.literal(index, index + 1);
    if (!opener.active) {
      this.items[openerIndex] = { kind: 'text', start: opener.start, end: opener.end, value: this.text.slice(opener.start, opener.end) };
      return this.literal(index, index + 1);
    }
    const resourceEnd = this.resource(index + 1);
    const reference = resourceEnd === undefined ? this.linkReference(opener.end, index) : undefined;
    const end = resourceEnd ?? reference?.end;
    if (end === undefined) {
      this.items[openerIndex] = { kind: 'text', start: opener.start, end: opener.end, value: this.text.slice(opener.start, opener.end) };
      return this.literal(index, index + 1);
    }
    // An image reference's alt is its text made plain, which is not reproduced.
    if (reference && opener.image) decline('image reference');
    this.processEmphasis(openerIndex + 1);
    this.linkTexts.push({ start: opener.end, end: index });
    const children = this.items.splice(openerIndex);
    children.shift();
    const position = this.position(opener.start, end);
    if (opener.image) {
      this.pushNode({ type: 'image', url: '', alt: null, title: null, position });
    } else if (reference) {
      // Keys in the order mdast-util-from-markdown leaves them.
      this.pushNode({
        type: 'linkReference',
        children: this.toNodes(children),
        position,
        label: reference.label,
        identifier: normalizeIdentifier(reference.label).toLowerCase(),
        referenceType: reference.referenceType,
      });
    } else {
      this.pushNode({ type: 'link', url: '', title: null, children: this.toNodes(children), position });
    }
    // Links may not contain links: earlier openers can no longer make one.
    if (!opener.image) for (const item of this.items) if (item.kind === 'bracket' && !item.image) item.active = false;
    return end;
  }

  /**
   * micromark's reference after a link text [textStart, close) that has no resource: a full
   * `[label]` naming a definition, else, when the text names one, a collapsed `[]` or, when no
   * `[` follows, a shortcut.
   */
  private linkReference(textStart: number, close: number): Reference | undefined {
    if (this.options.definitions.size === 0) return undefined;
    const { text } = this;
    const textLabel = text.slice(textStart, close);
    const defined = this.isDefined(textLabel);
    if (text.charCodeAt(close + 1) === 91) {
      // After a failed full reference only a collapsed `[]` remains, not a shortcut.
      const labelEnd = this.fullLabelEnd(close + 2);
      const label = labelEnd === undefined ? undefined : text.slice(close + 2, labelEnd);
      if (label !== undefined && labelEnd !== undefined && this.isDefined(label)) return { end: labelEnd + 1, referenceType: 'full', label };
      return defined && text.charCodeAt(close + 2) === 93 ? { end: close + 3, referenceType: 'collapsed', label: textLabel } : undefined;
    }
    return defined ? { end: close + 1, referenceType: 'shortcut', label: textLabel } : undefined;
  }

  /** Where the label of a full reference starting at `start` (after its `[`) ends, at its `]`. */
  private fullLabelEnd(start: number): number | undefined {
    const { text } = this;
    let seen = false;
    for (let index = start; index < text.length && index - start <= 999; index++) {
      const code = text.charCodeAt(index);
      if (code === 91) return undefined;
      if (code === 93) return seen ? index : undefined;
      // An escape may hide a bracket; such labels never name a definition here (none has a backslash).
      if (code === 92) return undefined;
      if (code !== SPACE && code !== TAB && code !== LINE_FEED) seen = true;
    }
    return undefined;
  }

  /**
   * Whether a label names a definition. Definitions here hold no backslash or `&`, so a label
   * with one names none; one over lines, whose raw text micromark takes from the source, declines.
   */
  private isDefined(label: string): boolean {
    const defined = this.options.definitions.has(normalizeIdentifier(label));
    if (defined && label.includes('\n')) decline('reference label over lines');
    return defined;
  }

  private literal(start: number, end: number): number {
    this.pushText(start, end, this.text.slice(start, end));
    return end;
  }

  /**
   * An inline link's `(destination "title")` right after `]`, on one line; its end, or undefined
   * when there is none. A resource that might continue on the next line declines.
   */
  private resource(index: number): number | undefined {
    if (this.text.charCodeAt(index) !== 40) return undefined;
    const rest = this.lineRest(index);
    const match = RESOURCE.exec(rest);
    if (match) return index + match[0].length;
    if (rest.length === this.text.length - index) return undefined;
    return decline('link resource not closed on its line');
  }

  /** A GFM literal autolink (www., http(s)://, e-mail) starting at `index`: its end, or undefined. */
  private autolinkLiteral(index: number): number | undefined {
    const { text } = this;
    const code = text.charCodeAt(index);
    const previous = text.charCodeAt(index - 1);
    const atext = isAtext;
    let end: number | undefined;
    if ((code === 104 || code === 72) && !isAsciiAlpha(previous) && /^https?:\/\//i.test(text.slice(index, index + 8))) {
      const domainStart = index + text.slice(index, index + 8).indexOf('//') + 2;
      const first = text.charCodeAt(domainStart);
      if (!Number.isNaN(first) && !isWhitespaceOrPunctuation(first) && first >= 32) end = urlEnd(text, domainStart);
      if (end === undefined) decline('http literal micromark may leave to the GFM transform');
    } else if ((code === 119 || code === 87) && /^www\./i.test(text.slice(index, index + 4))) {
      if (!(Number.isNaN(previous) || [40, 42, 95, 91, 93, 126, 32, 10, 9].includes(previous))) {
        // remark-gfm's later pass links "www." after other punctuation, without a position.
        return classify(previous) === 0 ? undefined : decline('www literal after punctuation');
      }
      end = urlEnd(text, index);
      if (end === undefined) decline('www literal micromark may leave to the GFM transform');
    } else if (atext(code) && !(previous === 47 || atext(previous))) {
      let at = index;
      while (atext(text.charCodeAt(at))) at++;
      if (text.charCodeAt(at) !== 64) return undefined;
      end = emailEnd(text, at + 1);
      if (end === undefined) decline('e-mail-like text micromark may leave to the GFM transform');
    } else return undefined;
    if (/[\\&<`[\]~]/.test(text.slice(index, end))) decline('literal autolink with markup characters');
    return end;
  }

  /** CommonMark's emphasis resolution (as micromark does it) over the items from `bottom` on. */
  private processEmphasis(bottom: number): void {
    const { items } = this;
    for (let closerIndex = bottom; closerIndex < items.length; closerIndex++) {
      const closer = items[closerIndex];
      if (closer?.kind !== 'delimiter' || !closer.canClose) continue;
      let matched = false;
      for (let openerIndex = closerIndex - 1; openerIndex >= bottom; openerIndex--) {
        const opener = items[openerIndex];
        if (opener?.kind !== 'delimiter' || !opener.canOpen || opener.marker !== closer.marker) continue;
        const openSize = opener.end - opener.start;
        const closeSize = closer.end - closer.start;
        if ((opener.canClose || closer.canOpen) && closeSize % 3 !== 0 && (openSize + closeSize) % 3 === 0) continue;
        const use = openSize > 1 && closeSize > 1 ? 2 : 1;
        const start = opener.end - use;
        const end = closer.start + use;
        opener.end = start;
        closer.start = end;
        const children = items.slice(openerIndex + 1, closerIndex);
        const node: PhrasingContent = {
          type: use === 2 ? 'strong' : 'emphasis',
          children: this.toNodes(children),
          position: this.position(start, end),
        };
        const replaced: Item[] = [];
        if (opener.end > opener.start) replaced.push(opener);
        replaced.push({ kind: 'node', node });
        if (closer.end > closer.start) replaced.push(closer);
        items.splice(openerIndex, closerIndex - openerIndex + 1, ...replaced);
        // Look at the closer again: what remains of it may close an earlier opener.
        closerIndex = openerIndex + replaced.length - (closer.end > closer.start ? 2 : 1);
        matched = true;
        break;
      }
      if (!matched) continue;
    }
  }

  /** Items as mdast nodes: adjacent text (and unused delimiters and brackets) merge into one text node. */
  private toNodes(items: readonly Item[]): PhrasingContent[] {
    const nodes: PhrasingContent[] = [];
    let open: { start: number; end: number; value: string } | undefined;
    const close = (): void => {
      if (!open) return;
      nodes.push({ type: 'text', value: open.value, position: this.position(open.start, open.end) });
      open = undefined;
    };
    for (const item of items) {
      if (item.kind === 'node') {
        close();
        nodes.push(item.node);
        continue;
      }
      if (item.end <= item.start) continue;
      const value = item.kind === 'text' ? item.value : this.text.slice(item.start, item.end);
      if (open) {
        open.value += value;
        open.end = item.end;
      } else open = { start: item.start, end: item.end, value };
    }
    close();
    return nodes;
  }
}

/** A single-line raw HTML tag, comment, processing instruction, declaration or CDATA section. */
const INLINE_HTML = new RegExp(
  '^(?:' +
    [
      String.raw`<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>\x60]+|'[^']*'|"[^"]*"))?)*[ \t]*/?>`,
      String.raw`</[A-Za-z][A-Za-z0-9-]*[ \t]*>`,
      String.raw`<!---?>`,
      String.raw`<!--(?:[^-]|-(?!->))*?-->`,
      String.raw`<\?.*?\?>`,
      String.raw`<![A-Za-z][^>]*>`,
      String.raw`<!\[CDATA\[.*?\]\]>`,
    ].join('|') +
    ')',
);

/** `(destination "title")` on one line: a bare destination without blanks or `<…>`, parentheses nested at most once. */
const RESOURCE = /^\([ \t]*(?:<[^<>\n\\]*>|(?:[^\s()\\\p{Cc}]|\((?:[^\s()\\\p{Cc}])*\))*)(?:[ \t]+(?:"[^"\\]*"|'[^'\\]*'|\([^()\\]*\)))?[ \t]*\)/u;

/** A code span's value as remark gives it: one space gone from each side when both sides have one and it is not all spaces. */
function codeValue(content: string): string {
  if (content.length < 3 || !content.startsWith(' ') || !content.endsWith(' ') || /^ *$/.test(content)) return content;
  return content.slice(1, -1);
}

const TRAIL = new Set([33, 34, 39, 41, 42, 44, 46, 58, 59, 63, 95, 126]);
const PATH_PUNCTUATION = new Set([33, 34, 38, 39, 41, 42, 44, 46, 58, 59, 60, 63, 93, 95, 126]);

function isBlankOrEnd(code: number): boolean {
  return Number.isNaN(code) || WHITESPACE.test(String.fromCharCode(code));
}

/**
 * micromark's check at trailing punctuation in a literal autolink: true when the punctuation from
 * `index` on ends the link (it is followed by a blank, `<` or the end).
 */
function trailingFrom(text: string, index: number): { trailing: boolean; runEnd: number } {
  let at = index;
  for (;;) {
    const code = text.charCodeAt(at);
    if (TRAIL.has(code)) at++;
    else if (code === 38) {
      // `&name;` after the link counts as trailing; anything else there declines (rare in notices).
      decline('character reference after a literal autolink');
    } else if (code === 93) {
      at++;
      const next = text.charCodeAt(at);
      if (isBlankOrEnd(next) || next === 40 || next === 91) return { trailing: true, runEnd: at };
    } else return { trailing: code === 60 || isBlankOrEnd(code), runEnd: at };
  }
}

/**
 * `trailingFrom` over a literal: a run found not trailing is not looked at again from each of
 * its characters, so the work stays linear in the literal's length.
 */
function trailChecker(text: string): (index: number) => boolean {
  let insideUntil = -1;
  return (index) => {
    if (index < insideUntil) return false;
    const { trailing, runEnd } = trailingFrom(text, index);
    if (!trailing) insideUntil = runEnd;
    return trailing;
  };
}

/** End of a www. or http(s):// literal's domain and path from `index`, or undefined when it is none. */
function urlEnd(text: string, index: number): number | undefined {
  const isTrail = trailChecker(text);
  let at = index;
  let seen = false;
  let underscoreInLast = false;
  let underscoreInPrevious = false;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 46 || code === 95) {
      if (isTrail(at)) break;
      if (code === 95) underscoreInLast = true;
      else {
        underscoreInPrevious = underscoreInLast;
        underscoreInLast = false;
      }
      at++;
      continue;
    }
    if (isBlankOrEnd(code) || (code !== 45 && isWhitespaceOrPunctuation(code))) break;
    seen = true;
    at++;
  }
  if (underscoreInLast || underscoreInPrevious || !seen) return undefined;
  let open = 0;
  let close = 0;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 40) {
      open++;
      at++;
    } else if (code === 41 && close < open) {
      close++;
      at++;
    } else if (PATH_PUNCTUATION.has(code)) {
      if (isTrail(at)) return at;
      if (code === 41) close++;
      at++;
    } else if (isBlankOrEnd(code)) return at;
    else at++;
  }
}

/** End of an e-mail literal's domain from `index` (after `@`), or undefined when it is none. */
function emailEnd(text: string, index: number): number | undefined {
  let at = index;
  let data = false;
  let dot = false;
  for (;;) {
    const code = text.charCodeAt(at);
    if (code === 46) {
      if (!isAsciiAlphanumeric(text.charCodeAt(at + 1))) break;
      dot = true;
      at++;
    } else if (code === 45 || code === 95 || isAsciiAlphanumeric(code)) {
      data = true;
      at++;
    } else break;
  }
  return data && dot && isAsciiAlpha(text.charCodeAt(at - 1)) ? at : undefined;
}

/** The phrasing nodes of inline content made of `segments` (lines whose text runs together). */
export function parseInline(segments: readonly Segment[], options: InlineOptions): PhrasingContent[] {
  if (segments.length === 0) return [];
  return new InlineParser(new Joined(options.source, segments), options).parse();
}
