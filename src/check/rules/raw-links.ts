/**
 * Links the Markdown link scanner does not see: `href` attributes of raw HTML (`<a href="…">`, `<area>`), read from
 * the renderer's own parse (src/check/raw-html-links.ts), and URLs written bare or as autolinks (`<https://…>`,
 * `https://…`, `www.…`), which the renderer turns into links too. They go through the same rules as Markdown links
 * (check/links.ts), so a draft's or a scheduled article's URL cannot reach readers through them. Code is skipped;
 * every pattern is bounded, so the scan stays linear.
 */
import { blankCode, type BodyLink } from '#/check/link-scan.ts';
import { rawHtmlLinks } from '#/check/raw-html-links.ts';
import { positionFinder } from '#/check/text-position.ts';
import { bareUrl, WWW_SCHEME } from '#/markdown/bare-url-end.ts';

// A URL after a space, a line start or `<` (an autolink), a parenthesis, a quote, an emphasis marker, a guillemet or
// any other non-ASCII character (`(https://…)`, `"https://…"`, `“https://…”`, `«https://…»`: the renderer links them
// all, round 13); one right after `](` or `]:` is a Markdown link already seen, one after `="` an HTML attribute.
// The run goes on through quotes and apostrophes as the renderer's does (remark-news-gfm.ts: to a space or `<`), and
// bareUrl() ends it where the page does: `https://example.org/it's-here` is one address, a closing `'` or `"` after
// it is the sentence's (round 15). `>` still ends it here (the end of a tag the check reads as text).
const BARE_URL = /(^|[\s<("'*_~]|[^\x00-\x7F])(https?:\/\/[^\s<>`]{1,4000})/gimu;

// A `www.` address the renderer links (GFM's autolink literal: after a line start, a space, `(`, `*`, `_`, `~`, a quote
// or other punctuation; round 32) goes to `https://` and that address (WWW_SCHEME); a site on a `www.` host is the site's own.
const BARE_WWW = /(^|[\s("'*_~]|[^\x00-\x7F])(www\.[^\s<>`]{1,4000})/gimu;

const MARKDOWN_DESTINATION = /(\]:|\]\()[ \t]*\n?[ \t]*<?$/;
const ATTRIBUTE_VALUE = /=[ \t]*["']$/;

export function scanRawLinks(markdown: string, firstLine = 1): BodyLink[] {
  const text = blankCode(markdown);
  const found: { index: number; href: string; typed?: string; html?: boolean; words?: string; blank?: boolean }[] = [];
  // The parse hands back the href as the page carries it (character references decoded); its messages quote it as
  // typed (round 37f #2: `jav&#x0A;ascript:` was quoted "jav ascript:", which the file does not hold).
  for (const l of rawHtmlLinks(markdown)) found.push({ index: l.offset, href: l.href, typed: l.typed, html: true, words: l.text, ...(l.blank ? { blank: true } : {}) });
  const urlEnds: [number, number][] = [];
  for (const m of text.matchAll(BARE_URL)) {
    const index = m.index + m[1]!.length;
    urlEnds.push([index, index + m[2]!.length]);
    // A reference definition's URL (`[id]: https://…`) or an inline one (`[x](https://…)`, `[x]( https://…)`) is a
    // Markdown link the link scanner already reports; an `href="https://…"` is the raw HTML link read above.
    const before = text.slice(Math.max(0, index - 16), index);
    if (MARKDOWN_DESTINATION.test(before) || ATTRIBUTE_VALUE.test(before)) continue;
    // An autolink `<https://…>` is the address as written; a bare URL ends where the renderer ends it
    // (bare-url-end.ts: sentence punctuation, closing quotes and the Arabic comma after it are not part of it).
    const autolink = m[1] === '<' && text[index + m[2]!.length] === '>';
    found.push({ index, href: autolink ? m[2]! : bareUrl(m[2]!).replace(/\]+$/, '') });
  }
  let url = 0;
  for (const m of text.matchAll(BARE_WWW)) {
    const index = m.index + m[1]!.length;
    // Inside an `https://…` address (`…/(www.x.org)`) it is that address's.
    while (url < urlEnds.length && urlEnds[url]![1] <= index) url++;
    if (url < urlEnds.length && urlEnds[url]![0] <= index) continue;
    const address = bareUrl(m[2]!).replace(/\]+$/, '');
    if (!ATTRIBUTE_VALUE.test(text.slice(Math.max(0, index - 16), index))) found.push({ index, href: WWW_SCHEME + address });
  }
  const pos = positionFinder(text, firstLine);
  return found.sort((a, b) => a.index - b.index).map(({ index, href, typed, html, words, blank }) => ({ text: typed ?? href, href, ...(html ? { html } : {}), ...(words !== undefined ? { words } : {}), ...(blank ? { blank } : {}), ...pos(index) }));
}
