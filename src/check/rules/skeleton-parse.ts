/**
 * The renderer's parse (src/markdown/body-tree.ts) of a body's note skeleton (note-skeleton.ts), shared by the body
 * rules that read it: desk notes, tags left open, table rows, unused definitions and tags printed as text. They
 * run one after another on the same body, so the last parse is kept: a 1 MiB body of look-alike tags with notes
 * and open tags was parsed three times (a parse of such a line costs about a second here), now once. The rules only
 * read the tree, never change it.
 */
import type { Root } from 'mdast';
import { parseBody } from '#/markdown/body-tree.ts';
import { noteSkeleton } from './note-skeleton.ts';

export interface SkeletonParse {
  /** The skeleton the tree's offsets are in. */
  text: string;
  tree: Root;
  /** An offset in the skeleton as an offset in the body. */
  toBody: (offset: number) => number;
}

let last: { body: string; parse: SkeletonParse } | undefined;

export function parseSkeleton(body: string): SkeletonParse {
  if (last?.body === body) return last.parse;
  const skeleton = noteSkeleton(body);
  const parse = { text: skeleton.text, tree: parseBody(skeleton.text), toBody: (offset: number) => skeleton.toBody(offset) };
  last = { body, parse };
  return parse;
}
