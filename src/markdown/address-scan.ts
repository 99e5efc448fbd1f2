/**
 * The fast pipeline's reading of GFM's autolink-literal *tokenizer* (micromark-extension-gfm-autolink-literal 2.1,
 * which the reference pipeline runs) for `www.` and e-mail addresses, over one text node's value: where a literal
 * starts (the character before it), how far its domain and path run, and which trailing punctuation it leaves out.
 * The library's tokenizer re-checks a run of trailing punctuation at each of its characters, so `www.a.org/` and
 * 40,000 dots take minutes there; here each position's "is this trail followed by an end" is computed once, right
 * to left (`trailEnds`), and a domain that fails is not scanned again from inside, so a text node costs linear time.
 * What runs after the tokenizer (the library's text transform) is address-literals.ts.
 */

const WHITE = /\s/;
const PUNCT = /\p{P}|\p{S}/u;

/** micromark-util-character's checks, on one UTF-16 code unit as micromark reads them. */
export const isWhite = (c: string | undefined): boolean => c !== undefined && WHITE.test(c);
export const isPunct = (c: string | undefined): boolean => c !== undefined && PUNCT.test(c);
const isAsciiAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlnum = (c: number): boolean => isAsciiAlpha(c) || (c >= 48 && c <= 57);
/** GFM's e-mail local-part characters: `[A-Za-z0-9+\-._]`. */
export const isAtext = (c: number): boolean => c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlnum(c);

/** The character before a `www.` literal: start, whitespace (ASCII) or `( * _ [ ] ~`. */
export function wwwMayFollow(prev: string | null): boolean {
  return prev === null || '(*_[]~ \t\n\r'.includes(prev);
}

/** The character before an e-mail literal: anything but `/` and the local part's own characters. */
export function emailMayFollow(prev: string | null): boolean {
  return prev === null || !(prev === '/' || isAtext(prev.charCodeAt(0)));
}

/** Where the e-mail literal starting at `at` ends, or -1: local part, `@`, a domain with a dot, ending in a letter. */
export function emailEnd(v: string, at: number): number {
  let i = at;
  while (i < v.length && isAtext(v.charCodeAt(i))) i++;
  if (i === at || v[i] !== '@') return -1;
  i++;
  let dot = false;
  let data = false;
  for (;;) {
    const c = v.charCodeAt(i);
    if (c === 46) {
      // A dot is the domain's only when a letter or digit follows it.
      if (!isAsciiAlnum(v.charCodeAt(i + 1))) break;
      dot = true;
      i++;
    } else if (c === 45 || c === 95 || isAsciiAlnum(c)) {
      data = true;
      i++;
    } else break;
  }
  return data && dot && isAsciiAlpha(v.charCodeAt(i - 1)) ? i : -1;
}

const TRAIL = '!"\')*,.:;?_~';
const PATH_TRAIL = '!"&\')*,.:;<?]_~';

/**
 * For each position of `v`, whether the library's `trail` check succeeds there: a run of trailing punctuation
 * (`&name;` counts as one, `]` ends it before `(` or `[`) up to whitespace, `<` or the end of the text.
 */
export function trailEnds(v: string): Uint8Array {
  const n = v.length;
  const ok = new Uint8Array(n + 1);
  ok[n] = 1;
  let nonAlpha = n; // first non-letter after i
  for (let i = n - 1; i >= 0; i--) {
    const c = v[i]!;
    if (TRAIL.includes(c)) ok[i] = ok[i + 1]!;
    else if (c === '&') ok[i] = isAsciiAlpha(v.charCodeAt(i + 1)) && v[nonAlpha] === ';' ? ok[nonAlpha + 1]! : 0;
    else if (c === ']') ok[i] = v[i + 1] === '(' || v[i + 1] === '[' ? 1 : ok[i + 1]!;
    else ok[i] = c === '<' || isWhite(c) ? 1 : 0;
    if (!isAsciiAlpha(v.charCodeAt(i))) nonAlpha = i;
  }
  return ok;
}

/** A `www.` literal: its end, or where the next one may start when its domain fails. */
export type WwwScan = { end: number } | { retryFrom: number };

/**
 * The `www.` literal starting at `at` (`v` holds `www.` there, case-insensitively). The domain runs to whitespace,
 * punctuation other than `-`, or a trail; its last two segments must hold no `_`. The path runs to whitespace or a
 * trail, a `)` closing one of its own `(` never being one.
 */
export function wwwEnd(v: string, at: number, trail: Uint8Array): WwwScan {
  let j = at;
  let lastUnderscore = -1; // in the segment being read
  let lastButOneUnderscore = -1;
  for (; j < v.length; j++) {
    const c = v[j]!;
    if (c === '.' || c === '_') {
      if (trail[j]) break;
      if (c === '_') lastUnderscore = j;
      else [lastButOneUnderscore, lastUnderscore] = [lastUnderscore, -1];
    } else if (isWhite(c) || (c !== '-' && isPunct(c))) break;
  }
  // A literal starting inside this domain ends where it does: it fails too unless it starts after the `_`.
  if (lastUnderscore >= 0) return { retryFrom: j };
  if (lastButOneUnderscore >= 0) return { retryFrom: lastButOneUnderscore + 1 };
  let open = 0;
  let close = 0;
  for (; j < v.length; j++) {
    const c = v[j]!;
    if (c === '(') open++;
    else if (c === ')' && close < open) close++;
    else if (PATH_TRAIL.includes(c)) {
      if (trail[j]) break;
      if (c === ')') close++;
    } else if (isWhite(c)) break;
  }
  return { end: j };
}
