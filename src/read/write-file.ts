import { randomBytes } from 'node:crypto';
import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file a write lands in and its permission bits: a symlink's target; a new file (when `create`) as the umask leaves it. */
async function destination(path: string, create: boolean): Promise<{ target: string; mode: number }> {
  try {
    const target = await realpath(path);
    return { target, mode: (await stat(target)).mode & 0o7777 };
  } catch (error) {
    if (!create || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { target: path, mode: 0o666 };
  }
}

/**
 * Replaces a file's contents atomically: a temporary file beside the target, then rename, so a
 * crash or a full disk leaves either the old notice or the new one, never half of one. A
 * symlink is followed, so the link stays a link; the file's permission bits are kept. A missing
 * file is an error (--fix must not bring back a notice deleted meanwhile) unless `create` is set
 * (the --cache file).
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, { create = false } = {}): Promise<void> {
  const { target, mode } = await destination(path, create);
  const temporary = join(dirname(target), `.${basename(target)}.noticelint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { mode, flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
