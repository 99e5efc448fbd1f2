/**
 * What a link or image address in a body must be for readers and validators to take it: the one judgement the
 * content check (which refuses a malformed address with a line) and the renderer (which removes one that slipped
 * through, so the page still validates) share. Pure; linear in the address.
 *
 * - Browsers drop ASCII tabs and line breaks inside a URL and read the scheme in any case (`java&#x09;script:`,
 *   `HTTPS://`): `browserForm` is the address as a browser follows it, and the scheme is judged on that form.
 * - Kept schemes: http, https, mailto and tel (README, "HTML in articles"); every other one is refused.
 * - http(s) addresses must parse (WHATWG URL), have a host, no user name or password, and a port in range.
 * - Any address: a `%` starts a two-hex-digit escape; no spaces or characters a URL may not hold (`<>"\^`{|}`), no
 *   second `#` (round 26b #3).
 */
import { domainToUnicode } from 'node:url';
import { parseEntities } from 'parse-entities';
import { codePoint } from '#/check/rules/invisible-chars.ts';

export const KEPT_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
const UNSAFE = new Set(['javascript', 'vbscript', 'data', 'file', 'blob', 'filesystem']);
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * The address as a browser follows it: entities decoded (when written in HTML), tabs and line breaks dropped, and
 * spaces at either end dropped, Unicode ones too (a no-break space, `&nbsp;`): the renderer drops them as well, so
 * a stray one is no "space to percent-encode" (round 28b #10, #11).
 */
export function browserForm(href: string, { html = false }: { html?: boolean } = {}): string {
  const decoded = html && href.includes('&') ? parseEntities(href, { attribute: true }) : href;
  return trimmedAddress(decoded.replace(/[\t\n\r]/g, ''));
}

// eslint-disable-next-line no-control-regex
const END_SPACE = /[\u0000-\u0020\s]/;

/** `text` without controls and spaces (any Unicode space) at either end; a loop, linear where `[…]+$` is not. */
function trimmedAddress(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && END_SPACE.test(text[start]!)) start++;
  while (end > start && END_SPACE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** The scheme in lower case (`https`), or undefined for a relative address. */
export function schemeOf(address: string): string | undefined {
  return SCHEME.exec(address)?.[1]?.toLowerCase();
}

/** The address with a kept scheme written in lower case (`HTTPS://x` → `https://x`); others unchanged. */
export function lowerKeptScheme(address: string): string {
  const scheme = schemeOf(address);
  return scheme && (KEPT_SCHEMES as readonly string[]).includes(scheme) ? scheme + address.slice(scheme.length) : address;
}

/** The address with every "#" after the first written %23 (the fix the second-"#" line names). */
export function laterHashesEncoded(address: string): string {
  const hash = address.indexOf('#');
  return hash === -1 || !address.includes('#', hash + 1) ? address : address.slice(0, hash + 1) + address.slice(hash + 1).replaceAll('#', '%23');
}

/**
 * A `mailto:` or `tel:` link that reaches no one (round 36): `mailto:`, `mailto:?subject=hi`, `mailto:newsdesk` (no
 * "@") or a `tel:` without a digit opened an empty message or dialled nothing. `after`: what follows the scheme.
 */
function contactProblem(scheme: 'mailto' | 'tel', after: string): string | undefined {
  if (scheme === 'tel') return /[0-9]/.test(after) ? undefined : 'has no phone number after "tel:"; write the number with its country code, e.g. tel:+93201234567, or remove the link';
  const query = after.indexOf('?');
  const to = /(?:^|&)to=([^&]*)/i.exec(query === -1 ? '' : after.slice(query + 1))?.[1] ?? '';
  const addresses = [after.slice(0, query === -1 ? undefined : query), to].flatMap((list) => list.split(/,|%2c/i)).map((a) => a.trim()).filter(Boolean);
  if (!addresses.length) return 'has no e-mail address after "mailto:"; write the address, e.g. mailto:newsdesk@example.org, or remove the link';
  const bad = addresses.find((a) => !/^[^@]+(?:@|%40)[^@]+$/i.test(a));
  if (bad) return `has "${bad.length > 60 ? `${bad.slice(0, 60)}…` : bad}" after "mailto:", which is not an e-mail address (one "@" between a name and a host); write the whole address, e.g. mailto:newsdesk@example.org`;
  return undefined;
}

/**
 * Why the address cannot stand in a page, or undefined when it can. `address` is the browser form. `html`: written
 * in raw HTML (then nothing escapes spaces and the like for the editor; Markdown's link syntax does).
 */
export function urlProblem(address: string, { html = false }: { html?: boolean } = {}): string | undefined {
  const scheme = schemeOf(address);
  if (scheme && !(KEPT_SCHEMES as readonly string[]).includes(scheme)) {
    return UNSAFE.has(scheme)
      ? `uses the unsafe link scheme "${scheme}:", which pages never keep; link to a web page (https://…) or remove it`
      : `uses the link scheme "${scheme}:", which pages do not keep (only http, https, mailto and tel); link to a web page (https://…) or remove it`;
  }
  const badPercent = html ? /%(?![0-9a-fA-F]{2})/.exec(address) : /%(?=[0-9a-zA-Z]{2})(?![0-9a-fA-F]{2})/.exec(address);
  if (badPercent) return 'has a "%" that is not followed by two hexadecimal digits; write a percent sign as %25';
  // Markdown leaves a "#" as written, and validators refuse one inside the fragment (round 26b #3: `/#f#g`).
  if (laterHashesEncoded(address) !== address) return 'has a second "#", which a web address may not hold after the first; write every "#" after the first as %23';
  if (html) {
    const bad = /[\s<>"\\^`{|}]/u.exec(address);
    if (bad) return `contains ${bad[0].trim() === '' ? 'a space' : `"${bad[0]}"`}, which a web address may not hold; write it percent-encoded (a space is %20)`;
  }
  if (scheme === 'mailto' || scheme === 'tel') return contactProblem(scheme, address.slice(scheme.length + 1));
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    const port = /^https?:\/\/(?:[^/?#]*@)?[^/?#:]*:(\d+)(?:[/?#]|$)/i.exec(address)?.[1];
    if (port && Number(port) > 65535) return `has the port ${port}, but ports run from 0 to 65535; fix the address`;
    // `999.1.1.1`: digits and dots only are read as an IP address, whose four numbers run from 0 to 255 (round 32c F4).
    const ip = /^https?:\/\/(?:[^/?#]*@)?([\d.]+)(?::\d*)?(?:[/?#]|$)/i.exec(address)?.[1];
    if (ip) return `has the host "${ip}", which is not an IP address (four numbers from 0 to 255, e.g. 192.0.2.1); fix the address`;
    return 'is not a valid web address (check the host name for spaces, stray "%" or other characters); fix or remove it';
  }
  if (url.hostname === '') return 'has no host name; write the whole address, e.g. https://example.org/page';
  if (url.username !== '' || url.password !== '') return 'contains a user name or password; remove the "name:password@" part (never publish credentials)';
  // A host the URL parser rewrites (`0xC0.0xA8.0.1` is 192.168.0.1) or an "xn--" label that decodes to nothing is
  // refused by validators; ASCII hosts only (an IDN such as bücher.example is rightly rewritten to its xn-- form).
  const written = /^https?:\/\/(?:[^/?#]*@)?([^/?#:]*)/i.exec(address)?.[1] ?? '';
  if (!written.startsWith('[') && /^[\x21-\x7e]*$/.test(written) && written.toLowerCase() !== url.hostname) {
    return `has the host "${written}", which browsers read as "${url.hostname}"; write the host name as it is usually written`;
  }
  // An international host is judged on its letters: one the parser drops or maps (a soft hyphen U+00AD typed raw,
  // a zero-width space, fullwidth letters) is a host nobody wrote, which the renderer removed silently (round 25a #12).
  const shown = domainToUnicode(url.hostname);
  if (!/^[\x21-\x7e]*$/.test(written) && written.normalize('NFC').toLowerCase() !== shown) {
    const unseen = /[^\p{L}\p{M}\p{N}.-]/u.exec(written)?.[0];
    const named = unseen === undefined ? '' : `, which holds ${codePoint(unseen)}`;
    return `has the host "${written}"${named}; browsers read it as "${shown}": write the host name as it is usually written`;
  }
  if (url.hostname.split('.').some((label) => /^xn--/i.test(label) && domainToUnicode(label) === label)) {
    return `has the host "${url.hostname}", whose "xn--" part is not a valid international name; fix the address`;
  }
  // An empty label (`example..org`, `.example.org`; a final dot alone is a valid name) or a character no host name
  // holds (`www.example,org`): the parser keeps them, validators refuse them, and no such host exists (round 25a #7).
  if (!url.hostname.startsWith('[')) {
    const labels = url.hostname.replace(/\.$/, '').split('.');
    if (labels.some((label) => label === '')) return `has the host "${url.hostname}", which has an empty part between two dots; fix the address`;
    const long = labels.find((label) => label.length > 63);
    if (long) return `has the host "${url.hostname}", whose part "${long.slice(0, 20)}…" is ${long.length} characters long; a host name's parts have at most 63: fix the address`;
    if (url.hostname.length > 253) return `has a host name ${url.hostname.length} characters long; a host name has at most 253: fix the address`;
    const odd = /[^a-z0-9._-]/.exec(url.hostname);
    if (odd) return `has the host "${url.hostname}", which holds "${odd[0]}"; a host name is letters, digits, dots and hyphens: fix the address`;
  }
  // `[` and `]` belong only around an IPv6 host; anywhere else they make the address invalid.
  if (html && /[[\]]/.test(address.slice(address.indexOf('//') + 2).replace(/^\[[0-9a-fA-F:.]+\]/, ''))) {
    return 'contains "[" or "]", which a web address may not hold outside an IPv6 host; write them as %5B and %5D';
  }
  return undefined;
}
