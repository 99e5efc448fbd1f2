/**
 * A body that opens with the lead photo again (round 25b #8): CMS imports and copy-paste often put the lead image,
 * and its caption, at the top of the body too, and readers then see the same picture twice in a row. A warning (a
 * second, cropped or captioned use may be meant) when the body's first line is a photo of the same file as the
 * lead image: the same path, or a file with the same bytes under another name.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_IMAGE_BYTES } from './image-format.ts';

/** The file line of the body's opening photo (its first line with text, starting `![` or `[![`), if it opens with one. */
export function openingImageLine(body: string, bodyLine: number): number | undefined {
  const first = /\S/.exec(body);
  if (!first || !/^(?:\[\s*)?!\[/.test(body.slice(first.index, first.index + 8))) return undefined;
  return bodyLine + body.slice(0, first.index).split('\n').length - 1;
}

/** Whether two image paths of an article name the same file, or files with the same bytes. */
export function sameImage(articlePath: string, src: string, leadSrc: string): boolean {
  const a = resolve(articlePath, '..', src);
  const b = resolve(articlePath, '..', leadSrc);
  if (a === b) return true;
  try {
    const size = statSync(a).size;
    if (size !== statSync(b).size || size > MAX_IMAGE_BYTES) return false;
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

export const LEAD_REPEATED = 'is the lead image again: the lead image is shown above the story already; remove it from the body';
