/**
 * A link with no address (`[the report]()`, `[the report](<>)`, `<a href>…</a>`, `<a href="">…</a>`, a reference
 * definition `[id]: <>`) is the classic "forgot to paste the URL" slip: the page would ship a link that reloads
 * itself. So is a bare `#`, what CMS link dialogs pre-fill and editors type while the address is not ready yet
 * (round 22: "[Read the full report (PDF)](#)" took readers to the masthead), unless its words say it goes to the
 * top; `#top` is the deliberate link to the top and passes.
 */
import type { BodyLink } from '#/check/link-scan.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

/** Words of a link that goes to the top on purpose ("Back to top", "↑"). */
const TOP = /\btop\b|↑|⬆|\bup\b/i;

/** The line for a link whose address is empty (or only spaces), else undefined. `raw`: found as raw HTML. */
export function emptyAddress(link: BodyLink, raw: boolean): string | undefined {
  const address = raw || link.html ? link.href : link.href.replace(/^<(.*)>$/s, '$1');
  if (address.trim() === '#') {
    const words = ((raw ? link.words : link.text) ?? '').replace(/\s+/g, ' ').trim();
    if (TOP.test(words)) return undefined;
    return `link [${truncate(words, 60)}] points to "#", the top of this page: a placeholder for an address not pasted yet; paste the URL, or remove the link (a link to the top is written #top)`;
  }
  if (address.trim() !== '') return undefined;
  if (raw) {
    const words = (link.words ?? '').replace(/\s+/g, ' ').trim();
    return `link [${truncate(words, 60)}] (<a href="">) has no address; paste the URL between the quotes of href="", or remove the link`;
  }
  return `link [${truncate(link.text, 60)}] has no address; paste the URL between the brackets, or remove the link`;
}
