/**
 * A backslash the page drops (round 25b #11): Markdown reads a backslash before ASCII punctuation as an escape, so
 * the shrug `¯\_(ツ)_/¯` is published without its arm, `¯_(ツ)_/¯`. Only where the backslash is clearly typed as a
 * character, not an escape: right after the shrug's `¯` (a deliberate escape follows a letter, a digit or a space:
 * `snake\_case`, `4\*5`, `\-\-force`). A warning, confirmed on the renderer's parse (the backslash is in text, not
 * code), on the note skeleton with such lines kept as written.
 */
import { positionFinder } from '#/check/text-position.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import type { LineProblem } from './each-line.ts';
import { noteSkeleton } from './note-skeleton.ts';
import { textRanges } from './text-ranges.ts';
import { cutTextRuns } from './text-runs.ts';

/** `¯` and a backslash before ASCII punctuation other than a backslash (`¯\\\_` is the fix: escaped on purpose). */
const ARM = /¯\\(?=[!-/:-@[\]^_`{-~])/g;
const MAX_LINES = 20;

export function eatenBackslashes(body: string, bodyLine: number): LineProblem[] {
  if (!body.includes('¯\\')) return [];
  const skeleton = noteSkeleton(body, /¯\\/);
  const cut = cutTextRuns(skeleton.text);
  const inText = textRanges(parseBody(cut.text));
  const pos = positionFinder(body, bodyLine);
  const out: LineProblem[] = [];
  for (const m of cut.text.matchAll(ARM)) {
    if (out.length >= MAX_LINES) break;
    const at = m.index + 1;
    if (!inText(at)) continue;
    const from = skeleton.toBody(cut.toSource(m.index));
    const written = /^\S{1,20}/u.exec(body.slice(from, from + 80))?.[0] ?? '¯\\';
    const shown = written.replace('\\', '');
    out.push({
      pos: pos(from + 1),
      message: `the backslash in "${written}" is read as an escape, so the page prints "${shown}"; write ${written.replace('\\', '\\\\\\')} (in Markdown a backslash is written \\\\)`,
    });
  }
  return out;
}
