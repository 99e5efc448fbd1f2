/**
 * Where a photo of a given file name is in the articles folder (round 27b #10): a CMS writes paths from its media
 * library (`/images/shared-map.png`, `/wp-content/uploads/…/shared-map.png`, `./images/shared-map.png` from
 * another story's folder), and "e.g. ./images/photo.jpg" or "does not exist" left the editor to hunt for the one
 * file 48 other stories use. When one photo of that name is there, the line names it and the path to write; when
 * several are, the nearest three and the path to the nearest.
 * The folder is listed once per check, and only when a photo is missing (the walk is bounded like gone-articles.ts).
 */
import { extname, join } from 'node:path';
import { IMAGE_EXTENSIONS } from './image-format.ts';
import { fromArticle } from './image-slips.ts';
import { entries } from './stray-content-files.ts';

const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 12;

/** The photos of a file name under the articles folder (absolute paths); listed on first use. */
export type PhotoPlaces = (name: string) => readonly string[];

export function photoPlaces(articlesDir: string): PhotoPlaces {
  let byName: Map<string, string[]> | undefined;
  return (name) => {
    byName ??= listPhotos(articlesDir);
    return byName.get(name) ?? [];
  };
}

function listPhotos(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const folders: { path: string; depth: number }[] = [{ path: dir, depth: 0 }];
  let seen = 0;
  while (folders.length && seen < MAX_ENTRIES) {
    const { path, depth } = folders.pop()!;
    for (const e of entries(path)) {
      seen++;
      // Names starting with "_" or "." are never published (trust.ts refuses a photo there): not proposed.
      if (/^[._]/.test(e.name)) continue;
      const at = join(path, e.name);
      if (e.isDirectory() && depth < MAX_DEPTH) folders.push({ path: at, depth: depth + 1 });
      else if (e.isFile() && IMAGE_EXTENSIONS.includes(extname(e.name).toLowerCase())) {
        const same = out.get(e.name);
        if (same) same.push(at);
        else out.set(e.name, [at]);
      }
    }
  }
  return out;
}

/**
 * A refusal of `src` that names no file to write ("… e.g. ./images/photo.jpg", or "does not exist (looked for …)"),
 * with the one photo of its file name and the path to write from the article; otherwise the refusal as it was.
 */
export function withPhotoPlace(message: string, articlePath: string, src: string, places: PhotoPlaces | undefined, show: (path: string) => string): string {
  const example = message.endsWith(', e.g. ./images/photo.jpg');
  if (!places || (!example && !(message.includes('does not exist (looked for ') && message.endsWith(')')))) return message;
  const name = src.replace(/[?#].*$/, '').split(/[/\\]/).pop() ?? '';
  const found = name === '' ? [] : places(name);
  if (found.length === 0) return message;
  let at: string;
  if (found.length === 1) at = `the photo ${name} is at ${show(found[0]!)}; write "${fromArticle(articlePath, found[0]!)}"`;
  else {
    // Several photos of that name: the nearest to the article first (shortest path from it), three named at most.
    const near = found.map((path) => ({ path, from: fromArticle(articlePath, path) })).sort((a, b) => a.from.length - b.from.length || (a.from < b.from ? -1 : 1));
    const shown = near.slice(0, 3).map((p) => show(p.path)).join(', ');
    const more = found.length > 3 ? ` and ${found.length - 3} more` : '';
    at = `${found.length} photos named ${name} are in the articles folder (${shown}${more}); write the path to the one you mean, e.g. "${near[0]!.from}"`;
  }
  return example ? `${message.slice(0, -', e.g. ./images/photo.jpg'.length)}: ${at}` : `${message}: ${at}`;
}
