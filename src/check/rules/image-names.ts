/**
 * What an image's path must not be, whatever it holds, for lead and body photos alike (trust.ts `checkLeadImage`
 * runs these first; the body-image rule calls it with the path as written):
 * - no `?` or `#`: Vite reads `?raw`, `?url`, `?worker`… after a path as instructions for its module loader, and
 *   Markdown cuts a body image's path at them (`./images/a#b.png` would look for `./images/a`);
 * - a file name of at most 200 UTF-8 bytes: the build names the photo's web copies after it
 *   (`<name>.<hash>_<hash>.webp`, about 20 bytes more, in `dist/_astro/` and Astro's cache), and file systems refuse
 *   a name over 255 bytes: a 240-letter name crashed the build with `ENAMETOOLONG` and a stack trace. Letters
 *   outside a–z take 2 bytes or more (Dari and Pashto letters 2), so 200 bytes is 100 such letters.
 */
import { graphemeCount } from './graphemes.ts';

export const MAX_IMAGE_NAME_BYTES = 200;

/** Why `src` (as the editor wrote it) cannot name an image file, or undefined. */
export function imagePathProblem(src: string): string | undefined {
  if (/[?#]/.test(src)) return `"${src}" must be a plain file path without "?" or "#"; rename the file if its name holds one`;
  const name = src.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? '';
  const bytes = Buffer.byteLength(name);
  if (bytes <= MAX_IMAGE_NAME_BYTES) return undefined;
  const chars = graphemeCount(name);
  const shown = chars > 60 ? `${[...name].slice(0, 40).join('')}…${[...name].slice(-8).join('')}` : name;
  const wide = bytes > chars ? '; letters outside a–z take 2 bytes or more' : '';
  return `image file name "${shown}" is ${bytes} bytes long (${chars} characters${wide}); the limit is ${MAX_IMAGE_NAME_BYTES} bytes, because the build names the photo's web copies after it (about 20 bytes more) and file systems refuse names over 255 bytes; rename the file shorter`;
}
