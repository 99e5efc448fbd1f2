/**
 * Text an editor linked with raw HTML (`<a href="https://example.net/">raw https://example.org/b link</a>`) stays
 * in that link: a bare URL or a Markdown link inside it would be a link inside a link, which HTML parsers split
 * (the editor's words would go to the inner address, or nowhere). Runs after GFM in both Markdown modes; links
 * between a raw `<a …>` and its `</a>` in the same paragraph give way to their text. One pass per parent.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const OPEN = /<a\b[^>]*>/gi;
const CLOSE = /<\/a\s*>/gi;
const ANCHOR = /<a\b/i;

/**
 * A link written inside another, which HTML cannot nest (round 37b #1), for the content check to name
 * (src/check/markdown-links.ts): it passes this in the file's data as `linksInLinks` and gets the offsets back.
 * `markdownInRaw`: the `[` of a Markdown link inside a raw `<a>…</a>` (its words stay, its link is dropped);
 * `rawInMarkdown`: the `<a` of a raw link inside a Markdown link's text (the HTML parser splits the two).
 */
export interface LinksInLinks {
  markdownInRaw: number[];
  rawInMarkdown: number[];
}

export default function remarkRawAnchorText() {
  return (tree: Root, file: VFile) => {
    const asked = file.data['linksInLinks'] as LinksInLinks | undefined;
    const source = asked ? String(file.value) : '';
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      if (!parent.children.some((c) => c.type === 'html' && ANCHOR.test(c.value))) return;
      if (asked && (parent.type === 'link' || parent.type === 'linkReference')) {
        for (const c of parent.children) if (c.type === 'html' && ANCHOR.test(c.value) && c.position) asked.rawInMarkdown.push(c.position.start.offset ?? 0);
      }
      let open = 0;
      const next: PhrasingContent[] = [];
      for (const child of parent.children as PhrasingContent[]) {
        if (child.type === 'html') {
          // Opening and closing tags in this raw piece, in order (`<a href="x">` alone, or a whole `<a>…</a>`).
          open = Math.max(0, open + (child.value.match(OPEN)?.length ?? 0) - (child.value.match(CLOSE)?.length ?? 0));
          next.push(child);
        } else if (open > 0 && (child.type === 'link' || child.type === 'linkReference')) {
          // Only a link written as one (`[…]`): a bare address in the link's words is words the editor showed.
          const at = child.position?.start.offset;
          if (asked && at !== undefined && source[at] === '[') asked.markdownInRaw.push(at);
          next.push(...child.children);
        } else next.push(child);
      }
      parent.children = next as Parent['children'];
    });
  };
}
