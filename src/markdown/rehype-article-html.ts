/**
 * Shapes sanitised body HTML for the article page: the headline is the page's only h1, so body h1s become
 * h2; headings get stable ids for linking; wide tables scroll inside their own box on phones; images load
 * lazily. Runs after rehype-sanitize, so the ids and attributes it adds are ours, not an editor's.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export default function rehypeArticleHtml() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const slugger = new GithubSlugger();
    const headings: Heading[] = [];
    const ids = new Set<string>();
    const fragmentLinks: Element[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
      if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
      if (node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#')) fragmentLinks.push(node);
      if (/^h[2-6]$/.test(node.tagName)) {
        const text = toString(node);
        const existing = node.properties['id'];
        const slug = typeof existing === 'string' ? existing : slugger.slug(text) || `section-${headings.length + 1}`;
        node.properties['id'] = slug;
        ids.add(slug);
        headings.push({ depth: Number(node.tagName[1]), slug, text });
      } else if (node.tagName === 'img') {
        node.properties['loading'] = 'lazy';
        node.properties['decoding'] = 'async';
      } else if (node.tagName === 'table' && parent && index !== undefined) {
        const wrapper: Element = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'] },
          children: [node],
        };
        parent.children[index] = wrapper;
        return 'skip';
      }
      return undefined;
    });
    // The sanitiser prefixes ids written in the Markdown (footnotes, editors' anchors) with `user-content-`
    // so they cannot clobber globals; point in-page links at the prefixed id when that is the one that exists.
    for (const a of fragmentLinks) {
      const target = decodeURIComponent(String(a.properties['href']).slice(1));
      if (!ids.has(target) && ids.has(`user-content-${target}`)) a.properties['href'] = `#user-content-${target}`;
    }
    file.data['headings'] = headings;
  };
}
