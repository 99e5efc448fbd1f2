/**
 * Character references Markdown prints as typed (round 36 F3): one without its `;` (`&nbsp`, `&copy 2026`,
 * `&#128512`) and one escaped twice (`&amp;nbsp;` prints "&nbsp;"), as a CMS export or a hand-written HTML habit
 * leaves them. A warning, in text only (the renderer's parse: not code, not raw HTML, where HTML itself reads the old
 * names without `;`). A missing `;` is told only after a name HTML reads so (character-entities-legacy) or a number,
 * so `AT&T`, `R&D` and `AT&T;` (README: words) stay words. Asked of the parse the other body rules share.
 */
import { characterEntitiesLegacy } from 'character-entities-legacy';
import { parseEntities } from 'parse-entities';
import { positionFinder } from '#/check/text-position.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import { onePerLine, type LineProblem } from './each-line.ts';
import { textRanges } from './text-ranges.ts';
import type { Root } from 'mdast';

const NAMES = [...characterEntitiesLegacy].sort((a, b) => b.length - a.length).join('|');
/**
 * `&nbsp`, `&#128512`, `&#x1F600` with no `;` and no letter or digit that would carry the name on; not before `=`
 * (a query string's `&copy=2`).
 */
const UNENDED = new RegExp(`&(?:(?:${NAMES})(?![A-Za-z0-9;=])|#[0-9]{1,7}(?![0-9;=])|#[xX][0-9A-Fa-f]{1,6}(?![0-9A-Fa-f;=]))`, 'g');
/** An address the `&` stands in (a bare `https://…` or `www.…` is a link, its text the address as typed). */
const IN_ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*$/i;
/** `&amp;` before a whole reference: `&amp;nbsp;`, `&amp;#8217;`. */
const TWICE = /&amp;((?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)/g;

/** The text from the last space before `at` up to it (at most 2,048 characters): the address an `&` may stand in. */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 2048 && !/\s/.test(text[from - 1]!)) from--;
  return text.slice(from, at);
}

/** What each `&` offset in `body` would be told, before asking whether it stands in text. */
function candidates(body: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of body.matchAll(UNENDED)) if (!IN_ADDRESS.test(wordBefore(body, m.index))) found.set(m.index, `"${m[0]}" has no ";" so it is printed as typed; write "${m[0]};" or the character itself`);
  for (const m of body.matchAll(TWICE)) {
    const inner = `&${m[1]}`;
    if (parseEntities(inner) !== inner) found.set(m.index, `"${m[0]}" is printed as "${inner}" (escaped twice); write "${inner}" or the character itself`);
  }
  // In the order of the body, as the lines are reported.
  return new Map([...found].sort((a, b) => a[0] - b[0]));
}

/** Candidates asked of a parse; past them (a pasted flood), the rest only add to the count of lines left. */
const CONFIRMED = 2_000;

/**
 * Where to stop parsing a flood after its find at `last`: the paragraph's end, else the line's, else the next space,
 * whichever is near (64 KiB); a construct that runs past the cut could read otherwise only at its end.
 */
function floodEnd(body: string, last: number): number {
  for (const stop of ['\n\n', '\n', ' ']) {
    const at = body.indexOf(stop, last);
    if (at !== -1 && at - last < 65_536) return at;
  }
  return -1;
}

/** `parsed`: the renderer's parse of `body` (body-rules.ts shares one with the other rules that read the tree). */
export function unendedReferences(body: string, bodyLine: number, parsed: () => Root = () => parseBody(body)): LineProblem[] {
  if (!body.includes('&')) return [];
  const found = candidates(body);
  if (found.size === 0) return [];
  // A flood (130,000 lines of "&copy x" took seconds to parse) is judged on the paragraphs up to its 2,000th find.
  const last = found.size > CONFIRMED ? [...found.keys()][CONFIRMED]! : undefined;
  const end = last === undefined ? -1 : floodEnd(body, last);
  const inText = textRanges(end === -1 ? parsed() : parseBody(body.slice(0, end)));
  const pos = positionFinder(body, bodyLine);
  const finds = function* () {
    for (const [index, message] of found) if ((end !== -1 && index >= end) || inText(index)) yield { index, message };
  };
  return onePerLine(finds(), pos, (lines) => `…and ${lines} more line${lines === 1 ? '' : 's'} below with such character references; fix them too`);
}
