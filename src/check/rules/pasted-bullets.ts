/**
 * A list pasted from Word, Google Docs, Outlook or a PDF (round 22, finding 12): its items start with a bullet
 * character (`•`, `◦`, `▪`, `‣`, `·`) and a space or tab, not with a Markdown marker, so consecutive items are one
 * run-on paragraph on the page ("• first • second • third"), like the no-break space after `-` (marker-spaces.ts).
 * One line per run of two or more such lines, at its first; a lone bullet line reads as typed and passes. The
 * parse confirms the first two bullets are text (typed-markup.ts), so code and HTML never count.
 */
import { MARKERS } from './note-skeleton.ts';
import { linesOf, type Candidate } from './printed-as-typed.ts';

export const BULLET_CHARS = '•◦▪‣·';
const BULLET_LINE = new RegExp(`^[${BULLET_CHARS}][ \\t\\u00A0]`);

/** Candidates in `text`, one per run of bullet lines. */
export function* pastedBullets(text: string): Generator<Candidate> {
  let run: number[] = [];
  const end = function* (): Generator<Candidate> {
    if (run.length >= 2) {
      const [first = 0, second = 0] = run;
      const bullet = text[first] ?? '•';
      const items = run.length;
      yield {
        at: first,
        confirm: [first, second],
        message: () => `this list is printed as one run-on paragraph: its ${items} lines start with "${bullet}" (a bullet character, as Word and Google Docs paste lists), which Markdown does not read as a list marker; write "- " in place of each "${bullet}"`,
      };
    }
    run = [];
  };
  for (const [line, start] of linesOf(text)) {
    const lead = MARKERS.exec(line)?.[0].length ?? 0;
    if (BULLET_LINE.test(line.slice(lead))) run.push(start + lead);
    else yield* end();
  }
  yield* end();
}
