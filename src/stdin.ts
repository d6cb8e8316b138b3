import { encodingWarning } from './lint-files.js';
import { lintSource } from './linter.js';
import { fallbackLocale, fatalFinding, noticeFacts, summarise, type LintOptions, type LintResult } from './lint-types.js';
import { decode, UnreadableFileError, type DecodedText } from './read/decode.js';
import { formatFor } from './formats/index.js';

/** Name of standard input in reports when --stdin-filename names none, as in ESLint. */
export const STDIN_NAME = '<text>';

export async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/**
 * Lints bytes read from standard input as a file named `filePath` would be: decoded as files
 * are (BOM, UTF-16, Windows-1252 with an encoding warning), empty input a fatal finding.
 */
export async function lintStandardInput(bytes: Uint8Array, filePath: string, options: LintOptions): Promise<LintResult> {
  let decoded: DecodedText;
  try {
    // A DOCX or PDF is read from its file, where its position in a folder and its name are known.
    if (formatFor(filePath).decode) throw new UnreadableFileError('stdin-document', { name: formatFor(filePath).name.toUpperCase() });
    decoded = decode(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const locale = fallbackLocale(options);
    return summarise(filePath, [fatalFinding(error.localized(locale), error.messageId)], { locale });
  }
  const result = await lintSource(decoded.text, filePath, options);
  const warning = encodingWarning(decoded, result.locale ?? fallbackLocale(options));
  if (!warning) return result;
  const { output, locale } = result;
  return summarise(filePath, [warning, ...result.messages], {
    ...noticeFacts(result),
    ...(output === undefined ? {} : { output }),
    ...(locale === undefined ? {} : { locale }),
  });
}
