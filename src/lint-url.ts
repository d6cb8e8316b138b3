/**
 * URL inputs: a published notice page is fetched (src/read/fetch-url.ts) and linted as the format
 * its media type names; the result's filePath is the URL. A page is never written: `--fix`
 * lints it as without `--fix` (its fixable findings stay reported), `--fix-dry-run` still gives
 * the fixed text as `output`.
 */
import { encodingWarning } from './lint-files.js';
import { lintSource } from './linter.js';
import { fallbackLocale, fatalFinding, summarise, type LintOptions, type LintResult } from './lint-types.js';
import { coreMessage } from './rules/messages.js';
import { UnreadableFileError } from './read/decode.js';
import { DEFAULT_FETCH_LIMITS, fetchNotice, type FetchLimits } from './read/fetch-url.js';
import { blank, findMarkup, hiddenElements } from './text/html.js';

export { isUrl } from './read/fetch-url.js';

/** Fewer words than this on a page that loads scripts: a shell the browser fills in, not a notice. */
const MIN_PAGE_WORDS = 30;

/** Words a reader would see without JavaScript, when the page loads scripts; undefined when it loads none. */
function wordsOfScriptedPage(html: string): number | undefined {
  if (!/<script\b/i.test(html)) return undefined;
  // The body only: the head's title and the doctype are no notice text.
  const body = html.slice(Math.max(0, html.search(/<body\b/i)));
  const text = blank(
    body,
    [...findMarkup(body), ...hiddenElements(body)].sort((a, b) => a.start - b.start),
  );
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

export async function lintUrl(url: string, options: LintOptions = {}, limits: Partial<FetchLimits> = {}): Promise<LintResult> {
  const locale = fallbackLocale(options);
  const { fix: _ignored, ...readOnly } = options;
  try {
    const page = await fetchNotice(url, { ...DEFAULT_FETCH_LIMITS, ...(options.maxFileSize ? { maxBytes: options.maxFileSize } : {}), ...limits });
    const words = page.extension === '.html' ? wordsOfScriptedPage(page.text) : undefined;
    // Linting an empty shell would report every element missing; say what happened instead.
    if (words !== undefined && words < MIN_PAGE_WORDS) throw new UnreadableFileError('url-script-rendered', { words });
    // The format is chosen by file ending: the name stands for the media type, the URL for the reader.
    const result = await lintSource(page.text, `page${page.extension}`, readOnly);
    const warning = encodingWarning(page, result.locale ?? locale);
    return { ...result, filePath: url, ...(warning ? summarise(url, [warning, ...result.messages]) : {}) };
  } catch (error) {
    const message =
      error instanceof UnreadableFileError
        ? fatalFinding(error.localized(locale), error.messageId)
        : fatalFinding(coreMessage(locale, 'internal', { detail: (error as Error).message }), 'internal');
    return summarise(url, [message], { locale });
  }
}
