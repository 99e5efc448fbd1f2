/**
 * How many links a body makes, counted in one linear pass before anything is rendered (nesting.ts). A bare web or
 * e-mail address needs no markup character, so the markup limit does not bound them: 116,000 `www.a.co` in 1 MiB
 * made 350,000 nodes that every tree walk of the renderer visits (5–7 s to render, 1.6 s to check; round 36). The
 * count is the renderer's autolinks (`http://`, `https://`, `www.`, e-mail addresses) and Markdown links (`](`).
 */
import { emailEnd, emailMayFollow, isAtext } from '#/markdown/address-scan.ts';

/** Where a link may start: an address's scheme or `www.` (not inside a word), a Markdown link's `](`, an `@`. */
const LINK_START = /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)|\]\(|@/giu;

/** The offset of the `limit + 1`-th link of `text` (code already blanked), or -1 when it has at most `limit`. */
export function linkPastLimit(text: string, limit: number): number {
  let count = 0;
  // The end of the last e-mail address counted: a local part never reaches back into it.
  let emailsEnd = 0;
  for (const m of text.matchAll(LINK_START)) {
    let at = m.index;
    // A Markdown link's destination is that link's, counted at its `](`.
    if (m[0] !== '](' && m[0] !== '@' && text.startsWith('](', at - 2)) continue;
    if (m[0] === '@') {
      // The local part before the `@` (GFM's characters), after whatever the address may follow.
      let start = at;
      while (start > emailsEnd && isAtext(text.charCodeAt(start - 1))) start--;
      if (start === at || !emailMayFollow(start === 0 ? null : (text[start - 1] as string))) continue;
      const end = emailEnd(text, start);
      if (end === -1) continue;
      emailsEnd = end;
      at = start;
    }
    if (++count > limit) return at;
  }
  return -1;
}
