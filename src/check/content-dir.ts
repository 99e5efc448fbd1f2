/** The content folder of a project: `<root>/content`, or `DATELINE_CONTENT_DIR` (resolved against the root). */
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * `DATELINE_CONTENT_DIR` as set, or undefined when it is not: empty or only spaces (what CI templating gives for an
 * unset variable) is unset, as `DATELINE_NOW=` is (round 31b F9: `DATELINE_CONTENT_DIR=` read the project's own
 * folder as the content folder, and told the engineer to rename src/ and package.json).
 */
export function contentDirSetting(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env['DATELINE_CONTENT_DIR']?.trim();
  return dir ? dir : undefined;
}

export function contentDirFor(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, contentDirSetting(env) ?? 'content');
}

/**
 * Messages name the content folder as `content/` (`content/sections/`, `no content/articles/**\/x.md`); under
 * `DATELINE_CONTENT_DIR` they name that folder instead, as the file paths printed beside them do (round 29d #13).
 * A `content/` inside another name (`wp-content/`, `/content/…` as an editor typed it) is left as written.
 */
export function namingContentFolder(message: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = contentDirSetting(env);
  if (!dir) return message;
  const shown = (isAbsolute(dir) ? relative(process.cwd(), dir) || '.' : dir).replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  if (shown === 'content' || shown === '') return message;
  return message.replace(/(?<![\w./-])content\//g, () => `${shown}/`);
}

/**
 * The command that checks the content folder this run reads: `npm run check:content`, with the variable in front
 * when `DATELINE_CONTENT_DIR` is set (round 31b F7: the build's closing hint sent the engineer to check the project's
 * own content/). The value is quoted for a POSIX shell when it needs to be.
 */
export function checkCommand(env: NodeJS.ProcessEnv = process.env): string {
  const dir = contentDirSetting(env);
  if (dir === undefined) return 'npm run check:content';
  const quoted = /^[\w./:@%+=,~-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, `'\\''`)}'`;
  return `DATELINE_CONTENT_DIR=${quoted} npm run check:content`;
}
