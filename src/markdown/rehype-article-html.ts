/**
 * Shapes sanitised body HTML for the article page: the headline is the page's only h1, so body h1s become
 * h2; headings get stable ids for linking; wide tables scroll inside their own box on phones; images load
 * lazily. Runs after rehype-sanitize, so the ids and attributes it adds are ours, not an editor's. The headings
 * and their ids are recorded by rehype-article-facts, which reads the finished tree.
 */
import { slug } from 'github-slugger';
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { safeDecode } from '#/domain/urls.ts';

/**
 * Ids the article page itself uses around the body (src/layouts/Base.astro, src/pages/articles/[slug].astro).
 * A body heading never takes one of them ("## Main" becomes `main-1`), so ids stay unique on the page.
 */
export const RESERVED_IDS: readonly string[] = ['main', 'corrections-title', 'related-title'];

/**
 * `base`, or `base-1`, `base-2`, … whichever is not yet taken; the result is marked as taken. `next` remembers
 * where each base's count stopped (ids are only ever added, so no smaller number can have come free), so
 * 40,000 headings with the same text cost 40,000 steps, not 800 million.
 */
function uniqueId(base: string, taken: Set<string>, next: Map<string, number>): string {
  let id = base;
  let n = next.get(base) ?? 1;
  if (taken.has(id)) for (id = `${base}-${n}`; taken.has(id); n++) id = `${base}-${n + 1}`;
  next.set(base, n);
  taken.add(id);
  return id;
}

export default function rehypeArticleHtml() {
  return (tree: Root) => {
    let headings = 0;
    // Every id already in the body (all prefixed by the sanitiser) and the page's own ids: generated heading
    // ids must not repeat any of them, wherever in the tree they are.
    const ids = new Set<string>(RESERVED_IDS);
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
    });
    const counters = new Map<string, number>();
    const fragmentLinks: Element[] = [];
    const tables: { table: Element; parent: { children: RootContent[] }; index: number }[] = [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
      // data-* flags serialise the same whether or not the body went through rehype-raw (`data-x=""`).
      for (const [key, value] of Object.entries(node.properties)) if (value === true && key.startsWith('data')) node.properties[key] = '';
      if (node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#')) fragmentLinks.push(node);
      if (/^h[2-6]$/.test(node.tagName)) {
        const text = toString(node);
        const existing = node.properties['id'];
        // `slug()` of text with no letters or digits is empty; such headings get `section-N`, never `-1`.
        const id = typeof existing === 'string' ? existing : uniqueId(slug(text) || `section-${headings + 1}`, ids, counters);
        node.properties['id'] = id;
        headings++;
      } else if (node.tagName === 'img') {
        node.properties['loading'] = 'lazy';
        node.properties['decoding'] = 'async';
      } else if (node.tagName === 'table' && parent && index !== undefined) {
        // Wrapped after the walk, so the walk still goes into the table (footnote references, images in cells).
        tables.push({ table: node, parent, index });
      }
    });
    for (const { table, parent, index } of tables) {
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [table] };
    }
    // The sanitiser prefixes ids written in the Markdown (footnotes, editors' anchors) with `user-content-`
    // so they cannot clobber globals; point in-page links at the prefixed id when that is the one that exists.
    // Footnote links always mean the footnote, even when a heading's own id is the unprefixed name ("## Fn 1").
    for (const a of fragmentLinks) {
      const target = safeDecode(String(a.properties['href']).slice(1));
      const footnote = a.properties['dataFootnoteRef'] !== undefined || a.properties['dataFootnoteBackref'] !== undefined;
      if ((footnote || !ids.has(target)) && ids.has(`user-content-${target}`)) a.properties['href'] = `#user-content-${target}`;
    }
  };
}
