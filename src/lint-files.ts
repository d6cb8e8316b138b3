/**
 * The file layer: read and decode a notice, lint it (linter.ts), write fixes back atomically in
 * the file's own encoding, and turn what goes wrong on the way into findings.
 */
import { relative } from 'node:path';
import { canEncode, encode, UnreadableFileError, type DecodedText } from './read/decode.js';
import { writeFileAtomic } from './read/write-file.js';
import { readNoticeFile } from './read/read-file.js';
import { readNoticeBytes } from './read/read-bytes.js';
import { formatFor } from './formats/index.js';
import type { Finding, Language } from './model/types.js';
import { coreMessage } from './rules/messages.js';
import { fixText, lintText } from './linter.js';
import { fallbackLocale, fatalFinding, fileWarning, noticeFacts, summarise, type LintOptions, type LintResult } from './lint-types.js';

export function encodingWarning(decoded: DecodedText, locale: Language): Finding | undefined {
  if (!decoded.guessed) return undefined;
  return fileWarning(coreMessage(locale, 'encoding', { encoding: decoded.encoding }), 'encoding');
}

function unreadable(filePath: string, error: UnreadableFileError, options: LintOptions): LintResult {
  const locale = fallbackLocale(options);
  return summarise(filePath, [fatalFinding(error.localized(locale), error.messageId)], { locale });
}

/** A fix's range is an offset into the decoded text of a DOCX or PDF, which no editor shows and --fix cannot write back. */
function withoutFix(finding: Finding): Finding {
  if (!finding.fix) return finding;
  const copy = { ...finding };
  delete copy.fix;
  return copy;
}

/** A binary notice (DOCX, PDF): its format decodes the bytes; it is linted, never written, so no fix is offered. */
async function lintDocument(path: string, filePath: string, decodeDocument: (bytes: Uint8Array) => Promise<string>, options: LintOptions): Promise<LintResult> {
  let source: string;
  try {
    source = await decodeDocument(readNoticeBytes(path, options.maxFileSize));
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return unreadable(filePath, error, options);
  }
  const result = await lintText(source, path, options);
  return summarise(filePath, result.messages.map(withoutFix), { ...noticeFacts(result), locale: result.locale ?? fallbackLocale(options) });
}

/** The text a notice is parsed from: a DOCX or PDF decoded by its format, any other file by the text decoder (--print-model). */
export async function readNoticeSource(path: string, maxFileSize?: number): Promise<string> {
  const format = formatFor(path);
  if (format.decode) return format.decode(readNoticeBytes(path, maxFileSize));
  return readNoticeFile(path, maxFileSize).text;
}

export async function lintFile(path: string, options: LintOptions = {}, cwd = process.cwd()): Promise<LintResult> {
  const filePath = relative(cwd, path) || path;
  const format = formatFor(path);
  const decodeDocument = format.decode?.bind(format);
  if (decodeDocument) return lintDocument(path, filePath, decodeDocument, options);
  let decoded: DecodedText;
  try {
    decoded = readNoticeFile(path, options.maxFileSize);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return unreadable(filePath, error, options);
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
