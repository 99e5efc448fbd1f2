/**
 * A link with no address (`[the report]()`, `[the report](<>)`, `<a href>…</a>`, `<a href="">…</a>`, a reference
 * definition `[id]: <>`) is the classic "forgot to paste the URL" slip: the page would ship a link that reloads
 * itself. `#` and `#top` (a deliberate link to the top) are addresses and pass.
 */
import type { BodyLink } from '#/check/link-scan.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

/** The line for a link whose address is empty (or only spaces), else undefined. `raw`: found as raw HTML. */
export function emptyAddress(link: BodyLink, raw: boolean): string | undefined {
  const address = raw || link.html ? link.href : link.href.replace(/^<(.*)>$/s, '$1');
  if (address.trim() !== '') return undefined;
  if (raw) {
    const words = (link.words ?? '').replace(/\s+/g, ' ').trim();
    return `link [${truncate(words, 60)}] (<a href="">) has no address; paste the URL between the quotes of href="", or remove the link`;
  }
  return `link [${truncate(link.text, 60)}] has no address; paste the URL between the brackets, or remove the link`;
}
