import { readFileSync, statSync } from 'node:fs';
import { UnreadableFileError } from './decode.js';
import { DEFAULT_MAX_FILE_SIZE, describeError, isSymlink } from './read-file.js';

/**
 * A binary notice's bytes (DOCX, PDF), with the same checks and failures as a text notice's
 * (read-file.ts, synchronous for the same reason) but without the text decoder: its format
 * decodes the bytes itself.
 */
export function readNoticeBytes(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Uint8Array {
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new UnreadableFileError('not-a-file');
    if (info.size > maxFileSize) throw new UnreadableFileError('too-large', { size: info.size, limit: maxFileSize });
    const bytes = readFileSync(path);
    if (bytes.length === 0) throw new UnreadableFileError('empty');
    return bytes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isSymlink(path)) throw new UnreadableFileError('broken-symlink');
    throw describeError(error);
  }
}
