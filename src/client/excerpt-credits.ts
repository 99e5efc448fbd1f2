/**
 * A search result's excerpt as a reader should read it (round 29c #5). Works on the excerpt's parts as the page
 * builds them (text, marked, text, …, decoded), so the marks stay where Pagefind put them.
 * - The record ends with the story's credits, its byline and topics, each line opened by {@link CREDITS_MARK}
 *   (src/build/search-index.ts): an excerpt shows the story's text before them; only when the reader's words are
 *   found in the credits alone are they shown, as "— Nadia Rahyab · Year ahead, Trade" (they read as the story's last
 *   sentence when run into it).
 * - A window cut from the middle of the text opens or ends with "…".
 */

import { sliceParts } from './excerpt-parts.ts';

/** Opens each credits line of a search record; a story's own is written "*" there (search-index.ts). */
export const CREDITS_MARK = '⁂';

const marked = (parts: readonly string[]) => parts.some((p, i) => i % 2 === 1 && p.trim() !== '');

const CREDITS = new RegExp(`\\s*${CREDITS_MARK}\\s*`, 'g');
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * The excerpt's parts as shown: the credits left out, or shown as credits when the reader's words are marked there
 * only, and "…" where the window is cut inside a paragraph of the record (`content`, the whole text Pagefind
 * holds), at the start unless the headline's tail was taken off (`opensAtStandfirst`). Compared by words, so the
 * spacing the index adds or drops does not count.
 */
export function readableParts(parts: readonly string[], content: string | undefined, opensAtStandfirst = false): string[] {
  const plain = parts.join('');
  const at = plain.indexOf(CREDITS_MARK);
  // A window that opens inside the credits (a long byline, 33b F6) reads as credits, not as the story's words.
  if (at < 0 && content !== undefined && inCreditsOnly(words(plain), content)) return [`— ${parts[0]?.trimStart() ?? ''}`, ...parts.slice(1)];
  const story = trimEnd(at < 0 ? [...parts] : sliceParts(parts, 0, at));
  const credits = at < 0 ? [] : sliceParts(parts, at);
  const showCredits = !marked(story) && marked(credits);
  const shown = words(story.join(''));
  // The record's lines (headline, standfirst, paragraphs): a window that starts or ends with one is not cut there.
  const lines = content === undefined ? undefined : (content.split(CREDITS_MARK)[0] ?? '').split('\n').map(words).filter((l) => l.length > 0);
  const n = Math.min(3, shown.length);
  // A line shorter than n words (a one-word headline or dateline) is matched on its own words.
  const opens = (l: readonly string[]) => same(l.slice(0, n), shown.slice(0, Math.min(n, l.length)));
  const closes = (l: readonly string[]) => same(l.slice(-n), shown.slice(-Math.min(n, l.length)));
  const cutStart = lines !== undefined && n > 0 && !opensAtStandfirst && !lines.some(opens);
  const cutEnd = lines !== undefined && n > 0 && at < 0 && !lines.some(closes);
  let seen = 0;
  const lead = shown.length ? ' — ' : '— ';
  const out = story.map((text, i) => text + (!showCredits || credits[i] === undefined ? '' : i % 2 ? credits[i] : credits[i]!.replace(CREDITS, () => (seen++ === 0 ? lead : ' · '))));
  if (cutStart) out[0] = `…${out[0] ?? ''}`;
  if (cutEnd) out[out.length - 1] = `${out.at(-1) ?? ''}…`;
  return out;
}

/** Whether `shown` (words) is a run of the record's credits and of nothing before them. */
function inCreditsOnly(shown: readonly string[], content: string): boolean {
  const at = content.indexOf(CREDITS_MARK);
  if (at < 0 || shown.length === 0) return false;
  const run = ` ${shown.join(' ')} `;
  return ` ${words(content.slice(at)).join(' ')} `.includes(run) && !` ${words(content.slice(0, at)).join(' ')} `.includes(run);
}

function trimEnd(parts: readonly string[]): string[] {
  const out = [...parts];
  for (let i = out.length - 1; i >= 0; i--) {
    out[i] = out[i]!.replace(/\s+$/, '');
    if (out[i] !== '') break;
  }
  return out;
}
