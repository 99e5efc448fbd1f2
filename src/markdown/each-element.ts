/**
 * Walks a hast tree for our rehype steps, without unist-util-visit: `visit` builds a named closure per node (and
 * a parents array per parent), which on an element-heavy body (4,975 footnote calls: ~50,000 nodes) cost ~0.1 s a
 * walk, and the pipeline walks the tree a dozen times. Pre-order, document order, iterative (no recursion, so
 * no stack limit); `template` contents are not entered (as `visit` does not).
 */
import type { Element, Root, RootContent } from 'hast';

type Parent = Root | Element;

/**
 * Calls `fn` for every element. `fn` may replace the element in `parent.children` and return the index to go on
 * from; its children are then not entered.
 */
export function eachElement(tree: Parent, fn: (node: Element, parent: Parent, index: number) => number | void): void {
  const stack: { parent: Parent; index: number }[] = [{ parent: tree, index: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const children: RootContent[] = frame.parent.children;
    if (frame.index >= children.length) {
      stack.pop();
      continue;
    }
    const node = children[frame.index]!;
    if (node.type !== 'element') {
      frame.index++;
      continue;
    }
    const next = fn(node, frame.parent, frame.index);
    if (typeof next === 'number') {
      frame.index = next;
      continue;
    }
    frame.index++;
    if (node.children.length) stack.push({ parent: node, index: 0 });
  }
}

/** Whether the tree holds a node of this type (at any depth). */
export function hasNodeOfType(tree: Parent, type: string): boolean {
  const stack: { type: string; children?: unknown[] }[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === type) return true;
    if (node.children) for (const child of node.children) stack.push(child as { type: string; children?: unknown[] });
  }
  return false;
}
