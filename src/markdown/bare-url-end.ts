/**
 * Where a bare URL in running text ends (GFM's autolink literal, extended to the punctuation of news copy in any
 * script). GFM ends one at a space or `<` and drops trailing ASCII punctuation and an unbalanced `)`; a closing
 * quote, a guillemet or an Arabic comma after the URL was taken into it (`“see https://x.org/report”` linked
 * `…/report%E2%80%9D`, round 13, finding 15).
 *
 * Here a bare URL also ends at the first quotation mark (‘ ’ “ ” ‚ „ ‹ › « » and the CJK corner brackets), the
 * Arabic-script comma, semicolon, question mark and full stop (، ؛ ؟ ۔), an ellipsis or a dash (… – —), and CJK
 * sentence punctuation (、 。 ， ： ； ！ ？ （ ） 【 】 《 》 〈 〉), wherever it stands: a browser copies an address
 * with these percent-encoded (`%E2%80%99`), so typed raw they are the sentence's, also inside a word
 * (`https://x.org/report’s`, `https://x.org/a’b` links `https://x.org/a` and prints `’b` after it). Then GFM's own
 * trailing rule runs on what is left. One function for the renderer (both pipelines) and the content check, so the
 * check judges the address the page links.
 */

/**
 * The scheme a bare `www.` address is linked with: `https://`, not GFM's `http://` (round 37b #5). Newsroom sites are
 * https, and the content check's advice for an address without its scheme is the same (rules/bare-hosts.ts). Both
 * pipelines (fast: bare-addresses.ts, address-literals.ts; reference: remark-bare-url-end.ts), so body and feeds agree.
 */
export const WWW_SCHEME = 'https://';

/** Characters that end a bare URL wherever they stand. */
const ENDS = /[\u00AB\u00BB\u2013\u2014\u2018-\u201F\u2026\u2039\u203A\u060C\u061B\u061F\u06D4\u3001\u3002\u3008-\u3011\uFF01\uFF08\uFF09\uFF0C\uFF1A\uFF1B\uFF1F]/;

/**
 * Square and curly brackets end a bare URL too (round 20): `[https://x.org/a/]` linked `…/a/%5D/`, and an import's
 * `[embed]https://…[/embed]` took the closing code into the address. A browser copies them percent-encoded; the one
 * place they stand raw is an IPv6 host (`http://[::1]/`), kept.
 */
function bracketEnd(url: string): string {
  const from = url.indexOf('://') + 3;
  const ipv6 = url[from] === '[' ? url.indexOf(']', from) : -1;
  const rest = ipv6 > 0 ? ipv6 + 1 : from;
  const at = url.slice(rest).search(/[[\]{}]/);
  return at < 0 ? url : url.slice(0, rest + at);
}

/** GFM's trailing punctuation (with `'` and `"`, as the fast pipeline has always read them). */
const TRAILING = '?!.,:*_~\'"';

/**
 * The URL that `candidate` (a run from `http(s)://` to a space or `<`) links: cut at the first character of
 * `ENDS`, then trailing punctuation and unbalanced `)` dropped. Linear: parentheses are counted once.
 */
export function bareUrl(candidate: string): string {
  const cut = ENDS.exec(candidate);
  const url = bracketEnd(cut ? candidate.slice(0, cut.index) : candidate);
  let end = url.length;
  let open = 0;
  let close = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  for (;;) {
    const ch = url[end - 1];
    if (ch && TRAILING.includes(ch)) end--;
    else if (ch === ')' && close > open) {
      end--;
      close--;
    } else break;
  }
  return url.slice(0, end);
}
