/**
 * Rewrites links to article files (`[talks](../10/doha-talks.md)`) and absolute links to this site's
 * articles into the article's URL. Whether the target exists is checked by the content check.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { classifyHref } from '../lib/links.ts';
import { articlePath } from '../lib/urls.ts';

export interface ArticleLinkOptions {
  siteUrl: string;
}

export default function remarkArticleLinks(options: ArticleLinkOptions) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const target = classifyHref(node.url, options.siteUrl);
      if (target.kind !== 'other') node.url = articlePath(target.slug) + target.hash;
    });
  };
}
