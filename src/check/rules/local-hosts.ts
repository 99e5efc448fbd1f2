/**
 * Addresses no reader can open: the editor's own machine (the preview server `npm start` runs at
 * http://localhost:4321/, 127.0.0.1, 0.0.0.0, [::1], `*.local`, `*.localhost`). A link copied from the preview
 * passed the check and was published in the page and every feed (round 23). Names reserved for examples
 * (`example.org`) are not refused: the sample newsroom itself lives on them.
 * Addresses on a private network (10.x, 192.168.x, 172.16–31.x, `*.internal`, `*.lan`, a name without a dot: the
 * newsroom's CMS or intranet) open inside the newsroom only: a warning (round 36), since an editor may mean it.
 */
import { isOwnMachineIp, isPrivateNetworkIp } from '#/domain/ip-networks.ts';

/** Whether `hostname` (as `URL` gives it) is the machine the page is opened on, not a server readers reach. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || isOwnMachineIp(host);
}

/** Names that only a newsroom's own network resolves (RFC 8375's home.arpa, ICANN's .internal, common LAN suffixes). */
const PRIVATE_SUFFIX = /\.(?:internal|intranet|lan|corp|home|home\.arpa|localdomain|private)$/;

/**
 * Whether `hostname` (as `URL` gives it) is on the editor's own machine ({@link isLocalHost}) or a private network:
 * an address that only works inside the newsroom's network.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (isLocalHost(host)) return true;
  if (isPrivateNetworkIp(host) || PRIVATE_SUFFIX.test(host)) return true;
  // A name without a dot (`http://cms/…`, `http://intranet/…`): resolved by the newsroom's network alone.
  return !host.includes('.') && !host.startsWith('[');
}

/** The `http(s)` address `href` names, or undefined when it is not one. */
function webAddress(href: string): URL | undefined {
  if (!/^(?:https?:)?\/\//i.test(href.trim())) return undefined;
  try {
    const url = new URL(href.trim().startsWith('//') ? `http:${href.trim()}` : href.trim());
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Why a body link on the editor's own machine reaches no reader, with the path to write; or undefined. */
export function previewLinkProblem(href: string): string | undefined {
  const url = webAddress(href);
  if (!url || !isLocalHost(url.hostname)) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  const slug = /^\/articles\/([^/?#]+)\/?$/.exec(url.pathname)?.[1];
  const fix = slug ? `link the article's file (./${slug}.md from the same folder) or its site path /articles/${slug}/${url.hash}` : `write the site path ${path}`;
  return `points to ${url.host}, a server on your own machine (the preview), which readers cannot open; ${fix}`;
}

/**
 * Why an address outside the body (`canonical`, an author's `url`) on the editor's own machine names nothing readers
 * or search engines can open, with `fix`; or undefined.
 */
export function previewAddressProblem(href: string, fix: string): string | undefined {
  const url = webAddress(href);
  if (!url || !isLocalHost(url.hostname)) return undefined;
  return `is on ${url.host}, a server on your own machine, which no reader or search engine can open; ${fix}`;
}

/**
 * The warning for an address on a private network, not on the editor's own machine (that is the error above),
 * with `fix`; or undefined.
 */
export function privateAddressWarning(href: string, fix: string): string | undefined {
  const url = webAddress(href);
  if (!url || isLocalHost(url.hostname) || !isPrivateHost(url.hostname)) return undefined;
  return `is on ${url.host}, an address on a private network, which only works inside the newsroom's network: readers and search engines elsewhere cannot open it; ${fix}`;
}

/** Why a `canonical` on the editor's own machine names no original readers or search engines can open, or undefined. */
export const previewCanonicalProblem = (href: string): string | undefined => previewAddressProblem(href, 'give the original story\'s address, or remove "canonical"');
