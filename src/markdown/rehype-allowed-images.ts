/**
 * Defence in depth for images: pages and feeds are rendered from bodies the content check accepted, but a path
 * that skips the check (a tool rendering a body directly, a future caller, a bug) must still never emit an image
 * the check would refuse. Every `<img>` (Markdown or raw HTML) goes through the check's own rule
 * (src/domain/image-source.ts): a tracker or any host not in `imageHosts`, plain http, a page of this site, a
 * `javascript:`-like scheme, an absolute or escaped path, or a local path that leaves the content folder or goes
 * through a `_` folder is dropped, and its alt text kept in its place (the words stay in the sentence).
 *
 * Where a local path leads depends on the article's place: the renderer is told it through the file's data
 * (`articleInContent`, e.g. `articles/2026/11/story.md`; the loader passes it). Without it, local paths are judged
 * by their spelling only.
 */
import type { Element, ElementContent, Root } from 'hast';
import { eachElement } from './each-element.ts';
import { classifyImageSrc, localImagePlace, remoteImageRefusal } from '#/domain/image-source.ts';
import { withoutMarkup } from './rehype-article-html.ts';
import { BODY_PHOTO_MAX_WIDTH, bodyPhotoSize } from '#/domain/image-metadata.ts';

/** Why the image at `src` is not shown, or undefined when the check's rule allows it. */
export function refusedImageSrc(src: unknown, articleInContent: string | undefined): string | undefined {
  if (typeof src !== 'string' || src.trim() === '') return 'no address';
  const image = classifyImageSrc(src);
  if (image.kind === 'invalid') return image.reason;
  if (image.kind === 'remote') return remoteImageRefusal(image.url)?.reason;
  if (articleInContent === undefined) return undefined;
  const place = localImagePlace(articleInContent, src);
  return 'refused' in place ? place.refused : undefined;
}

export default function rehypeAllowedImages() {
  return (tree: Root, file?: { data: { articleInContent?: string } }) => {
    const articleInContent = file?.data.articleInContent;
    eachElement(tree, (node: Element, parent, index) => {
      if (node.tagName !== 'img') return;
      if (refusedImageSrc(node.properties['src'], articleInContent) === undefined) return fitWrittenSize(node);
      const alt = typeof node.properties['alt'] === 'string' ? withoutMarkup(node.properties['alt']) : '';
      const replacement: ElementContent[] = alt ? [{ type: 'text', value: alt }] : [];
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}

/**
 * An allowed `<img>` written with its own width and height (raw HTML, e.g. a remote photo at 3000×2000) is laid out
 * by the same rule as a local photo (image-metadata.ts `bodyPhotoSize`): a portrait one was shown a column wide and
 * over 1,000 pixels tall. A local photo's pair is replaced by its prepared one (body-images-html.ts) all the same.
 */
function fitWrittenSize(img: Element): void {
  const width = pixels(img.properties['width']);
  const height = pixels(img.properties['height']);
  if (width === undefined || height === undefined) return;
  const fitted = bodyPhotoSize({ width, height }, BODY_PHOTO_MAX_WIDTH);
  img.properties['width'] = fitted.width;
  img.properties['height'] = fitted.height;
}

function pixels(value: unknown): number | undefined {
  const text = String(value ?? '').trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}
