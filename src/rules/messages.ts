import { elementData, messageCatalogue } from '../lexicon/index.js';
import type { ElementId, Language, LegalBasis } from '../model/types.js';

export type MessageData = Readonly<Record<string, string | number>>;

/** Catalogue section of noticelint's own findings (ruleId null); no rule can have this id. */
export const CORE_SECTION = 'noticelint';
/** Catalogue section of rule descriptions, keyed by rule id or core finding kind. */
export const DESCRIPTIONS_SECTION = 'descriptions';
/** Catalogue section of the texts `explain` and the SARIF help print around a rule. */
export const EXPLAIN_SECTION = 'explain';
/** Catalogue section of report lines: summaries, totals, the --max-warnings notice. */
export const REPORT_SECTION = 'report';

/** A message that cannot be filled completely: thrown in strict mode, so that tests catch gaps in the catalogue. */
export class MessageCatalogueError extends Error {}

/**
 * Strict mode (NOTICELINT_STRICT_MESSAGES=1, set by the test configuration) throws where the
 * catalogue lacks a text or a placeholder stays unfilled; users instead get the English text
 * or the visible {placeholder}, which beats losing the finding.
 */
export function strictMessages(): boolean {
  return process.env.NOTICELINT_STRICT_MESSAGES === '1';
}

function lookUp(locale: Language, section: string, template: string): string {
  const text = messageCatalogue(locale)[section]?.[template];
  if (text !== undefined) return text;
  if (strictMessages()) throw new MessageCatalogueError(`No ${locale} text for ${section}/${template} in rules/messages/${locale}.yaml`);
  return messageCatalogue('en')[section]?.[template] ?? `${section}: ${template}`;
}

/** Fills a catalogue template; `section` is a rule id, CORE_SECTION, DESCRIPTIONS_SECTION or EXPLAIN_SECTION. */
export function formatMessage(locale: Language, section: string, template: string, data: MessageData = {}): string {
  return lookUp(locale, section, template).replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value !== undefined && value !== '') return String(value);
    if (strictMessages())
      throw new MessageCatalogueError(`Placeholder {${key}} of ${section}/${template} (${locale}) is ${value === '' ? 'empty' : 'not filled'}`);
    return whole;
  });
}

/** A message of noticelint itself (read and parse failures, directives). */
export function coreMessage(locale: Language, template: string, data: MessageData = {}): string {
  return formatMessage(locale, CORE_SECTION, template, data);
}

/** A report line from the catalogue's report section. */
export function reportText(locale: Language, key: string, data: MessageData = {}): string {
  return formatMessage(locale, REPORT_SECTION, key, data);
}

/** "1 problem", "3 ongelmaa": `word` is problems, errors or warnings, in the plural form `count` takes in `locale`. */
export function countOf(locale: Language, word: 'problems' | 'errors' | 'warnings', count: number): string {
  const category = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return reportText(locale, `${word}-${category}`, { count });
}

export function ruleDescription(id: string, locale: Language): string {
  return formatMessage(locale, DESCRIPTIONS_SECTION, id);
}

export function elementName(element: ElementId, locale: Language): string {
  return elementData(element).name[locale];
}

/** The GDPR provision that asks for an element, cited in `locale`'s style; '' for elements GDPR does not name. */
export function elementArticle(element: ElementId, locale: Language): string {
  const article = elementData(element).article;
  return article ? formatArticle(article, locale) : '';
}

/** One provision as written in English in code and rules/elements.yaml: "13(1)(a)", "13(2)(b)–(d)", "44–49", "13(1)–(2)". */
interface Provision {
  article: string;
  paragraph?: string;
  point?: string;
}

const PROVISION = /^(\d+(?:–\d+)?)(?:\((\d+)\)(?:–\((\d+)\))?)?(?:\(([a-z])\)(?:–\(([a-z])\))?)?$/;

function parseProvision(text: string): Provision | undefined {
  const match = PROVISION.exec(text.trim());
  if (!match?.[1]) return undefined;
  const [, article, paragraph, paragraphTo, point, pointTo] = match;
  return {
    article,
    ...(paragraph ? { paragraph: paragraphTo ? `${paragraph}–${paragraphTo}` : paragraph } : {}),
    ...(point ? { point: pointTo ? `${point}–${pointTo}` : point } : {}),
  };
}

/**
 * Citation styles: Finnish "13 art. 1 a" / "12 art. 1 kohta" (the short form of "13 artiklan
 * 1 kohdan a alakohta"), Swedish "art. 13.1 a", English "Art. 13(1)(a)". The Swedish and
 * English prefix stands once before a list; Finnish puts "art." after each article number.
 */
const CITATION: Record<Language, { prefix: string; one: (provision: Provision) => string }> = {
  fi: {
    prefix: '',
    one: ({ article, paragraph, point }) => {
      if (!paragraph) return `${article} art.`;
      return point ? `${article} art. ${paragraph} ${point}` : `${article} art. ${paragraph} kohta`;
    },
  },
  sv: {
    prefix: 'art. ',
    one: ({ article, paragraph, point }) => `${article}${paragraph ? `.${paragraph}` : ''}${point ? ` ${point}` : ''}`,
  },
  en: {
    prefix: 'Art. ',
    one: ({ article, paragraph, point }) => {
      const points =
        point
          ?.split('–')
          .map((letter) => `(${letter})`)
          .join('–') ?? '';
      const paragraphs =
        paragraph
          ?.split('–')
          .map((number) => `(${number})`)
          .join('–') ?? '';
      return `${article}${paragraphs}${points}`;
    },
  },
};

/**
 * GDPR provisions, given in English notation ("13(1)(a), 14(1)(a)"), in `locale`'s citation
 * style. A part that is no provision (a recital, "WP260") is kept as written.
 */
export function formatArticle(reference: string, locale: Language): string {
  const style = CITATION[locale];
  const parts = reference.split(/,\s*/).map((part) => {
    const provision = parseProvision(part);
    return provision ? style.one(provision) : part.trim();
  });
  return `${style.prefix}${parts.join(', ')}`;
}

export function basisCitation(bases: readonly LegalBasis[], locale: Language): string {
  return formatArticle(bases.map((letter) => `6(1)(${letter})`).join(', '), locale);
}
