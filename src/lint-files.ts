/**
 * The file layer: read and decode a notice, lint it (linter.ts), write fixes back atomically in
 * the file's own encoding, and turn what goes wrong on the way into findings.
 */
import { relative } from 'node:path';
import { canEncode, encode, UnreadableFileError, type DecodedText } from './read/decode.js';
import { writeFileAtomic } from './read/write-file.js';
import { readNoticeFile } from './read/read-file.js';
import type { Finding, Language } from './model/types.js';
import { coreMessage } from './rules/messages.js';
import { fixText, lintText } from './linter.js';
import { fallbackLocale, fatalFinding, fileWarning, noticeFacts, summarise, type LintOptions, type LintResult } from './lint-types.js';

export function encodingWarning(decoded: DecodedText, locale: Language): Finding | undefined {
  if (!decoded.guessed) return undefined;
  return fileWarning(coreMessage(locale, 'encoding', { encoding: decoded.encoding }), 'encoding');
}

export async function lintFile(path: string, options: LintOptions = {}, cwd = process.cwd()): Promise<LintResult> {
  const filePath = relative(cwd, path) || path;
  let decoded: DecodedText;
  try {
    decoded = readNoticeFile(path, options.maxFileSize);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const locale = fallbackLocale(options);
    return summarise(filePath, [fatalFinding(error.localized(locale), error.messageId)], { locale });
  }
  const fixing = options.fix === true || options.fixDryRun === true;
  const canHold = (text: string): boolean => canEncode(text, decoded.encoding);
  const { text, result } = fixing
    ? await fixText(decoded.text, path, options, canHold)
    : { text: decoded.text, result: await lintText(decoded.text, path, options) };
  const locale = result.locale ?? fallbackLocale(options);
  const warning = encodingWarning(decoded, locale);
  const messages = warning ? [warning, ...result.messages] : result.messages;
  const facts = noticeFacts(result);
  if (text === decoded.text) return summarise(filePath, messages, { ...facts, locale });
  if (options.fixDryRun) return summarise(filePath, messages, { ...facts, output: text, locale });
  try {
    await writeFileAtomic(path, encode(text, decoded.encoding, decoded.bom));
  } catch (error) {
    const failure = fatalFinding(coreMessage(locale, 'write-failed', { detail: (error as Error).message }), 'write-failed');
    const unchanged = await lintText(decoded.text, path, options);
    return summarise(filePath, [failure, ...(warning ? [warning] : []), ...unchanged.messages], { ...noticeFacts(unchanged), locale });
  }
  return summarise(filePath, messages, { ...facts, output: text, locale });
}

/** lintFile, with a bug in a rule turned into a fatal finding: it must not hide the other files' findings. */
export async function lintFileSafely(path: string, options: LintOptions, cwd: string): Promise<LintResult> {
  try {
    return await lintFile(path, options, cwd);
  } catch (error) {
    const locale = fallbackLocale(options);
    return summarise(relative(cwd, path) || path, [fatalFinding(coreMessage(locale, 'internal', { detail: (error as Error).message }), 'internal')], {
      locale,
    });
  }
}

/** Lints files one after another; `options` may differ per file (configuration overrides). */
export async function lintFiles(
  paths: readonly string[],
  options: LintOptions | ((path: string) => LintOptions) = {},
  cwd = process.cwd(),
): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const path of paths) results.push(await lintFileSafely(path, typeof options === 'function' ? options(path) : options, cwd));
  return results;
}
