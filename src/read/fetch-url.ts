import { decode, UnreadableFileError, type DecodedText } from './decode.js';
import { DEFAULT_MAX_FILE_SIZE } from './read-file.js';

/** `http://` and `https://` inputs are fetched; anything else on the command line is a path or glob. */
export function isUrl(input: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(input);
}

export interface FetchLimits {
  /** The whole exchange, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Bytes of body, as --max-file-size for files. */
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxRedirects: 5, maxBytes: DEFAULT_MAX_FILE_SIZE };

/** Media types read as notices, with the file ending whose format reads them. */
const READABLE_TYPES: Readonly<Record<string, string>> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'text/plain': '.txt',
  'text/markdown': '.md',
  'text/x-markdown': '.md',
};

export interface FetchedNotice extends DecodedText {
  /** The file ending of the format the media type says the page is in (".html", ".txt", ".md"). */
  extension: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A failed exchange as the error a reader understands: host not found, refused, timed out, or the cause's own words. */
export function describeFetchError(error: unknown, url: URL, limits: FetchLimits): UnreadableFileError {
  if (error instanceof UnreadableFileError) return error;
  const { name } = error as Error;
  if (name === 'TimeoutError' || name === 'AbortError') return new UnreadableFileError('url-timeout', { host: url.host, seconds: limits.timeoutMs / 1000 });
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new UnreadableFileError('url-not-found', { host: url.hostname });
  if (code === 'ECONNREFUSED') return new UnreadableFileError('url-refused', { host: url.host });
  return new UnreadableFileError('url-failed', { detail: cause?.message ?? (error as Error).message });
}

/** The response after following at most `maxRedirects` redirects, by hand, so the limit is ours. */
async function follow(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<Response> {
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(current, {
      redirect: 'manual',
      signal,
      // Some sites refuse requests without a user agent; say what is asking.
      headers: { accept: 'text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9', 'user-agent': 'noticelint (privacy notice linter)' },
    });
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return response;
    await response.body?.cancel();
    if (redirects >= limits.maxRedirects) throw new UnreadableFileError('url-redirects', { limit: limits.maxRedirects });
    current = new URL(location, current);
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      throw new UnreadableFileError('url-failed', { detail: `redirected to ${current.protocol} ${current.href}` });
    }
  }
}

/** The body, refused as soon as it passes `maxBytes`, whatever Content-Length claimed. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = (): UnreadableFileError => new UnreadableFileError('url-too-large', { limit: maxBytes });
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

/** Bytes in the charset the server named, when it named one other than UTF-8; else as files are decoded. */
function decodeBody(bytes: Uint8Array, charset: string | undefined): DecodedText {
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      const decoder = new TextDecoder(charset);
      const text = decoder.decode(bytes);
      // A page is never written back; the encoding only says the server's charset was used, not guessed.
      if (text.trim() !== '') return { text, encoding: decoder.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', bom: false, guessed: false };
    } catch {
      // An unknown charset label: read the bytes as a file would be.
    }
  }
  return decode(bytes);
}

/**
 * Fetches a notice page with Node's fetch: redirects, time and size limited, its media type
 * checked. Every failure is an UnreadableFileError, a fatal finding for that URL.
 */
export async function fetchNotice(address: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedNotice> {
  const url = new URL(address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await follow(url, limits, signal);
    if (!response.ok) {
      await response.body?.cancel();
      throw new UnreadableFileError('url-status', { status: response.status, reason: response.statusText || 'error' });
    }
    const contentType = response.headers.get('content-type') ?? '';
    const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim());
    const extension = READABLE_TYPES[type.toLowerCase()];
    if (extension === undefined) {
      await response.body?.cancel();
      throw new UnreadableFileError('url-type', { type: type || '(none)' });
    }
    const charset = parameters
      .find((parameter) => /^charset=/i.test(parameter))
      ?.slice('charset='.length)
      .replace(/"/g, '');
    return { ...decodeBody(await readBody(response, limits.maxBytes), charset), extension };
  } catch (error) {
    throw describeFetchError(error, url, limits);
  }
}
