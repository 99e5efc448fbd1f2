/**
 * Every footnote gets ids of its own, valid and unique on the page, before remark-rehype makes them from its label.
 * remark-rehype names a note `fn-<label>` and its calls `fnref-<label>`, `fnref-<label>-2` … with the label
 * percent-encoded (keeping `%XX` as typed), and footnote-ids.ts makes them readable again (decoded). Three kinds of
 * label broke that (round 12, findings 1–3):
 * - labels that differ only by percent-encoding (`[^ä]` and `[^%C3%A4]`) got one id: duplicate ids, and the second
 *   note could not be reached;
 * - an encoded space, line break or invisible character (`[^a%20b]`, `[^%0A]`, `[^%E2%80%8B]`) ended up in the id
 *   (an id holds no whitespace; a zero-width space is refused everywhere else in a body);
 * - a label `1-2` beside a note `1` cited twice: the second call of note 1 is `fnref-1-2` too, so the `1-2` call lost
 *   its id and its note's "↩" led to the wrong sentence.
 * So a label keeps its readable id (`[^1]` → `fn-1`, `[^note]` → `fn-note`, `[^۱]` → `fn-۱`: what editors link to)
 * unless it holds a `%XX` escape, whitespace, a control, format (zero-width, bidi) or lone-surrogate character, or
 * one of its ids is already another note's; then it is named by its number on the page (`fn-2`, `fn-2_2` if that is
 * taken). Notes are served in the order readers see them, readable labels first, so the result is one rule, and the
 * content check's anchor rule reads the same ids (it runs this pipeline: src/markdown/page-ids.ts).
 */
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** What cannot stand in an id as typed: a `%XX` escape (decoded later), whitespace, controls, invisibles. */
const UNSAFE = /%[0-9A-Fa-f]{2}|[\s\p{Z}\p{Cc}\p{Cf}\p{Cs}]/u;

/** remark-rehype's key for a label: its identifier upper-cased (the id is that key lower-cased). */
const keyOf = (identifier: string) => identifier.toUpperCase();

/** The ids remark-rehype gives a note named `id` that is called `calls` times. */
function idsOf(id: string, calls: number): string[] {
  const out = [`fn-${id}`, `fnref-${id}`];
  for (let n = 2; n <= calls; n++) out.push(`fnref-${id}-${n}`);
  return out;
}

/** The id each footnote key is given: readable labels first, in reading order, then the others by number. */
export function footnoteIdsFor(order: readonly string[], calls: ReadonlyMap<string, number>): Map<string, string> {
  const taken = new Set<string>();
  const chosen = new Map<string, string>();
  const claim = (key: string, id: string): boolean => {
    const ids = idsOf(id, calls.get(key) ?? 1);
    if (ids.some((i) => taken.has(i))) return false;
    for (const i of ids) taken.add(i);
    chosen.set(key, id);
    return true;
  };
  for (const key of order) {
    const readable = key.toLowerCase();
    if (!UNSAFE.test(readable) && readable.toUpperCase() === key) claim(key, readable);
  }
  order.forEach((key, index) => {
    if (chosen.has(key)) return;
    const number = String(index + 1);
    if (claim(key, number)) return;
    for (let n = 2; !claim(key, `${number}_${n}`); n++);
  });
  return chosen;
}

export default function remarkFootnoteIds() {
  return (tree: Root) => {
    const order: string[] = [];
    const calls = new Map<string, number>();
    const nodes: (FootnoteReference | FootnoteDefinition)[] = [];
    visit(tree, (node) => {
      if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return;
      nodes.push(node);
      if (node.type !== 'footnoteReference') return;
      const key = keyOf(node.identifier);
      const count = calls.get(key);
      if (count === undefined) order.push(key);
      calls.set(key, (count ?? 0) + 1);
    });
    if (order.length === 0) return;
    const ids = footnoteIdsFor(order, calls);
    for (const node of nodes) {
      const id = ids.get(keyOf(node.identifier));
      // A definition no call uses is not shown and gets no id; its key becomes one no id can be (ids hold no
      // space), so a note named by its number (`2`) never meets an unused `[^2]:` defined before it.
      node.identifier = id ?? ` unused ${node.identifier}`;
    }
  };
}
