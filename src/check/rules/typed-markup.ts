/**
 * Markdown the page prints as typed by accident (round 13, findings 4 and 12): a heading or list marker followed by
 * a no-break space (marker-spaces.ts), list items pasted with bullet characters (pasted-bullets.ts), emphasis and strikethrough that do not pair (emphasis-slips.ts), a table
 * whose delimiter row autocorrect or a fullwidth keyboard spoilt (table-lookalikes.ts). One line each, decided from
 * the renderer's own parse (src/markdown/body-tree.ts): the scanners find candidates on the lines as written (one
 * pass, no parse for a body without one: most articles), and a candidate counts only when the characters it names
 * are still text after the parse, so correct emphasis, code and HTML never count.
 *
 * The parse reads the body's note skeleton (note-skeleton.ts: lines of plain words shrink to a letter) with the
 * candidates' lines kept as written, the first {@link MAX_LINES} of them (a flood past that is as many lines as the
 * first ones already show, and its later lines are made plain first, so they cost the parser nothing); long runs of
 * words are cut (text-runs.ts: they change nothing about where markup stands). Callers run it after the nesting,
 * amplification and markup limits passed (content-check.ts), so the parse is bounded.
 */
import { positionFinder } from '#/check/text-position.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import { onePerLine, type Find, type LineProblem } from './each-line.ts';
import { emphasisSlips } from './emphasis-slips.ts';
import { markerSpaces } from './marker-spaces.ts';
import { MAY_HOLD_PASTED_LIST, pastedBullets } from './pasted-bullets.ts';
import { MARKERS, noteSkeleton } from './note-skeleton.ts';
import { NO_BREAK, type Candidate } from './printed-as-typed.ts';
import { tableLookalikes } from './table-lookalikes.ts';
import { textRanges } from './text-ranges.ts';
import { cutTextRuns } from './text-runs.ts';

/** Lines with candidates kept for the parse; later ones are not judged. */
const MAX_LINES = 200;

const MAY_HOLD = /[*_~｜\u00A0\u202F\u2007]/;
const OTHER_DASH = /[\u2010-\u2015\u2212\u2500\u2501]/;

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  if (NO_BREAK.test(text)) found.push(...markerSpaces(text));
  if (text.includes('*') || text.includes('~~') || text.includes('_')) found.push(...emphasisSlips(text));
  if (text.includes('|') || text.includes('｜')) found.push(...tableLookalikes(text));
  if (MAY_HOLD_PASTED_LIST.test(text)) found.push(...pastedBullets(text));
  return found;
}

export function checkTypedMarkup(body: string, bodyLine: number): LineProblem[] {
  if (!MAY_HOLD.test(body) && !MAY_HOLD_PASTED_LIST.test(body) && !(body.includes('|') && OTHER_DASH.test(body))) return [];
  const inBody = candidates(body);
  if (inBody.length === 0) return [];
  const lines = body.split('\n');
  const lineAt = positionFinder(body, 0);
  // The candidates' lines, as written for the first MAX_LINES; the later ones made plain words (same length, so
  // offsets stay): the parser then shrinks them with the other plain lines.
  const keep: boolean[] = [];
  let kept = 0;
  let unjudged = 0;
  for (const c of inBody) {
    for (const offset of [c.at, ...c.confirm]) {
      const i = lineAt(offset).line;
      if (keep[i] !== undefined) continue;
      keep[i] = kept < MAX_LINES;
      if (keep[i]) kept++;
      else {
        unjudged++;
        const line = lines[i] ?? '';
        const markers = MARKERS.exec(line)?.[0] ?? '';
        lines[i] = markers + 'x'.repeat(line.length - markers.length);
      }
    }
  }
  const byOffset = new Map(inBody.map((c) => [c.at, c]));
  const skeleton = noteSkeleton(lines.join('\n'), keep);
  const cut = cutTextRuns(skeleton.text);
  const inText = textRanges(parseBody(cut.text));
  const toBody = (offset: number) => skeleton.toBody(cut.toSource(offset));
  const pos = positionFinder(body, bodyLine);
  const finds: Find[] = [];
  for (const c of candidates(cut.text)) {
    const original = byOffset.get(toBody(c.at));
    if (!original || !c.confirm.every(inText)) continue;
    finds.push({ index: original.at, message: original.message(pos(original.at).line) });
  }
  finds.sort((a, b) => a.index - b.index);
  const notJudged = unjudged ? ` (past the first ${MAX_LINES} such lines, ${unjudged} more were not judged)` : '';
  return onePerLine(finds, pos, (n) => `…and ${n} more line${n === 1 ? '' : 's'} below with Markdown printed as typed${notJudged}; fix them too`);
}
