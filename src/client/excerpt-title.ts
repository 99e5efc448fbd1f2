/**
 * A search result's excerpt without the end of the headline it may open with (round 20). An article's search text
 * starts with its headline and standfirst (so a word in the headline finds it), and Pagefind's excerpt is a window
 * of that text: a hit near the top opened with the headline's last words, printed again under the headline and run
 * into the standfirst ("…for a third week The price of a sack…"). Works on the excerpt's parts as the page builds
 * them (text, marked, text, …, decoded), so the marks stay where Pagefind put them.
 */
import { sliceParts } from './excerpt-parts.ts';
import { PART_MARK, readableExcerpt } from './search-words.ts';

export function withoutTitleTail(parts: readonly string[], title: string): string[] {
  const plain = parts.join('');
  const words = title.trim().split(/\s+/).filter(Boolean);
  // The longest tail of at least two words (one word, "week", is too likely to be the excerpt's own) it opens with.
  let cut = 0;
  for (let k = words.length; k >= 2; k--) {
    const tail = words.slice(-k).join(' ');
    if (plain === tail || (plain.startsWith(tail) && /^\s/.test(plain.slice(tail.length)))) {
      cut = tail.length;
      break;
    }
  }
  if (cut === 0) return [...parts];
  // The part mark's " · " after the headline goes with it (search-words.ts).
  const rest = plain.slice(cut).replace(/^\s+(?:·\s+)?/, '');
  return sliceParts(parts, plain.length - rest.length);
}

/**
 * The headline as parts (text, marked, text, …) with the words Pagefind marked in `excerpt` (its parts) marked in
 * it: for a hit whose excerpt is all headline (33b F2), the reader's words are shown where they are.
 */
export function markedIn(title: string, excerpt: readonly string[]): string[] {
  const lower = title.toLowerCase();
  const spans: [number, number][] = [];
  for (const word of excerpt.filter((_, i) => i % 2 === 1).map((p) => p.trim().toLowerCase())) {
    let from = 0;
    for (let at = lower.indexOf(word, from); word !== '' && at !== -1; at = lower.indexOf(word, from)) {
      spans.push([at, at + word.length]);
      from = at + word.length;
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let end = 0;
  for (const [start, stop] of spans) {
    if (start < end) continue;
    parts.push(title.slice(end, start), title.slice(start, stop));
    end = stop;
  }
  parts.push(title.slice(end));
  return parts;
}

/**
 * The standfirst of a record's text as Pagefind holds it (headline, part mark, standfirst, …: line breaks are gone
 * there), readable; '' when it is not known.
 */
export function standfirstOf(content: string | undefined): string {
  return readableExcerpt(content?.split(PART_MARK)[1] ?? '').trim();
}
