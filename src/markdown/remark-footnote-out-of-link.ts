/**
 * A footnote call written inside a link's text (`[the claim[^1]](https://…)`) is moved to just after the link. A
 * link cannot hold another: left inside, the page would lose the call's own link and id (the nested-link repair
 * keeps the outer link), and the note's "↩" would point at nothing; parse5 (rehype-raw) splits the links another
 * way, so the two pipelines would differ too. The content check refuses such a call (src/check/rules/
 * footnote-in-link.ts); this keeps the page's footnote links working wherever the check is not run first.
 */
import type { Parent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkFootnoteOutOfLink() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'link' && node.type !== 'linkReference') || !parent || index === undefined) return;
      const calls = takeCalls(node);
      if (calls.length === 0) return;
      parent.children.splice(index + 1, 0, ...(calls as typeof parent.children));
      return index + 1 + calls.length;
    });
  };
}

/** Removes the footnote calls anywhere inside `parent` and returns them in order (link text nests no deeper than the check's limit). */
function takeCalls(parent: Parent): RootContent[] {
  const out: RootContent[] = [];
  const walk = (p: Parent) => {
    const kept: RootContent[] = [];
    for (const child of p.children as RootContent[]) {
      if (child.type === 'footnoteReference') out.push(child);
      else {
        if ('children' in child) walk(child as Parent);
        kept.push(child);
      }
    }
    p.children = kept as typeof p.children;
  };
  walk(parent);
  return out;
}
