/**
 * A search result's excerpt without the end of the headline it may open with (round 20). An article's search text
 * starts with its headline and standfirst (so a word in the headline finds it), and Pagefind's excerpt is a window
 * of that text: a hit near the top opened with the headline's last words, printed again under the headline and run
 * into the standfirst ("…for a third week The price of a sack…"). Works on the excerpt's parts as the page builds
 * them (text, marked, text, …, decoded), so the marks stay where Pagefind put them.
 */
import { sliceParts } from './excerpt-parts.ts';

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
  const rest = plain.slice(cut).replace(/^\s+/, '');
  return sliceParts(parts, plain.length - rest.length);
}
