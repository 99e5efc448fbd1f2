/** The content folder of a project: `<root>/content`, or `DATELINE_CONTENT_DIR` (resolved against the root). */
import { isAbsolute, relative, resolve } from 'node:path';

export function contentDirFor(root: string): string {
  return resolve(root, process.env['DATELINE_CONTENT_DIR'] ?? 'content');
}

/**
 * Messages name the content folder as `content/` (`content/sections/`, `no content/articles/**\/x.md`); under
 * `DATELINE_CONTENT_DIR` they name that folder instead, as the file paths printed beside them do (round 29d #13).
 * A `content/` inside another name (`wp-content/`, `/content/…` as an editor typed it) is left as written.
 */
export function namingContentFolder(message: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env['DATELINE_CONTENT_DIR']?.trim();
  if (!dir) return message;
  const shown = (isAbsolute(dir) ? relative(process.cwd(), dir) || '.' : dir).replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  if (shown === 'content' || shown === '') return message;
  return message.replace(/(?<![\w./-])content\//g, () => `${shown}/`);
}
