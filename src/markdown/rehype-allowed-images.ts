/**
 * The renderer's last word on body images, after the sanitiser: an `<img>` is kept only when the content check's
 * rules would let it through: a relative path (a local photo, swapped for Astro's copies by the page) or an
 * `https://` address on a host listed in `imageHosts` (src/site.config.ts). The check refuses every other image
 * before anything renders (src/check/rules/images.ts, inline and reference images alike); this keeps a page and
 * every feed built from it (where no Content-Security-Policy applies) from ever carrying a third-party tracker, a
 * plain-http image or a site page as a "photo", should the two ever disagree about an image.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { site } from '#/site.config.ts';

/** Whether an image address may be published (the page's CSP `img-src` follows the same hosts). */
export function publishableImageSrc(src: string): boolean {
  if (/^https:\/\//i.test(src)) {
    try {
      return site.imageHosts.includes(new URL(src).hostname.toLowerCase());
    } catch {
      return false;
    }
  }
  // Anything else with a scheme, protocol-relative (`//host`) or absolute (`/sections/…`, a page, not a photo).
  return src !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/') && !src.startsWith('\\');
}

export default function rehypeAllowedImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = node.properties['src'];
      if (typeof src === 'string' && publishableImageSrc(src)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
