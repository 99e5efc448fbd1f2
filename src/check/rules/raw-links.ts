/**
 * Links the Markdown link scanner does not see: `href` attributes of raw HTML (`<a href="…">`, `<area>`), read from
 * the renderer's own parse (src/check/raw-html-links.ts), and URLs written bare or as autolinks (`<https://…>`,
 * `https://…`), which the renderer turns into links too. They go through the same rules as Markdown links
 * (check/links.ts), so a draft's or a scheduled article's URL cannot reach readers through them. Code is skipped;
 * every pattern is bounded, so the scan stays linear.
 */
import { blankCode, type BodyLink } from '#/check/link-scan.ts';
import { rawHtmlLinks } from '#/check/raw-html-links.ts';
import { positionFinder } from '#/check/text-position.ts';

// A URL after a space, a line start or `<` (an autolink); one inside `(…)` or `[…]:` is a Markdown link already seen.
const BARE_URL = /(^|[\s<])(https?:\/\/[^\s<>"'`]{1,4000})/gim;

const MARKDOWN_DESTINATION = /(\]:|\()[ \t]*\n?[ \t]*<?$/;

export function scanRawLinks(markdown: string, firstLine = 1): BodyLink[] {
  const text = blankCode(markdown);
  const found: { index: number; href: string; html?: boolean; words?: string; blank?: boolean }[] = [];
  // The parse hands back the href as the page carries it (character references decoded).
  for (const l of rawHtmlLinks(markdown)) found.push({ index: l.offset, href: l.href, html: true, words: l.text, ...(l.blank ? { blank: true } : {}) });
  for (const m of text.matchAll(BARE_URL)) {
    const index = m.index + m[1]!.length;
    // A reference definition's URL (`[id]: https://…`) or a spaced inline one (`[x]( https://…)`) is a Markdown
    // link the link scanner already reports.
    if (MARKDOWN_DESTINATION.test(text.slice(Math.max(0, index - 16), index))) continue;
    // Sentence punctuation after a bare URL is not part of it (GFM's autolink literal rule).
    found.push({ index, href: m[2]!.replace(/[.,:;!?*_~'")\]]+$/, '') });
  }
  const pos = positionFinder(text, firstLine);
  return found.sort((a, b) => a.index - b.index).map(({ index, href, html, words, blank }) => ({ text: href, href, ...(html ? { html } : {}), ...(words !== undefined ? { words } : {}), ...(blank ? { blank } : {}), ...pos(index) }));
}
