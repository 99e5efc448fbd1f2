/**
 * Rewrites every link to this site to the page's canonical path, on the finished tree, so Markdown links and raw
 * HTML `<a href>` (any case, entity-encoded, spaced, inside any element) go through one rule: article files
 * (`../10/doha-talks.md`, or without `.md`), article URLs in any spelling, and links to section, topic, author and
 * archive pages (`/sections/economy` becomes `/sections/economy/`). The content check has judged each one with the
 * same resolver (src/domain/site-links.ts) and refused those that go nowhere.
 *
 * Runs after rehype-raw (raw HTML is elements by then) and before the sanitiser. The canonical path is written as
 * Markdown's own link destinations are (non-ASCII percent-encoded, `normalizeUri`), so a page's hrefs read the same
 * whichever way the editor wrote the link.
 */
import type { Element, Root } from 'hast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { eachElement } from './each-element.ts';
import { canonicalHref, resolveSiteLink } from '#/domain/site-links.ts';

export interface SiteLinkOptions {
  siteUrl: string;
}

/** The href a link to this site is written as on the page, or undefined for any other address. */
export function canonicalSiteHref(href: string, siteUrl: string): string | undefined {
  const target = resolveSiteLink(href, siteUrl);
  return target.kind === 'other' ? undefined : normalizeUri(canonicalHref(target));
}

export default function rehypeSiteLinks(options: SiteLinkOptions) {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      const href = node.properties['href'];
      if (typeof href !== 'string') return;
      // A place in this story written as a path (`./#key-figures`, `.#key`): a fragment alone, so feeds, which make
      // `#key` absolute, do not resolve it against the feed's own address (round 17).
      const place = /^\s*\.\/?(#.*)$/s.exec(href)?.[1];
      if (place !== undefined) {
        node.properties['href'] = place;
        return;
      }
      const canonical = canonicalSiteHref(href, options.siteUrl);
      if (canonical !== undefined) node.properties['href'] = canonical;
    });
  };
}
