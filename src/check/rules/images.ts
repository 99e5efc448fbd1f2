/**
 * Body images (src/check/body-images.ts): a local photo must exist inside the content folder, be a real file
 * (not a link) of a format the image pipeline takes, and have alt text; a remote one must come over https from
 * a host listed in `imageHosts` (src/site.config.ts), which the Content-Security-Policy's img-src follows.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bodyImages, scanBodyImages } from '#/check/body-images.ts';
import { BODY_RULE, computeAlways, type BodyMemo } from '#/check/body-memo.ts';
import type { Report } from './report.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { altShows, htmlAltShows } from './shown-words.ts';
import { altPlaceholder } from './alt-placeholder.ts';
import { checkLeadImage, isInside } from './trust.ts';
import { withPhotoPlace, type PhotoPlaces } from './photo-places.ts';
import { imagePathProblem } from './image-names.ts';
import type { LocalImageUse } from './image-decode.ts';
import { browserForm, urlProblem } from '#/domain/url-syntax.ts';
import { bodyImageSpelling, remoteImageRefusal } from '#/domain/image-source.ts';
import { quotedAddress } from './quoted-address.ts';
import { imagePathSpelling, percentNamedFile } from './image-path.ts';
import { blankCode } from '#/check/link-scan.ts';
import { LEAD_REPEATED, openingImageLine, sameImage } from './lead-repeated.ts';

/** `<img … src="…">` written as raw HTML in the body. */
const RAW_IMG = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
/** Any raw `<img …>` tag, for the attributes every image needs (bounded: a tag longer than this is not read). */
const RAW_IMG_TAG = /<img\b([^>]{0,4000})>/gi;

/**
 * `local: false` for text shown away from its file (an author's bio): its photos do not go through the image
 * pipeline, so only remote images from `imageHosts` are taken.
 */
export function checkBodyImages(
  a: { path: string; file: string; body: string; bodyLine: number; data?: { image?: { src?: unknown } | undefined } },
  contentDir: string,
  rel: (p: string) => string,
  report: Report,
  { local = true, images, memo = computeAlways, photos }: { local?: boolean; images?: LocalImageUse[]; memo?: BodyMemo; photos?: PhotoPlaces } = {},
): void {
  // A photo shown again is judged once (1,800 uses of 256 small files read 1,800 headers).
  const judged = new Map<string, string | undefined>();
  // Whether a path names a file beside the article: a name really holding "%" or "\\" is told to be renamed.
  const exists = (path: string) => {
    const full = resolve(a.path, '..', path);
    return isInside(contentDir, full) && existsSync(full);
  };
  const lead = a.data?.image?.src;
  const opening = typeof lead === 'string' ? openingImageLine(a.body, a.bodyLine) : undefined;
  // Finding the images is pure (kept between checks by the memo); judging their addresses and files is not.
  for (const img of bodyImages(a.body, a.bodyLine, memo(BODY_RULE.images, a.body, a.bodyLine, () => scanBodyImages(a.body, a.bodyLine)))) {
    const pos = { line: img.line, column: img.column };
    const label =
      img.reference === undefined
        ? `image ![${truncate(img.text, 40)}](${truncate(img.href, 80)})`
        : `image ![${truncate(img.text, 40)}]${truncate(img.reference, 40)} (defined as ${truncate(img.written ?? img.href, 80)})`;
    const problem = (message: string) => report(a.file, 'body', `${label} ${message}`, pos);
    if (!altShows(img.text)) problem('has no alt text; describe what it shows between the brackets, e.g. ![Wagons at the Hairatan yard](./images/wagons.jpg)');
    else if (altPlaceholder(img.text)) problem(altPlaceholder(img.text)!.replace(/^alt text "[^"]*" is/, 'has alt text that is'));
    else if (/<!--|<\/?[A-Za-z][^<>]*>/.test(img.text))
      problem('has HTML (a comment or a tag) in its alt text, which is plain words read aloud by screen readers: the page drops the markup and a note to the desk would be lost; write the description only');
    // Quotes a word processor put around the path (round 13): said as such, before the path is judged.
    const quoted = quotedAddress(`image ![${truncate(img.text, 40)}]`, img.href.trim().replace(/^<([^>]*)>$/, '$1'), 'path');
    if (quoted) {
      report(a.file, 'body', quoted, pos);
      continue;
    }
    const image = img.image;
    if (image.kind === 'invalid') {
      problem(
        image.reason === 'spelling'
          ? (bodyImageSpelling(img.href, exists) ?? image.message)
          : image.reason === 'absolute-path'
          ? withPhotoPlace('must be a path relative to the article file, e.g. ./images/photo.jpg', a.path, img.href, photos, rel)
          : image.reason === 'escaped'
            ? windowsPathProblem(img.href, exists) ?? 'spells its path with a character reference (&…;) or a backslash escape, which the page decodes into another path than the file checked; rename the file with plain letters, digits and dashes and write that name'
            : 'must be a photo file next to the article (./images/photo.jpg) or an https:// URL',
      );
    } else if (image.kind === 'remote') {
      const malformed = urlProblem(browserForm(img.href.trim().replace(/^<([^>]*)>$/, '$1'), { html: true }));
      if (malformed) problem(malformed);
      else remoteProblem(image.url, problem);
    } else if (!local) {
      problem('is a local photo, which only article bodies can show; use an https:// image from a host in imageHosts, or remove it');
    } else {
      // The lead image's rules (trust.ts): inside content/, no links, a real image by its bytes, not too many pixels.
      const src = image.key.startsWith('../') ? image.key : `./${image.key}`;
      if (!judged.has(src)) {
        const refusal = checkLeadImage(contentDir, a.path, src, rel);
        judged.set(src, refusal && withPhotoPlace(refusal, a.path, src, photos, rel));
      }
      const refused = writtenPathProblem(img.href) ?? percentNamedFile(img.href.trim().replace(/^<([^>]*)>$/, '$1'), src, exists) ?? judged.get(src);
      if (refused) problem(refused);
      else images?.push({ file: a.file, field: 'body', ...pos, path: resolve(a.path, '..', src), src, label });
      // The body's opening photo is the lead image again (round 25b #8): shown twice in a row.
      if (!refused && typeof lead === 'string' && img.line === opening && sameImage(a.path, src, lead)) report(a.file, 'body', `${label} ${LEAD_REPEATED}`, pos, 'warning');
    }
  }
  // Raw HTML images skip the image pipeline: only remote ones from allowed hosts, like Markdown images. An `<img>`
  // in code is text the page shows (an explainer's example: round 25b #1), never an image.
  if (!/<img\b/i.test(a.body)) return;
  const lines = blankCode(a.body).split('\n');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(RAW_IMG_TAG)) {
      const attrs = m[1] ?? '';
      const pos = { line: a.bodyLine + i, column: (m.index ?? 0) + 1 };
      const shown = truncate(m[0], 80);
      if (!/\ssrc\s*=/i.test(` ${attrs}`)) report(a.file, 'body', `image ${shown} has no src (srcset and other attributes alone are not kept, so it would show nothing); write ![alt text](https://…) or remove it`, pos);
      // No alt, or alt text that shows nothing (`alt="&nbsp;"`, a soft hyphen, zero-width characters): the line a
      // Markdown image with such alt gets.
      else if (!htmlAltShows(attrs)) report(a.file, 'body', `image ${shown} has no alt text; add alt="what it shows"`, pos);
    }
    for (const m of line.matchAll(RAW_IMG)) {
      const src = m[1] ?? m[2] ?? m[3] ?? '';
      const pos = { line: a.bodyLine + i, column: (m.index ?? 0) + 1 };
      const problem = (message: string) => report(a.file, 'body', `image <img src="${truncate(src, 80)}"> ${message}`, pos);
      let url: URL | undefined;
      try {
        url = /^(https?:)?\/\//i.test(src) ? new URL(src, 'https://x/') : undefined;
      } catch {
        url = undefined;
      }
      const malformed = url && urlProblem(browserForm(src, { html: true }), { html: true });
      if (malformed) problem(malformed);
      else if (url) remoteProblem(url, problem);
      else problem('is raw HTML; write a local photo as Markdown, ![alt text](./images/photo.jpg), so the build can size and compress it');
    }
  });
}

/**
 * Slips only the path as written shows (the check's key is already cut and trimmed): spaces just inside `<…>`,
 * which Markdown keeps as part of the name, and `?` or `#`, where Markdown cuts the path (image-names.ts, the rule
 * the lead image gets).
 */
function writtenPathProblem(href: string): string | undefined {
  const written = href.trim().replace(/^<([^>]*)>$/, '$1');
  if (written !== written.trim()) {
    return `has spaces just inside its path "${truncate(written, 80)}", which Markdown keeps as part of the file name; remove them: (<${truncate(written.trim(), 80)}>)`;
  }
  return /[?#]/.test(written) ? imagePathProblem(written) : undefined;
}

function remoteProblem(url: URL, problem: (message: string) => void): void {
  // The rule is shared with the renderer, which drops what it refuses (src/domain/image-source.ts).
  const refused = remoteImageRefusal(url);
  if (refused?.reason === 'http') problem('must use https://');
  else if (refused?.reason === 'site-page') {
    problem(`points to a page of this site (${url.hostname}), not a photo; save the photo next to the article and write its path, e.g. ./images/photo.jpg`);
  } else if (refused?.reason === 'host') {
    problem(
      `comes from ${url.hostname}, which is not an allowed image host (a third-party host learns who reads the page); save the photo next to the article (./images/…) or add "${url.hostname}" to imageHosts in src/site.config.ts`,
    );
  }
}

/**
 * The lead image's line for a path that separates folders the Windows way (`.\images\x.png`: a backslash before
 * a letter or digit, which is no escape), with the path to write; it was told to rename a file that was fine (round 23).
 */
function windowsPathProblem(href: string, exists: (path: string) => boolean): string | undefined {
  const path = href.trim().replace(/^<([^>]*)>$/, '$1');
  return /\\[\p{L}\p{N}]/u.test(path) && !/&[#\w]+;/.test(path) ? imagePathSpelling(path, { where: 'body', exists }) : undefined;
}
