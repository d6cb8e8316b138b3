import { readFile, stat } from 'node:fs/promises';
import { UnreadableFileError } from './decode.js';
import { DEFAULT_MAX_FILE_SIZE, describeError, isSymlink } from './read-file.js';

/**
 * A binary notice's bytes (DOCX, PDF), with the same checks and failures as a text notice's
 * (read-file.ts) but without the text decoder: its format decodes the bytes itself.
 */
export async function readNoticeBytes(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UnreadableFileError('not-a-file');
    if (info.size > maxFileSize) throw new UnreadableFileError('too-large', { size: info.size, limit: maxFileSize });
    const bytes = await readFile(path);
    if (bytes.length === 0) throw new UnreadableFileError('empty');
    return bytes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (await isSymlink(path))) throw new UnreadableFileError('broken-symlink');
    throw describeError(error);
  }
}
