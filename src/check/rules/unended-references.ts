/**
 * Character references Markdown prints as typed (round 36 F3): one without its `;` (`&nbsp`, `&copy 2026`,
 * `&#128512`) and one escaped twice (`&amp;nbsp;` prints "&nbsp;"), as a CMS export or a hand-written HTML habit
 * leaves them. A warning, in text only (the renderer's parse: not code, not raw HTML, where HTML itself reads the old
 * names without `;`). A missing `;` is told only after a name HTML reads so (character-entities-legacy) or a number,
 * so `AT&T`, `R&D` and `AT&T;` (README: words) stay words.
 */
import { characterEntitiesLegacy } from 'character-entities-legacy';
import { parseEntities } from 'parse-entities';
import { positionFinder } from '#/check/text-position.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import { onePerLine, type LineProblem } from './each-line.ts';
import { noteSkeleton } from './note-skeleton.ts';
import { textRanges } from './text-ranges.ts';
import { cutTextRuns } from './text-runs.ts';

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

/** What each `&` offset in `body` would be told, before asking whether it stands in text. */
function candidates(body: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of body.matchAll(UNENDED)) if (!IN_ADDRESS.test(body.slice(Math.max(0, m.index - 2048), m.index))) found.set(m.index, `"${m[0]}" has no ";" so it is printed as typed; write "${m[0]};" or the character itself`);
  for (const m of body.matchAll(TWICE)) {
    const inner = `&${m[1]}`;
    if (parseEntities(inner) !== inner) found.set(m.index, `"${m[0]}" is printed as "${inner}" (escaped twice); write "${inner}" or the character itself`);
  }
  return found;
}

export function unendedReferences(body: string, bodyLine: number): LineProblem[] {
  if (!body.includes('&')) return [];
  const found = candidates(body);
  if (found.size === 0) return [];
  // The parse reads a skeleton keeping every line with a `&` as written (note-skeleton.ts), cut short (text-runs.ts).
  const skeleton = noteSkeleton(body, /&/);
  const cut = cutTextRuns(skeleton.text);
  const inText = textRanges(parseBody(cut.text));
  const pos = positionFinder(body, bodyLine);
  const finds = function* () {
    for (const m of cut.text.matchAll(/&/g)) {
      const at = skeleton.toBody(cut.toSource(m.index));
      const message = found.get(at);
      if (message !== undefined && inText(m.index)) yield { index: at, message };
    }
  };
  return onePerLine(finds(), pos, (lines) => `…and ${lines} more line${lines === 1 ? '' : 's'} below with such character references; fix them too`);
}
