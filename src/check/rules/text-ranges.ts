/**
 * Where the renderer's parse left text (text nodes: not code, not raw HTML, not an image's alt), as a lookup by
 * offset: the rules that ask whether what they found on the lines as written is printed as typed share it
 * (text-tags.ts, typed-markup.ts). One walk of the tree, then a binary search per question.
 */
import type { Nodes } from 'mdast';

export function textRanges(tree: Nodes): (offset: number) => boolean {
  const ranges: [number, number][] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'text' && node.position) ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return (at) => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = ranges[mid]!;
      if (at < start) hi = mid - 1;
      else if (at >= end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
