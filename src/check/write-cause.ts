/**
 * Why a file could not be written (or read), in words an editor can act on: the editor tools (`npm run new`,
 * `npm run release`) say it in one line naming the file, never a stack trace and never another cause (round 31b
 * F10: a read-only content folder was told the new file "already exists", and release crashed on EROFS).
 */
export function fileSystemCause(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EROFS':
      return 'read-only file system, EROFS';
    case 'EACCES':
    case 'EPERM':
      return `permission denied, ${code}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `disk full, ${code}`;
    default:
      return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  }
}

/** Whether the cause is the file system refusing writes (read-only, or no permission), not the file itself. */
export const cannotWrite = (error: unknown): boolean => ['EROFS', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException | undefined)?.code ?? '');
