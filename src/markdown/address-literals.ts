/**
 * The fast pipeline's reading of the text transform that mdast-util-gfm-autolink-literal 2.1 runs after parsing (the
 * reference pipeline's): addresses the tokenizer did not link (after a `"`, inside an unclosed `[`, …) are found
 * again in each text node by pattern. Its patterns and checks are the library's (MIT, © Titus Wormley), except
 * that a `www.` address is linked with `https://` (bare-url-end.ts), that `https://` is left to the fast pipeline's own pass, and that a `www.` run is scanned once: the library starts
 * over one character after each refused match, which is quadratic in a long run of refused domains.
 *
 * Copied, not imported: the library exports only its mdast extensions, not findUrl, isCorrectDomain or splitUrl.
 *
 * Input and output are pieces of one text node's value: `[from, to]` text still to be read, or a link.
 */
import { isPunct, isWhite } from './address-scan.ts';
import { WWW_SCHEME } from './bare-url-end.ts';

export interface Found {
  from: number;
  to: number;
  /** The link's text and href; undefined for text. */
  link?: { text: string; url: string };
}

const DOMAIN_CHAR = /[\w.-]/;

/** The library's `isCorrectDomain`: neither of the last two dot-separated parts holds `_` or lacks a letter/digit. */
function badPart(part: string | undefined): boolean {
  return !!part && (part.includes('_') || !/[\dA-Za-z]/.test(part));
}

/** The library's `splitUrl`: trailing punctuation off, a `)` kept while the URL has an unclosed `(`. */
function splitUrl(url: string): [string, string] {
  let index = url.length;
  while (index > 0 && '!"&\'),.:;<>?]}'.includes(url[index - 1]!)) index--;
  let kept = url.slice(0, index);
  let trail = url.slice(index);
  const opening = kept.split('(').length - 1;
  let closing = kept.split(')').length - 1;
  let paren = trail.indexOf(')');
  while (paren !== -1 && opening > closing) {
    kept += trail.slice(0, paren + 1);
    trail = trail.slice(paren + 1);
    paren = trail.indexOf(')');
    closing++;
  }
  return [kept, trail];
}

/** `www.` addresses in `v.slice(from, to)`, as the library's URL pattern finds them (its `findUrl`). */
function wwwLiterals(v: string, from: number, to: number): Found[] {
  const s = v.slice(from, to);
  const out: Found[] = [];
  const start = /(?<![\da-z])www(?=\.)/gi;
  let last = 0;
  let space = -1;
  for (let m = start.exec(s); m; m = start.exec(s)) {
    const at = m.index;
    let domainEnd = at + 3;
    while (domainEnd < s.length && DOMAIN_CHAR.test(s[domainEnd]!)) domainEnd++;
    const parts = s.slice(at, domainEnd).split('.');
    const lastBad = badPart(parts[parts.length - 1]);
    const lastButOne = parts[parts.length - 2];
    if (lastBad || badPart(lastButOne)) {
      // Every match inside this domain shares its last two parts, but one starting after the `_` of the last but one.
      const partStart = domainEnd - parts[parts.length - 1]!.length - 1 - lastButOne!.length;
      start.lastIndex = !lastBad && lastButOne!.includes('_') ? partStart + lastButOne!.lastIndexOf('_') + 1 : domainEnd;
      continue;
    }
    const before = s[at - 1];
    if (at > 0 && !isWhite(before) && !isPunct(before)) {
      start.lastIndex = at + 1;
      continue;
    }
    if (space < domainEnd) {
      space = domainEnd;
      while (space < s.length && !' \t\n\r'.includes(s[space]!)) space++;
    }
    const [url, trail] = splitUrl(s.slice(at, space));
    if (at > last) out.push({ from: from + last, to: from + at });
    out.push({ from: from + at, to: from + at + url.length, link: { text: url, url: WWW_SCHEME + url } });
    last = at + url.length;
    if (trail) out.push({ from: from + last, to: from + space });
    last = space;
    start.lastIndex = space;
  }
  if (last < s.length) out.push({ from: from + last, to });
  return out;
}

type Check = (whole: string, local: string, domain: string, resource: string | undefined, after: string | undefined) => string | undefined;

const labelOk = (domain: string) => !/[\d\-_]$/.test(domain);

/** The library's `xmpp:`, `mailto:` and bare e-mail patterns, in its order, each with the link text it makes. */
const EMAIL_PATTERNS: [RegExp, Check][] = [
  [
    /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
    (whole, _l, domain, resource, after) => (labelOk(domain) && (!resource || (/[A-Za-z]$/.test(resource) && after !== '@')) ? whole : undefined),
  ],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, (whole, _l, domain) => (labelOk(domain) ? whole : undefined)],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, (whole, _l, domain) => (labelOk(domain) ? whole : undefined)],
];

/** One pattern over the text pieces; a refused match is tried again one character on, as the library does. */
function emailLiterals(v: string, pieces: Found[], [pattern, check]: [RegExp, Check]): Found[] {
  const out: Found[] = [];
  for (const piece of pieces) {
    const s = piece.link ? '' : v.slice(piece.from, piece.to);
    if (!s.includes('@')) {
      out.push(piece);
      continue;
    }
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
      const text = check(m[0], m[1]!, m[2]!, m[3], s[m.index + m[0].length]);
      if (text === undefined) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      if (m.index > last) out.push({ from: piece.from + last, to: piece.from + m.index });
      const url = text.startsWith('mailto:') || text.startsWith('xmpp:') ? text : 'mailto:' + text;
      out.push({ from: piece.from + m.index, to: piece.from + m.index + text.length, link: { text, url } });
      last = m.index + text.length;
    }
    if (last < s.length) out.push({ from: piece.from + last, to: piece.to });
  }
  return out;
}

/** The transform over text still to be read (`v.slice(from, to)`): `www.` first, then the e-mail patterns. */
export function literalsAfterParse(v: string, from: number, to: number): Found[] {
  let pieces = /www\./i.test(v.slice(from, to)) ? wwwLiterals(v, from, to) : [{ from, to }];
  if (v.slice(from, to).includes('@')) for (const p of EMAIL_PATTERNS) pieces = emailLiterals(v, pieces, p);
  return pieces;
}
