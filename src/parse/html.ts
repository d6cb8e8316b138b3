import type { Element, Nodes as HastNodes, Root as HastRoot, RootContent as HastContent, Text } from 'hast';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { clearlyOtherLanguage } from '../language-choice.js';
import { languageScores, type LanguagePack } from '../lexicon/index.js';
import { LANGUAGES, type Language, type Range } from '../model/types.js';
import { findDate } from '../text/dates.js';
import type { ParsedDocument } from './document.js';
import { documentFromTree } from './markdown.js';

/**
 * HTML notices: a web page as saved or exported (a CMS page, a Word "Save as web page"). The page
 * is parsed with rehype-parse (parse5, as browsers parse), the part a reader reads as the notice
 * is chosen (`<main>`, `[role=main]`, a lone `<article>`, else `<body>`), page chrome is dropped
 * (navigation, scripts, cookie banners, form controls, page header and footer), and the rest is
 * converted to mdast so that the Markdown parser's heading conventions apply unchanged.
 *
 * Offsets stay those of the HTML source: `text` is the source with tags, comments and dropped
 * elements blanked. Character references are decoded in place; where one shortens a word
 * ("f&auml;r"), the rest of the word moves left to close the gap, so words stay whole for the
 * lexicon and only columns inside that one word drift (docs/formats.md).
 */

/** The libraries, loaded on the first HTML notice only: a Markdown run never pays for parse5. */
export interface HtmlTools {
  parse(source: string): HastRoot;
  toMdast(tree: HastNodes): MdastNodes;
  /** A character reference as written ("&auml;", "&#228;", legacy "&copy") → its text; unknown ones unchanged. */
  decodeReference(reference: string): string;
}

let loading: Promise<HtmlTools> | undefined;

export function loadHtmlTools(): Promise<HtmlTools> {
  loading ??= (async () => {
    const [{ unified }, { default: rehypeParse }, { toMdast }, { decodeHTML }] = await Promise.all([
      import('unified'),
      import('rehype-parse'),
      import('hast-util-to-mdast'),
      import('entities'),
    ]);
    const processor = unified().use(rehypeParse);
    return { parse: (source) => processor.parse(source), toMdast: (tree) => toMdast(tree), decodeReference: decodeHTML };
  })();
  return loading;
}

/** HTML string → canonical document, offsets into that string. The entry point for HTML and for formats converted to HTML. */
export async function parseHtmlNotice(source: string, pack: LanguagePack): Promise<ParsedDocument> {
  return parseHtml(source, pack, await loadHtmlTools());
}

/** Elements whose content is never notice text. The vocabulary is HTML's own, so it lives here, not in a lexicon. */
const NEVER_TEXT = new Set(
  (
    'head script style noscript template nav input select option optgroup textarea datalist output meter progress ' +
    'svg canvas iframe object embed audio video map dialog'
  ).split(' '),
);

/**
 * Phrasing elements: a word may run on across them ("<b>Tietosuoja</b>seloste"), so they do not
 * break words. A `<button>` is one too: accordions put section titles in `<h3><button>`.
 */
const INLINE = new Set(
  'a abbr b bdi bdo big button cite code data del dfn em font i ins kbd label mark nobr q s samp small span strike strong sub sup time tt u var wbr o:p'.split(
    ' ',
  ),
);

/** Inside these, a `<header>` or `<footer>` belongs to the notice; elsewhere it is the page's. */
const SECTIONING = new Set(['main', 'article', 'section']);

/**
 * Class or id words of cookie and consent banners: a cookie or consent word joined to a word
 * for page chrome ("cookie-notice", "consent-banner", "CybotCookiebotDialog"), or a consent
 * manager's own name. A word alone is not enough: a notice's own `<section id="consent">` or
 * `<h2 id="cookies">` is notice text.
 */
const BANNER_WORDS =
  /(?:cookie|consent|gdpr|cmp)s?[-_]?(?:banner|bar|notice|notification|popup|pop-up|dialog|modal|wall|overlay|layer|box|container|wrapper|manager|sdk|law|prompt|alert|message|panel|window|bot|consent)|(?:banner|popup|dialog|modal)[-_]?(?:cookie|consent)|^cc[-_](?:banner|window|revoke)$|onetrust|usercentrics|didomi|qc-cmp|iubenda|cmplz|borlabs|klaro|tarteaucitron|cookieyes|cookiehub|cookiefirst|osano|termly/i;

/** Banners are containers; a heading or paragraph that names consent is never one. */
const BANNER_CONTAINERS = new Set(['div', 'section', 'aside', 'dialog', 'form', 'span']);

function attribute(element: Element, name: string): string {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return value === undefined || value === null ? '' : String(value);
}

function isBanner(element: Element): boolean {
  if (!BANNER_CONTAINERS.has(element.tagName)) return false;
  return [attribute(element, 'id'), attribute(element, 'className')].some((value) => value.split(/\s+/).some((word) => BANNER_WORDS.test(word)));
}

function isHidden(element: Element): boolean {
  return (
    element.properties['hidden'] === true ||
    attribute(element, 'ariaHidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribute(element, 'style'))
  );
}

/** Page chrome, not notice text. */
function isDropped(element: Element, inSection: boolean): boolean {
  const tag = element.tagName;
  const role = attribute(element, 'role');
  // ARIA roles say the same of the `<div>`s older pages are built of.
  if (NEVER_TEXT.has(tag) || role === 'navigation' || role === 'search' || isHidden(element) || isBanner(element)) return true;
  return (tag === 'header' || tag === 'footer' || role === 'banner' || role === 'contentinfo') && !inSection;
}

function isElement(node: HastNodes): node is Element {
  return node.type === 'element';
}

/** Depth-first, the first element `test` accepts, not looking inside dropped chrome. */
function findElement(node: HastNodes, test: (element: Element) => boolean): Element | undefined {
  if (isElement(node)) {
    if (test(node)) return node;
    if (NEVER_TEXT.has(node.tagName)) return undefined;
  }
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

function allElements(node: HastNodes, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (isElement(node) && test(node)) found.push(node);
  if ('children' in node) for (const child of node.children) allElements(child, test, found);
  return found;
}

/** The part a reader reads as the notice: `<main>` or `[role=main]`, else a lone `<article>`, else `<body>`. */
function noticeRoot(tree: HastRoot): HastRoot | Element {
  const main = findElement(tree, (element) => element.tagName === 'main' || attribute(element, 'role') === 'main');
  if (main) return main;
  const articles = allElements(tree, (element) => element.tagName === 'article');
  if (articles.length === 1 && articles[0]) return articles[0];
  return findElement(tree, (element) => element.tagName === 'body') ?? tree;
}

/** The text under construction: the source blanked, with visible characters written back. */
interface Mask {
  source: string;
  characters: string[];
  /** Where the next character of the current word goes. */
  cursor: number;
  inWord: boolean;
  decode: (reference: string) => string;
}

const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6};?|#\d{1,7};?|[a-zA-Z][a-zA-Z0-9]{1,31};?)/y;
/** Characters a reader does not see: soft hyphens and zero-width marks inside words. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function writeWordPart(mask: Mask, characters: string, at: number): void {
  if (!mask.inWord) {
    mask.cursor = at;
    mask.inWord = true;
  }
  for (let index = 0; index < characters.length; index++) mask.characters[mask.cursor++] = characters[index] ?? ' ';
}

/** Writes a text node's visible characters at their source offsets, references decoded, words kept whole. */
function writeText(mask: Mask, node: Text): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const raw = mask.source.slice(start, end);
  for (let index = 0; index < raw.length;) {
    const at = start + index;
    if (raw[index] === '&') {
      REFERENCE.lastIndex = index;
      const reference = REFERENCE.exec(raw)?.[0];
      const decoded = reference === undefined ? undefined : mask.decode(reference);
      if (reference !== undefined && decoded !== undefined && decoded !== reference) {
        const visible = decoded.replace(INVISIBLE, '');
        // A no-break space ends the word like a space; a soft hyphen leaves the word running on.
        if (visible.trim() === '') {
          if (visible !== '') mask.inWord = false;
        } else writeWordPart(mask, visible, at);
        index += reference.length;
        continue;
      }
    }
    const character = raw[index] ?? ' ';
    if (/\s/.test(character)) {
      mask.inWord = false;
      mask.characters[at] = character;
    } else writeWordPart(mask, character, at);
    index++;
  }
}

function isPhrasing(node: HastContent): boolean {
  if (node.type === 'element') return INLINE.has(node.tagName) || node.tagName === 'br' || node.tagName === 'img';
  return node.type === 'text' || node.type === 'comment';
}

/**
 * Page structures the Markdown conventions would miss, rewritten into ones they read: a term
 * (`<dt>`) is a bold title line over its `<dd>`, a `<div>` holding only text is a paragraph (as
 * a browser shows it), a `<button>` (an accordion's title) is text.
 */
function inMarkdownShape(element: Element): Element {
  const { tagName, position } = element;
  if (tagName === 'dt') {
    const strong: Element = { type: 'element', tagName: 'strong', properties: {}, children: element.children, ...(position ? { position } : {}) };
    return { ...element, tagName: 'p', children: [strong] };
  }
  if (tagName === 'dl' || tagName === 'dd') return { ...element, tagName: 'div' };
  if (tagName === 'div' && element.children.every(isPhrasing)) return { ...element, tagName: 'p' };
  if (tagName === 'button') return { ...element, tagName: 'span' };
  return element;
}

/**
 * Walks the notice root: writes its visible text into the mask and returns a copy of the tree
 * without the dropped chrome, for the conversion to mdast.
 */
function collect<T extends HastRoot | Element>(node: T, mask: Mask, inSection: boolean): T {
  const children: HastContent[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      // White space between blocks carries nothing, and parse5 gives the white space after
      // `</body>` a position that spans the closing tags.
      if (child.value.trim() === '') mask.inWord = false;
      else writeText(mask, child);
      children.push(child);
    } else if (child.type === 'element') {
      if (isDropped(child, inSection)) {
        mask.inWord = false;
        continue;
      }
      const inline = INLINE.has(child.tagName);
      if (!inline) mask.inWord = false;
      children.push(inMarkdownShape(collect(child, mask, inSection || SECTIONING.has(child.tagName))));
      if (!inline) mask.inWord = false;
    }
  }
  return { ...node, children };
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function languageOf(element: Element | undefined): Language | undefined {
  const code = element ? attribute(element, 'lang').slice(0, 2).toLowerCase() : '';
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : undefined;
}

/**
 * The `lang` attribute nearest the notice is a hint: pages keep a template's `lang="en"` over
 * Finnish text, so the hint gives way when the text clearly reads as another language.
 */
function noticeLanguage(tree: HastRoot, root: HastRoot | Element, text: string, pack: LanguagePack): Language | undefined {
  const hint =
    (root.type === 'element' ? languageOf(root) : undefined) ??
    languageOf(findElement(tree, (element) => element.tagName === 'body')) ??
    languageOf(findElement(tree, (element) => element.tagName === 'html'));
  const scores = languageScores(text);
  if (hint && !clearlyOtherLanguage(hint, scores)) return hint;
  return clearlyOtherLanguage(pack.language, scores);
}

/** A `<time datetime="…">` in the notice: the date the reader sees, in a form that needs no guessing. */
function noticeDate(root: HastRoot | Element): { date: string; range: Range } | undefined {
  for (const time of allElements(root, (element) => element.tagName === 'time')) {
    const found = findDate(attribute(time, 'dateTime'));
    const start = time.position?.start.offset;
    const end = time.position?.end.offset;
    if (found && start !== undefined && end !== undefined) return { date: found.iso, range: { start, end } };
  }
  return undefined;
}

/** The page's title when the notice has no `<h1>` of its own: the page's first `<h1>`, else `<title>`. */
function pageTitle(tree: HastRoot): string | undefined {
  const heading = findElement(tree, (element) => element.tagName === 'h1');
  // `<title>` is in `<head>`, which findElement does not enter.
  const [pageTitle] = allElements(tree, (element) => element.tagName === 'title');
  for (const element of [heading, pageTitle]) {
    const title = element ? textOf(element).replace(/\s+/g, ' ').trim() : '';
    if (title) return title;
  }
  return undefined;
}

export function parseHtml(source: string, pack: LanguagePack, tools: HtmlTools): ParsedDocument {
  const tree = tools.parse(source);
  const root = noticeRoot(tree);
  const mask: Mask = {
    source,
    characters: source.replace(/[^\r\n]/g, ' ').split(''),
    cursor: 0,
    inWord: false,
    decode: tools.decodeReference,
  };
  const kept = collect(root, mask, root.type === 'element' && SECTIONING.has(root.tagName));
  const text = mask.characters.join('');
  const converted = tools.toMdast(kept);
  const mdast: MdastRoot = converted.type === 'root' ? converted : { type: 'root', children: [converted as MdastRoot['children'][number]] };
  const document = documentFromTree(source, mdast, text, pack);
  // The body as a reader reads it (print-model shows it): the source slice would be markup.
  for (const section of document.sections) section.text = text.slice(section.bodyRange.start, section.bodyRange.end).replace(/\s+/g, ' ').trim();
  const language = noticeLanguage(tree, root, text, pack);
  const title = document.title ?? pageTitle(tree);
  const dated = noticeDate(root);
  return {
    ...document,
    ...(title === undefined ? {} : { title }),
    ...(language === undefined ? {} : { language }),
    ...(dated ? { date: dated.date, metaRanges: { ...document.metaRanges, date: dated.range } } : {}),
  };
}
