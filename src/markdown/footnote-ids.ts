/**
 * Footnote ids and the links to them, one rule for every label (`[^1]`, `[^۱]`, `[^é]`, `[^😀]`, `[^a%b]`, `[^q"x]`).
 * remark-rehype makes a footnote's ids from its label percent-encoded (`fn-%DB%B1`), and the sanitiser prefixes
 * them (`user-content-fn-%DB%B1`), while in-page links are matched by their decoded target (`fn-۱`), as browsers
 * and the content check's anchor rule look ids up. So a footnote's ids are made readable, as heading ids are
 * (`user-content-fn-۱`), and every link rewritten to an id names it percent-encoded (`#user-content-fn-%DB%B1`):
 * browsers try the fragment as written, then decoded, which finds the id; a `%` in a label stays a `%` in the id
 * and `%25` in the link, so no label decodes into another.
 */
import type { Element } from 'hast';
import { safeDecode } from '#/domain/urls.ts';

/** The ids remark-rehype gives a footnote call (`fnref-…`, `fnref-…-2`) and its note (`fn-…`), after the prefix. */
const FOOTNOTE_ID = /^user-content-fn(?:ref)?-/;

/** The id of `node`: a footnote call's or note's decoded (`user-content-fn-۱`), any other as it is. */
export function readableFootnoteId(node: Element): string {
  const id = String(node.properties['id']);
  const isFootnote = node.properties['dataFootnoteRef'] !== undefined || node.tagName === 'li';
  if (!isFootnote || !FOOTNOTE_ID.test(id) || !id.includes('%')) return id;
  const readable = safeDecode(id);
  node.properties['id'] = readable;
  return readable;
}

/** Characters a fragment may hold as written (RFC 3986 fragment, ASCII); everything else is percent-encoded. */
const UNSAFE = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/gu;

/** `#` + `id` percent-encoded: `user-content-fn-۱` → `#user-content-fn-%DB%B1`, `fn-a%b` → `#fn-a%25b`. */
export function fragmentHref(id: string): string {
  return `#${id.replace(UNSAFE, (c) => safeDecode(c, encodeURIComponent))}`;
}
