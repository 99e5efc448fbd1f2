/**
 * The one rule for which image addresses an article may show, shared by the content check (src/check/rules/
 * images.ts and trust.ts, which print the reasons) and the renderer (src/markdown/rehype-allowed-images.ts, which
 * never emits a refused image even when the check did not run): a local photo is a relative path spelt one way
 * that stays inside the content folder and outside `_` folders; a remote one comes over https from a host in
 * `imageHosts` (the Content-Security-Policy's img-src follows that list), never from a page of this site.
 * Pure: no file system (the check then reads the file itself).
 */
import { posix } from 'node:path';
import { site } from '#/site.config.ts';
import { imagePathSpelling, percentNamedFile, type SpellingContext } from '#/check/rules/image-path.ts';
import { isUnpublishedName } from '#/check/rules/unpublished-names.ts';

export type BodyImage =
  | { kind: 'local'; /** normalised path relative to the article file, e.g. `images/x.jpg` */ key: string }
  | { kind: 'remote'; url: URL }
  | { kind: 'invalid'; reason: 'scheme' | 'absolute-path' | 'escaped' }
  /** A local path the renderer would read otherwise than the file system (`x.png/`): `message` says what to write. */
  | { kind: 'invalid'; reason: 'spelling'; message: string };

/**
 * A character reference (`&period;`, `&#46;`) or a backslash escape in a local path: Markdown decodes them before
 * the renderer looks for the file, so the path would name another file than the one the check finds. Refused.
 */
const ESCAPED = /&(?:#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);|\\/;

export function classifyImageSrc(src: string): BodyImage {
  const raw = src.trim().replace(/^<|>$/g, '').trim(); // `<./a.png\u00a0>` too, as the renderer trims (round 28b #10)
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) {
    try {
      const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
      if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'remote', url };
    } catch {
      // not a URL at all
    }
    return { kind: 'invalid', reason: 'scheme' };
  }
  // `![x]()`, `![x](<>)`: the forgotten path (an `<img src="">` would fetch the page itself).
  if (raw.trim() === '') return { kind: 'invalid', reason: 'spelling', message: 'has no path; write the path of the photo file between the brackets (e.g. ./images/photo.jpg), or remove the image' };
  if (raw.startsWith('/')) return { kind: 'invalid', reason: 'absolute-path' };
  if (ESCAPED.test(raw)) return { kind: 'invalid', reason: 'escaped' };
  const spelling = imagePathSpelling(localPath(raw));
  if (spelling) return { kind: 'invalid', reason: 'spelling', message: spelling };
  return { kind: 'local', key: localKey(raw) };
}

/**
 * The spelling line {@link classifyImageSrc} gives a body image's path, said as the body's (not the frontmatter's),
 * and knowing, through `exists`, which files are beside the article (the check's; round 31a #2).
 */
export function bodyImageSpelling(src: string, exists: NonNullable<SpellingContext['exists']>): string | undefined {
  const written = src.trim().replace(/^<|>$/g, '').trim();
  const decoded = localPath(written);
  return percentNamedFile(written.split(/[?#]/)[0] ?? '', decoded, exists) ?? imagePathSpelling(decoded, { where: 'body', exists });
}

/** `./images/a%20b.png?x` → `images/a b.png`: how a local image is known on both sides of rendering. */
export function localKey(src: string): string {
  return posix.normalize(localPath(src));
}

/** `./images/a%20b.png?x` → `./images/a b.png`: the file path a local image names, before normalising. */
function localPath(src: string): string {
  const path = src.split(/[?#]/)[0] ?? '';
  try {
    return decodeURI(path);
  } catch {
    return path; // kept as written
  }
}

/** Why a remote image is not shown: plain http, a page of this site, or a host not in `imageHosts`. */
export type RemoteRefusal = { reason: 'http' } | { reason: 'site-page' | 'host'; host: string };

export function remoteImageRefusal(url: URL): RemoteRefusal | undefined {
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:') return { reason: 'http' };
  if (site.imageHosts.includes(host)) return undefined;
  return { reason: host === new URL(site.url).hostname.toLowerCase() ? 'site-page' : 'host', host };
}

/**
 * Where a local image (`src` as written, relative to the article) lies inside the content folder, given the
 * article's path inside it (`articles/2026/11/story.md`, `/`-separated): the image's path there, or why it may not
 * be shown: it leaves the folder, or a step of it starts with `_` or `.` (never published: `_drafts/`, `.private/`).
 */
export function localImagePlace(articleInContent: string, src: string): { path: string } | { refused: 'outside' | 'unpublished' } {
  const path = posix.normalize(posix.join(posix.dirname(articleInContent), localPath(src.trim().replace(/^<|>$/g, ''))));
  if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) return { refused: 'outside' };
  if (path.split('/').some(isUnpublishedName)) return { refused: 'unpublished' };
  return { path };
}
