import { languageScores } from './lexicon/index.js';
import { LANGUAGES, type Language } from './model/types.js';

/**
 * A configured language is overruled only on clear evidence: the detected language needs at
 * least this many function-word hits (a few lines of running text; a short or mixed notice
 * has fewer and keeps the configured language) …
 */
export const MISMATCH_MIN_HITS = 10;
/** … and at least this many times the hits of the configured language (bilingual notices keep it). */
export const MISMATCH_RATIO = 2;

export interface LanguageMismatch {
  configured: Language;
  detected: Language;
}

/** The language the text clearly reads as, when that is not `configured`; undefined when the evidence is not clear. */
export function clearlyOtherLanguage(configured: Language, scores: Readonly<Record<Language, number>>): Language | undefined {
  const best = LANGUAGES.reduce((top, language) => (scores[language] > scores[top] ? language : top), configured);
  if (best === configured) return undefined;
  const hits = scores[best];
  return hits >= MISMATCH_MIN_HITS && hits >= MISMATCH_RATIO * scores[configured] ? best : undefined;
}

export interface LanguageOptions {
  /** The command line's `--language`: a language is an order; `auto` detects, over the configuration. */
  language?: Language | 'auto';
  /** The configuration's `language:`. */
  defaultLanguage?: Language | 'auto';
}

/**
 * A configured language that the text clearly contradicts (a Finnish configuration over an
 * English notice). The command line's `--language` is never second-guessed, and `auto` has
 * nothing to contradict.
 */
export function configuredLanguageMismatch(source: string, options: LanguageOptions): LanguageMismatch | undefined {
  if (options.language !== undefined) return undefined;
  const configured = options.defaultLanguage;
  if (configured === undefined || configured === 'auto') return undefined;
  const detected = clearlyOtherLanguage(configured, languageScores(source));
  return detected ? { configured, detected } : undefined;
}

/**
 * What the parser is told: the command line's language (`auto` drops the configured one, so the
 * text is detected per file), else the configured language — or, when the text clearly reads
 * as another, that language, since linting English with Finnish words only produces noise.
 * A `language:` in the notice's own metadata still wins inside the parser.
 */
export function parseLanguageOptions(options: LanguageOptions, mismatch: LanguageMismatch | undefined): LanguageOptions {
  if (options.language !== undefined) return { language: options.language };
  if (mismatch) return { defaultLanguage: mismatch.detected };
  return options.defaultLanguage === undefined ? {} : { defaultLanguage: options.defaultLanguage };
}
