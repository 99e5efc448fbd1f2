/**
 * Curly quotes, apostrophes and dashes in article bodies (src/domain/typography.ts), on text nodes only: never
 * inside code, preformatted text, keyboard input, sample output, scripts or styles, and never in attributes
 * or URLs, including addresses written out as link text or in prose (`https://example.org/a--b` keeps its two
 * hyphens: a reader who copies it must get the address). Runs last, so heading ids are made from the text as written.
 * A link whose words are its address (a bare URL or e-mail address GFM made a link, `<https://…>`: `url-text`, marked
 * by rehype-article-html.ts) keeps its text whole, as its href does (round 31a F8: `…/"q` read `…/“q` while the link
 * went to `…/%22q`), and a double quote right after one whose text holds one stays straight too (it was `”`).
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { typesetProse, type OpenQuotes } from '#/domain/typography.ts';
import { safeDecode } from '#/domain/urls.ts';
import { literalText } from './escaped-literals.ts';

/** A link whose text is its own address: an http(s) one marked `url-text`, or an e-mail address (`mailto:`). */
function addressLink(el: Element): boolean {
  if (el.tagName !== 'a') return false;
  const classes = el.properties['className'];
  if (Array.isArray(classes) && classes.includes('url-text')) return true;
  const href = el.properties['href'];
  if (typeof href !== 'string' || !/^mailto:/i.test(href)) return false;
  const text = toString(el).trim();
  const address = safeDecode(href.slice('mailto:'.length));
  return text === address || text === safeDecode(href);
}

const SKIP = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var', 'textarea']);
/** Elements inside which the previous character carries over (inline text); any other element starts afresh. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

export default function rehypeTypography() {
  return (tree: Root) => {
    let prev = '';
    // Whether a double quote is open in the current block, so `x="5"` across inline elements still pairs up.
    let quotes: OpenQuotes = { double: false };
    // An address link whose text holds a straight double quote was just passed: a quote right after it stays straight.
    let quotedAddress = false;
    const startBlock = () => {
      prev = '';
      quotes = { double: false };
      quotedAddress = false;
    };
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          const kept = quotedAddress && node.value.startsWith('"') ? '"' : '';
          quotedAddress = false;
          if (kept) prev = kept;
          // Escaped characters (`\-\-force`) arrive as stand-ins typography leaves alone, then become themselves.
          node.value = kept + literalText(typesetProse(node.value.slice(kept.length), prev, quotes));
          if (node.value) prev = node.value.at(-1)!;
        } else if (node.type === 'element') {
          const el = node as Element;
          if (addressLink(el)) {
            literalsOnly(el.children as RootContent[]);
            const text = toString(el);
            if (text) prev = text.at(-1)!;
            quotedAddress = text.includes('"');
            continue;
          }
          if (SKIP.has(el.tagName)) {
            literalsOnly(el.children as RootContent[]);
            prev = 'x'; // a quote right after code closes
            quotedAddress = false;
            continue;
          }
          if (!INLINE.has(el.tagName)) startBlock();
          walk(el.children as RootContent[]);
          if (!INLINE.has(el.tagName)) startBlock();
        }
      }
    };
    walk(tree.children);
  };
}

/** Text not typeset (code, keyboard input) still gets its escaped characters back. */
function literalsOnly(nodes: RootContent[]): void {
  const stack = [...nodes];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') node.value = literalText(node.value);
    else if (node.type === 'element') stack.push(...(node.children as RootContent[]));
  }
}
