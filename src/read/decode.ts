import type { Language } from '../model/types.js';
import { coreMessage, type MessageData } from '../rules/messages.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252. */
  guessed: boolean;
}

/** A file that cannot be read as text; `message` is English, `localized` words it for the user. */
export class UnreadableFileError extends Error {
  readonly template: string;

  constructor(
    readonly messageId: string,
    readonly data: MessageData = {},
    template?: string,
  ) {
    super(coreMessage('en', template ?? messageId, data));
    this.template = template ?? messageId;
  }

  localized(locale: Language): string {
    return coreMessage(locale, this.template, this.data);
  }
}

function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/**
 * Text a reader sees as nothing: whitespace (\s covers spaces, tabs, line breaks, NBSP and
 * U+FEFF, a stray BOM) and the invisible zero-width characters \s leaves out.
 */
const BLANK = /^[\s\u180E\u200B-\u200D\u2060]*$/u;

/** Bytes → text: BOM-marked UTF-8/UTF-16, else strict UTF-8, else Windows-1252 (a superset of Latin-1's printable range). */
export function decode(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableFileError('empty');
  const decoded = decodeBytes(bytes);
  // Like a zero-byte file: nothing to lint, and rules would only report every element missing.
  if (BLANK.test(decoded.text)) throw new UnreadableFileError('empty', {}, 'blank');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8', bom: true, guessed: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true, guessed: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true, guessed: false };
  }
  if (hasNulByte(bytes)) {
    throw new UnreadableFileError('binary');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false, guessed: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false, guessed: true };
  }
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableFileError('encoding', {}, 'bom-invalid');
  }
}

/** Text → bytes in the encoding it was read in, for --fix. */
export function encode(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  if (encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  if (encoding === 'utf-16le') {
    const body = Buffer.from(text, 'utf16le');
    return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
  }
  if (encoding === 'utf-16be') {
    const body = Buffer.from(text, 'utf16le').swap16();
    return bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), body]) : body;
  }
  return encodeWindows1252(text);
}

const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * By the table, not TextDecoder: Node's 'windows-1252' decoder reads 0x80–0x9F as
 * Latin-1 control characters, so "–" (0x96) would come out as U+0096.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte);
  return text;
}

/** Whether `text` survives a round trip through `encoding` (Windows-1252 lacks most of Unicode). */
export function canEncode(text: string, encoding: Encoding): boolean {
  if (encoding !== 'windows-1252') return true;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const inTable = WINDOWS_1252_HIGH.includes(character) && !(code >= 0x80 && code < 0xa0);
    if (!inTable && (code >= 0x100 || (code >= 0x80 && code < 0xa0))) return false;
  }
  return true;
}

function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = WINDOWS_1252_HIGH.indexOf(text[i] ?? '');
    if (high !== -1) bytes[i] = 0x80 + high;
    else if (code < 0x100) bytes[i] = code;
    else bytes[i] = 0x3f; // '?': the character has no Windows-1252 byte
  }
  return bytes;
}
