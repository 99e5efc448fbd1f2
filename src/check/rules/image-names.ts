/**
 * What an image's path must not be, whatever it holds, for lead and body photos alike (trust.ts `checkLeadImage`
 * runs these first; the body-image rule calls it with the path as written):
 * - no `?` or `#`: Vite reads `?raw`, `?url`, `?worker`… after a path as instructions for its module loader, and
 *   Markdown cuts a body image's path at them (`./images/a#b.png` would look for `./images/a`);
 * - a file name of at most 200 UTF-8 bytes: the build names the photo's web copies after it
 *   (`<name>.<hash>_<hash>.webp`, about 20 bytes more, in `dist/_astro/` and Astro's cache), and file systems refuse
 *   a name over 255 bytes: a 240-letter name crashed the build with `ENAMETOOLONG` and a stack trace. Letters
 *   outside a–z take 2 bytes or more (Dari and Pashto letters 2), so 200 bytes is 100 such letters.
 * The folders an article (and so its photos) sits in are part of every photo's path too: a folder named `x#y`,
 * `x?y`, `x%41y` or `x\y` passed the check and stopped the build in Astro's image step with ImageNotFound (or
 * "URI malformed") and a stack trace naming no file (round 31a #1): {@link folderNameProblem}.
 */
import { graphemeCount } from './graphemes.ts';

export const MAX_IMAGE_NAME_BYTES = 200;

/**
 * Characters a photo's path cannot hold for the build: where Vite cuts it (`?`, `#`), an escape (`%`), a separator
 * (`\`), and a tab or line break, which the URL parser drops from an address (round 32c F1: a folder `tab<TAB>folder`
 * stopped the build with ImageNotFound, as `#` did).
 */
const PATH_BREAKERS = /[?#%\\\t\n\r]/;
const BREAKER_READING: Readonly<Record<string, string>> = {
  '?': 'the start of a query',
  '#': 'the start of a fragment',
  '%': 'the start of an escape code (%20 is a space)',
  '\\': 'a separator between folders',
  '\t': 'nothing (an address drops it)',
  '\n': 'nothing (an address drops it)',
  '\r': 'nothing (an address drops it)',
};
const BREAKER_NAME: Readonly<Record<string, string>> = { '\t': 'a tab', '\n': 'a line break', '\r': 'a carriage return' };

/**
 * The line for a folder on the way to an article whose name holds `?`, `#`, `%`, `\`, a tab or a line break, with a
 * name to give it (`taken`: whether a name is already used beside it, or proposed to another folder there), or undefined.
 */
export function folderNameProblem(name: string, taken: (name: string) => boolean): { message: string; proposal: string } | undefined {
  const found = [...new Set([...name].filter((c) => PATH_BREAKERS.test(c)))];
  if (found.length === 0) return undefined;
  const base = name.replace(/[?#%\\\t\n\r]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '') || 'folder';
  let proposal = base;
  for (let n = 2; taken(proposal); n++) proposal = `${base}-${n}`;
  const what = found.map((c) => BREAKER_NAME[c] ?? `"${c}"`).join(' and ');
  const reading = [...new Set(found.map((c) => BREAKER_READING[c]))].join(' and ');
  return { proposal, message: `the folder name "${name}" holds ${what}, which the build reads as ${reading} in the path of every photo of the articles in it (Astro then finds no photo and stops the build); rename the folder to "${proposal}"` };
}

/** Why `src` (as the editor wrote it) cannot name an image file, or undefined. */
export function imagePathProblem(src: string): string | undefined {
  if (/[?#]/.test(src)) return `"${src}" must be a plain file path without "?" or "#"; rename the file if its name holds one`;
  if (/[\t\n\r]/.test(src)) return `"${src}" holds a tab or a line break, which an address drops, so the build would look for another file; rename the file (or its folder) without it and write that name`;
  const name = src.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? '';
  const bytes = Buffer.byteLength(name);
  if (bytes <= MAX_IMAGE_NAME_BYTES) return undefined;
  const chars = graphemeCount(name);
  const shown = chars > 60 ? `${[...name].slice(0, 40).join('')}…${[...name].slice(-8).join('')}` : name;
  const wide = bytes > chars ? '; letters outside a–z take 2 bytes or more' : '';
  return `image file name "${shown}" is ${bytes} bytes long (${chars} characters${wide}); the limit is ${MAX_IMAGE_NAME_BYTES} bytes, because the build names the photo's web copies after it (about 20 bytes more) and file systems refuse names over 255 bytes; rename the file shorter`;
}
