/**
 * Markdown link and image addresses as hast properties, with the host of an http(s) address kept as written.
 * mdast-util-to-hast percent-encodes the whole destination (`normalizeUri`), host too: `https://[2001:db8::1]/`
 * became `https://%5B2001:db8::1%5D/` and `https://bücher.example/` `https://b%C3%BCcher.example/`, which
 * rehype-valid-html.ts then removed as a host the URL parser rewrites, so a link the check accepted (and the same
 * address in raw HTML kept) was published without its href (round 25a #12). The host now reaches the page as
 * raw HTML's does, and both are judged by one rule (src/domain/url-syntax.ts); the rest is encoded as before.
 */
import type { Element, ElementContent } from 'hast';
import type { Image, ImageReference, Link, LinkReference } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import { normalizeUri } from 'micromark-util-sanitize-uri';

/** `normalizeUri(url)`, except an http(s) address's authority (`host:port`), which is kept as written. */
export function markdownHref(url: string): string {
  const authority = /^https?:\/\/[^/?#\\]*/i.exec(url)?.[0];
  return authority === undefined ? normalizeUri(url) : authority + normalizeUri(url.slice(authority.length));
}

/**
 * Sets `key` of the element a default handler made (a reference with no definition is text: left alone). A space
 * CommonMark keeps at either end of a destination (a no-break space or tab pasted from a word processor) is dropped,
 * as the content check drops it (`trim`), so the link it checked is the one published (round 28b #10: it was
 * published as `…/%C2%A0/`, a 404, and a photo's `…png%C2%A0` was never processed).
 */
function withAddress(made: Element | ElementContent | ElementContent[], key: 'href' | 'src', url: string | undefined) {
  if (url !== undefined && !Array.isArray(made) && made.type === 'element') made.properties[key] = markdownHref(url.trim());
  return made;
}

const definitionUrl = (state: State, node: LinkReference | ImageReference) => state.definitionById.get(String(node.identifier).toUpperCase())?.url;

/** remark-rehype `handlers`: the default four, each with {@link markdownHref}. */
export const hostKeepingHandlers = {
  link: (state: State, node: Link) => withAddress(defaultHandlers.link(state, node), 'href', node.url),
  linkReference: (state: State, node: LinkReference) => withAddress(defaultHandlers.linkReference(state, node), 'href', definitionUrl(state, node)),
  image: (state: State, node: Image) => withAddress(defaultHandlers.image(state, node), 'src', node.url),
  imageReference: (state: State, node: ImageReference) => withAddress(defaultHandlers.imageReference(state, node), 'src', definitionUrl(state, node)),
};
