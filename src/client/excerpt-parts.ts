/**
 * A search excerpt as the page builds it: parts alternating text and marked words (text, marked, text, …, decoded),
 * so an edit that works on characters of the joined text keeps each mark where Pagefind put it.
 */

/** The parts of characters `from`…`to` of the parts' joined text, each part keeping its place (an emptied one stays). */
export function sliceParts(parts: readonly string[], from: number, to = Infinity): string[] {
  let at = 0;
  return parts.map((part) => {
    const start = at;
    at += part.length;
    return part.slice(Math.max(0, from - start), Math.max(0, to - start));
  });
}
