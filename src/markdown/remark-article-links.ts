/**
 * Rewrites every link to this site to the page's canonical path: article files (`../10/doha-talks.md`, or
 * without `.md`), article URLs in any spelling, and links to section, topic, author and archive pages
 * (`/sections/economy` becomes `/sections/economy/`). The content check has made sure each one exists.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { canonicalHref, resolveSiteLink } from '#/domain/site-links.ts';

export interface ArticleLinkOptions {
  siteUrl: string;
}

export default function remarkArticleLinks(options: ArticleLinkOptions) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const target = resolveSiteLink(node.url, options.siteUrl);
      if (target.kind !== 'other') node.url = canonicalHref(target);
    });
  };
}
