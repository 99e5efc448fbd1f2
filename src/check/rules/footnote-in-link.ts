/**
 * A footnote call written inside a link's text (`[the claim[^1]](https://…)`) cannot link: a link cannot hold
 * another, so the page keeps the outer link and the call's own link and id are lost, and the note's "↩" points
 * at nothing. Refused with one line; the fix is to put the call after the link.
 */

export const FOOTNOTE_IN_LINK_MESSAGE = "cannot link inside a link's text; move it after the link";

/**
 * Which of the calls (offsets of `[^` and of the `]` that ends them, in increasing order, in `text` with code
 * blanked) sit in a link's text: the next bracket after the call is the `]` of an inline link (`](`) or of a full
 * reference link (`][ref]`). One forward pass over the text for all calls: linear.
 */
export function callsInLinkText(text: string, calls: readonly { index: number; end: number }[]): Set<number> {
  const inside = new Set<number>();
  let at = 0;
  let bracket = -1;
  for (const call of calls) {
    if (bracket < call.end) {
      at = Math.max(at, call.end);
      bracket = -1;
      for (; at < text.length; at++) {
        const c = text.charCodeAt(at);
        if (c === 0x5b || c === 0x5d) {
          bracket = at;
          break;
        }
      }
    }
    if (bracket === -1 || text[bracket] !== ']') continue;
    const after = text.slice(bracket + 1, bracket + 3);
    if (after.startsWith('(') || (after.startsWith('[') && after !== '[^')) inside.add(call.index);
  }
  return inside;
}
