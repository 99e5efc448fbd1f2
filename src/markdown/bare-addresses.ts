/**
 * The fast pipeline's bare addresses (remark-news-gfm.ts): `https://…`, `www.…` and e-mail addresses in running
 * text become links as the reference pipeline's GFM autolink literal makes them, by a pass over the parsed text
 * instead of the autolink-literal tokenizer (which doubles parsing time and is quadratic in a run of trailing
 * punctuation). Per block (paragraph, heading, table cell), in reading order:
 *
 * 1. as the tokenizer: an e-mail address, then an `https://` run (to a space or `<`, ended by bare-url-end.ts as
 *    before), then a `www.` address (address-scan.ts), each only where the character before allows it and not
 *    inside a `[` that is still open (GFM links no literal there; the text after the `]` is read again);
 * 2. as the library's transform on the text left over: `www.` and e-mail patterns (address-literals.ts).
 *
 * A `www.` link ends where bare-url-end.ts ends it, as remark-bare-url-end.ts ends the reference pipeline's; what a
 * link leaves out there (`”` after it) is not read again, in either pipeline.
 */
import type { Link, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import { bareUrl, WWW_SCHEME } from './bare-url-end.ts';
import { sliceText } from './escaped-literals.ts';
import { emailEnd, emailMayFollow, isAtext, trailEnds, wwwEnd, wwwMayFollow } from './address-scan.ts';
import { literalsAfterParse, type Found } from './address-literals.ts';

// As before: a URL runs to whitespace or `<` (remark-news-gfm.ts, round 13); where it ends in that run is bareUrl().
const URL_AT = /https?:\/\/[^\s<]+/y;
const WWW_AT = /www\./iy;
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const OPAQUE = new Set(['link', 'linkReference']);

/** What the tokenizer carries through a block: open `[`s, and whether anything came before. */
interface Run {
  depth: number;
  first: boolean;
}

interface Piece extends Found {
  /** Text a link left out (bare-url-end.ts): the transform does not read it. */
  frozen?: boolean;
}

export function linkBareAddresses(tree: Root, source: string | undefined): void {
  const flow = (node: Nodes) => {
    if (!('children' in node) || OPAQUE.has(node.type)) return;
    if (BLOCKS.has(node.type)) inline(node, { depth: 0, first: true });
    else for (const child of node.children) flow(child);
  };
  const inline = (parent: Parents, run: Run) => {
    const children = parent.children as PhrasingContent[];
    let next: PhrasingContent[] | undefined;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'text') {
        const start = child.position?.start.offset;
        const prev = run.first ? null : source !== undefined && start !== undefined && start > 0 ? source[start - 1]! : null;
        run.first = false;
        const made = textPieces(child, prev, run);
        if (made && !next) next = children.slice(0, i);
        if (next) for (const piece of made ?? [child]) next.push(piece);
        continue;
      }
      run.first = false;
      if ('children' in child && !OPAQUE.has(child.type)) inline(child, run);
      next?.push(child);
    }
    if (next) (parent as { children: PhrasingContent[] }).children = next;
  };
  flow(tree);
}

/** The text node's value as text and links, or undefined when it links nothing (open `[`s counted either way). */
function textPieces(node: Text, before: string | null, run: Run): PhrasingContent[] | undefined {
  const v = node.value;
  const hasAt = v.includes('@');
  const hasWww = /www\./i.test(v);
  const hasScheme = v.includes('://');
  const escaped = new Set((node.data as { escaped?: number[] } | undefined)?.escaped ?? []);
  if (!hasAt && !hasWww && !hasScheme) {
    if (v.includes('[') || v.includes(']')) for (let p = 0; p < v.length; p++) bracket(v, p, escaped, run);
    return undefined;
  }
  const pieces: Piece[] = [];
  let last = 0;
  let trail: Uint8Array | undefined;
  let wwwFrom = 0;
  const add = (at: number, end: number, kept: number, url: string) => {
    if (at > last) pieces.push({ from: last, to: at });
    if (kept > 0) pieces.push({ from: at, to: at + kept, link: { text: v.slice(at, at + kept), url } });
    if (at + kept < end) pieces.push({ from: at + kept, to: end, frozen: true });
    last = end;
  };
  for (let p = 0; p < v.length; ) {
    const c = v[p]!;
    const prev = p === 0 ? before : v[p - 1]!;
    const email = run.depth === 0 && hasAt && isAtext(c.charCodeAt(0)) && emailMayFollow(prev) ? emailEnd(v, p) : -1;
    if (email > 0) {
      add(p, email, email - p, 'mailto:' + v.slice(p, email));
      p = email;
      continue;
    }
    // Inside an open `[` too: GFM's transform links what its tokenizer left there (`[embed=https://…]`).
    if (hasScheme && c === 'h' && (p === 0 || !/\w/.test(v[p - 1]!))) {
      URL_AT.lastIndex = p;
      const m = URL_AT.exec(v);
      const url = m ? bareUrl(m[0]) : '';
      if (url.length > 'https://'.length) {
        add(p, p + m![0].length, url.length, url);
        // GFM's tokenizer read no literal there, so a `]` in the run closes the `[`.
        if (run.depth > 0) for (const end = p + m![0].length; p < end; p++) bracket(v, p, escaped, run);
        else p += m![0].length;
        continue;
      }
    }
    if (run.depth === 0) {
      WWW_AT.lastIndex = p;
      if (hasWww && p >= wwwFrom && (c === 'w' || c === 'W') && wwwMayFollow(prev) && WWW_AT.test(v)) {
        const scan = wwwEnd(v, p, (trail ??= trailEnds(v)));
        if ('end' in scan) {
          const kept = bareUrl(v.slice(p, scan.end)).length;
          add(p, scan.end, kept, WWW_SCHEME + v.slice(p, p + kept));
          p = scan.end;
          continue;
        }
        wwwFrom = scan.retryFrom;
      }
    }
    bracket(v, p, escaped, run);
    p++;
  }
  if (last < v.length) pieces.push({ from: last, to: v.length });
  const read = pieces.flatMap((piece) => (piece.link || piece.frozen ? [piece] : literalsAfterParse(v, piece.from, piece.to)));
  if (!read.some((piece) => piece.link)) return undefined;
  const out: PhrasingContent[] = [];
  for (let i = 0; i < read.length; i++) {
    const piece = read[i]!;
    if (piece.link) {
      out.push(...ended(node, piece));
      continue;
    }
    let to = piece.to;
    while (read[i + 1] && !read[i + 1]!.link) to = read[++i]!.to;
    if (to > piece.from) out.push(sliceText(node, piece.from, to));
  }
  return out;
}

/**
 * The link, ended as remark-bare-url-end.ts ends the reference pipeline's literals (the transform's too): where
 * bare-url-end.ts ends its text, the rest after it as text. E-mail addresses hold nothing it cuts.
 */
function ended(node: Text, piece: Piece): PhrasingContent[] {
  const { text, url } = piece.link!;
  const kept = bareUrl(text).length;
  const link = (value: string, href: string): Link => ({ type: 'link', url: href, title: null, children: [{ type: 'text', value }] });
  if (kept === text.length) return [link(text, url)];
  const href = url.slice(0, url.length - (text.length - kept));
  if (kept === 0 || /^[a-z]+:\/\/$/i.test(href)) return [sliceText(node, piece.from, piece.to)];
  return [link(text.slice(0, kept), href), sliceText(node, piece.from + kept, piece.to)];
}

/** An unescaped `[` opens a label GFM links no literal in until its `]`. */
function bracket(v: string, p: number, escaped: Set<number>, run: Run): void {
  const c = v[p];
  if (c === '[' && !escaped.has(p)) run.depth++;
  else if (c === ']' && !escaped.has(p) && run.depth > 0) run.depth--;
}
