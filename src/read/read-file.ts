import { lstat, readFile, stat } from 'node:fs/promises';
import { UnreadableFileError, decode, type DecodedText } from './decode.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Error codes → messageIds, each worded in the catalogue's noticelint section. */
const ERRNO_MESSAGE_IDS: Record<string, string> = {
  ENOENT: 'not-found',
  EACCES: 'unreadable',
  EPERM: 'unreadable',
  ELOOP: 'symlink-loop',
  EISDIR: 'directory',
};

export function describeError(error: unknown): UnreadableFileError {
  if (error instanceof UnreadableFileError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO_MESSAGE_IDS[code];
  if (known) return new UnreadableFileError(known);
  return new UnreadableFileError('unreadable', { detail: (error as Error).message }, 'read-failed');
}

export async function readNoticeFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<DecodedText> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UnreadableFileError('not-a-file');
    if (info.size > maxFileSize) {
      throw new UnreadableFileError('too-large', { size: info.size, limit: maxFileSize });
    }
    return decode(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (await isSymlink(path))) {
      throw new UnreadableFileError('broken-symlink');
    }
    throw describeError(error);
  }
}

export async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}
