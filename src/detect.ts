import { languagePack, type LanguagePack } from './lexicon/index.js';
import { GDPR_ELEMENTS, LANGUAGES, type ElementId, type Notice } from './model/types.js';
import { presentElements } from './analysis/elements.js';
import { NoticeSource } from './analysis/source.js';

/**
 * Notice detection: does a document that a folder walk or a glob found look like a privacy
 * notice, or is it some other document (a how-to page, a changelog) that happens to be Markdown
 * or text? It reads the Notice already parsed for linting, so it costs a few pattern tests.
 * README.md and docs/notice-detection.md explain the decision to users.
 */

/** Evidence needed without a notice title: this many distinct GDPR elements … */
export const MIN_ELEMENTS = 4;
/** … at least one of them under a heading that names it. */
export const MIN_HEADED_ELEMENTS = 1;

const GDPR = new Set<ElementId>(GDPR_ELEMENTS);

export interface NoticeEvidence {
  /** Front matter `noticelint:`, or a YAML notice. */
  declared: boolean;
  /** The title, or the heading the document starts with, is nothing but a notice's name. */
  titled: boolean;
  /** Distinct GDPR elements present, by heading or text, as required-section counts them: the score. */
  elements: ElementId[];
  /** Of those, the ones a heading names. */
  headedElements: ElementId[];
  /** The file mentions personal data ("henkilötiedot", "personuppgifter", "personal data"), markup included. */
  mentionsPersonalData: boolean;
}

export type Verdict = 'declared' | 'titled' | 'evidence' | 'not-a-notice';

/** Language packs of every language: a Swedish title on a notice detected as Finnish still counts. */
function allPacks(): LanguagePack[] {
  return LANGUAGES.map(languagePack);
}

/** Title candidates: metadata or `#` title, and the first section's heading when nothing precedes it. */
function titles(notice: Notice): string[] {
  const first = notice.sections[0];
  const leading = first && first.heading !== '' && notice.text.slice(0, first.headingRange.start).trim() === '' ? [first.heading] : [];
  return [...(notice.title === undefined ? [] : [notice.title]), ...leading];
}

/** The title is only notice names and punctuation: "Tietosuojaseloste", "Integritetspolicy / Dataskyddspolicy", "Privacy". */
function isNoticeName(title: string, packs: readonly LanguagePack[]): boolean {
  let rest = title;
  for (const pack of packs) {
    for (const patterns of [pack.noticeTitles, pack.noticePageTitles]) {
      for (const match of patterns.matches(rest).reverse()) rest = rest.slice(0, match.start) + ' '.repeat(match.end - match.start) + rest.slice(match.end);
    }
  }
  return rest !== title && !/[\p{L}\p{N}]/u.test(rest);
}

/** `source` is the file's source object when the linter has one already. */
export function noticeEvidence(notice: Notice, source = new NoticeSource(notice)): NoticeEvidence {
  const packs = allPacks();
  const elements = [...presentElements(source)].filter((element) => GDPR.has(element));
  const headed = new Set(notice.sections.flatMap((section) => section.elements));
  return {
    declared: notice.declared === true,
    titled: titles(notice).some((title) => isNoticeName(title, packs)),
    elements,
    headedElements: elements.filter((element) => headed.has(element)),
    // The source, not the text: notices pasted into Markdown as HTML blocks have no visible text.
    mentionsPersonalData: packs.some((pack) => pack.personalData.test(notice.source)),
  };
}

/**
 * A notice says so (front matter `noticelint:`, a YAML notice); or is titled with a notice's name
 * and gives an element or mentions personal data; or, untitled, gives MIN_ELEMENTS GDPR elements,
 * one under its own heading. Other documents talk about notices, rarely in their structure.
 */
export function verdict(evidence: NoticeEvidence): Verdict {
  if (evidence.declared) return 'declared';
  if (evidence.titled && (evidence.elements.length > 0 || evidence.mentionsPersonalData)) return 'titled';
  if (evidence.elements.length >= MIN_ELEMENTS && evidence.headedElements.length >= MIN_HEADED_ELEMENTS) return 'evidence';
  return 'not-a-notice';
}
