// Names the environment's errors (a full disk, a permission, a path that is not a directory) in
// plain words with their code, so they are never reported as an "internal error".
const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'not a directory',
  EEXIST: 'a file or link of that name already exists',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENAMETOOLONG: 'file name too long',
  ELOOP: 'too many levels of symbolic links',
  EFBIG: 'file too large for the file system',
  EXDEV: 'cannot rename across file systems',
  EBUSY: 'resource busy',
  EPIPE: 'the reader closed the pipe',
};

/** True for an error that comes from the operating system (it carries an errno code). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/u.test((error as NodeJS.ErrnoException).code as string);
}

/** "no space left on device (ENOSPC)"; an error without a code keeps its own message. */
export function describeFsError(error: unknown): string {
  if (!isSystemError(error)) return error instanceof Error ? error.message : String(error);
  const code = error.code as string;
  return `${WORDS[code] ?? error.message.replace(/^[A-Z]+: /u, '').replace(/, \w+ '.*'$/u, '')} (${code})`;
}
