/**
 * rehype-raw, run only when the tree holds raw HTML. Re-parsing the whole tree through parse5 is one of the
 * pipeline's dearest steps, and most news copy has no HTML in it; the output is identical either way.
 */
import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';
import { hasNodeOfType } from './each-element.ts';

export default function rehypeRawWhenNeeded(options?: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile): Root | undefined => {
    return hasNodeOfType(tree, 'raw') ? (raw(tree, file) as Root) : undefined;
  };
}
