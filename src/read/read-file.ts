import { lstat, readFile, stat } from 'node:fs/promises';
import { UnreadableFileError, decode, type DecodedText } from './decode.js';

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

const ERRNO_MESSAGES: Record<string, [string, string]> = {
  ENOENT: ['No such file or directory.', 'not-found'],
  EACCES: ['Permission denied: the file cannot be read.', 'unreadable'],
  EPERM: ['Permission denied: the file cannot be read.', 'unreadable'],
  ELOOP: ['Too many levels of symbolic links.', 'symlink-loop'],
  EISDIR: ['This is a directory, not a file.', 'directory'],
};

function describeError(error: unknown): UnreadableFileError {
  if (error instanceof UnreadableFileError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const known = ERRNO_MESSAGES[code];
  if (known) return new UnreadableFileError(known[0], known[1]);
  return new UnreadableFileError(`The file cannot be read: ${(error as Error).message}`, 'unreadable');
}

export async function readNoticeFile(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<DecodedText> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new UnreadableFileError('Not a regular file.', 'not-a-file');
    if (info.size > maxFileSize) {
      throw new UnreadableFileError(
        `The file is ${info.size} bytes, over the ${maxFileSize}-byte limit (raise it with --max-file-size).`,
        'too-large',
      );
    }
    return decode(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (await isSymlink(path))) {
      throw new UnreadableFileError('Broken symbolic link: the file it points to does not exist.', 'broken-symlink');
    }
    throw describeError(error);
  }
}

async function isSymlink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}
