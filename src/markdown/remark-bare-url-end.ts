/**
 * For the reference pipeline (full remark-gfm): ends each bare URL that GFM's autolink literal linked where the fast
 * pipeline ends it (bare-url-end.ts), so a closing quote, guillemet or Arabic comma after a URL stays text after
 * the link in both. A literal is a link whose one text child spans the same source as the link (an autolink
 * `<…>` spans two characters more, a `[text](url)` more still); links made without a position are literals too.
 * A `www.` literal is linked with `https://` as the fast pipeline links it (bare-url-end.ts WWW_SCHEME, round 37b #5).
 */
import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { bareUrl, WWW_SCHEME } from './bare-url-end.ts';

function isLiteral(link: Link): link is Link & { children: [Text] } {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  if (only?.type !== 'text') return false;
  if (!link.position || !only.position) return !link.position;
  return link.position.start.offset === only.position.start.offset && link.position.end.offset === only.position.end.offset;
}

/** The link ended where the fast pipeline ends it, and the text after it; undefined when it needs no change. */
function ended(link: Link): PhrasingContent[] | undefined {
  if (!isLiteral(link)) return undefined;
  const text = link.children[0].value;
  const kept = bareUrl(text).length;
  // GFM's `http://` before a `www.` literal (its URL is that scheme and the text).
  const whole = link.url === `http://${text}` && /^www/i.test(text) ? WWW_SCHEME + text : link.url;
  if (kept === text.length) return whole === link.url ? undefined : [{ ...link, url: whole }];
  const tail: Text = { type: 'text', value: text.slice(kept) };
  const url = whole.slice(0, whole.length - tail.value.length);
  // Nothing left of the address but its scheme (`https://”x`): no link, as in the fast pipeline.
  if (/^[a-z]+:\/\/$/i.test(url) || kept === 0) return [{ type: 'text', value: text }];
  return [{ ...link, url, children: [{ type: 'text', value: text.slice(0, kept) }] }, tail];
}

export default function remarkBareUrlEnd() {
  return (tree: Root) => {
    // Each parent's children rebuilt once (a paragraph of thousands of URLs stays linear).
    const stack: Nodes[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      if (!('children' in node)) continue;
      const children = node.children as Nodes[];
      if (children.some((c) => c.type === 'link' && ended(c))) {
        const next: Nodes[] = [];
        for (const c of children) next.push(...((c.type === 'link' && ended(c)) || [c]));
        (node as { children: Nodes[] }).children = next;
      }
      for (const c of node.children as Nodes[]) if (c.type !== 'link') stack.push(c);
    }
  };
}
