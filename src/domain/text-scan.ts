/** Linear replacements for the "opener … closer" regexes that rescan to the end from every unmatched opener. */

export interface DelimitedOptions {
  /** At least this many characters between opener and closer (`/<[^>]+>/` is 1, `/\]\([^)]*\)/` is 0). */
  minInner?: number;
  /** The character right after the opener must match (`/<[a-z/!?][^>]*>/i`). */
  next?: RegExp;
}

/**
 * `text` with every `open…close` span (closer: the first one after the opener) replaced by a space, exactly as
 * the equivalent global regex would, in one forward pass.
 */
export function removeDelimited(text: string, open: string, close: string, opts: DelimitedOptions = {}): string {
  const minInner = opts.minInner ?? 0;
  let out = '';
  let from = 0;
  let last = 0;
  let nextClose = -1;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start === -1) break;
    if (opts.next && !opts.next.test(text.charAt(start + open.length))) {
      from = start + 1;
      continue;
    }
    // Openers only move forward, so the closer found for one opener serves the next until it is passed.
    if (nextClose < start + open.length) nextClose = text.indexOf(close, start + open.length);
    // No closer after this opener means none after any later opener either.
    if (nextClose === -1) break;
    if (nextClose - start - open.length < minInner) {
      from = start + 1;
      continue;
    }
    out += `${text.slice(last, start)} `;
    last = nextClose + close.length;
    from = last;
  }
  return last === 0 ? text : out + text.slice(last);
}
