/**
 * Text an editor linked with raw HTML (`<a href="https://example.net/">raw https://example.org/b link</a>`) stays
 * in that link: a bare URL or a Markdown link inside it would be a link inside a link, which HTML parsers split
 * (the editor's words would go to the inner address, or nowhere). Runs after GFM in both Markdown modes; links
 * between a raw `<a …>` and its `</a>` in the same paragraph give way to their text. One pass per parent.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const OPEN = /<a\b[^>]*>/gi;
const CLOSE = /<\/a\s*>/gi;

export default function remarkRawAnchorText() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      if (!parent.children.some((c) => c.type === 'html' && /<a\b/i.test(c.value))) return;
      let open = 0;
      const next: PhrasingContent[] = [];
      for (const child of parent.children as PhrasingContent[]) {
        if (child.type === 'html') {
          // Opening and closing tags in this raw piece, in order (`<a href="x">` alone, or a whole `<a>…</a>`).
          open = Math.max(0, open + (child.value.match(OPEN)?.length ?? 0) - (child.value.match(CLOSE)?.length ?? 0));
          next.push(child);
        } else if (open > 0 && (child.type === 'link' || child.type === 'linkReference')) next.push(...child.children);
        else next.push(child);
      }
      parent.children = next as Parent['children'];
    });
  };
}
