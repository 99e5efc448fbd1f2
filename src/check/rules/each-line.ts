/**
 * A body rule reports what it finds on every line, not only its first find: seven refused characters on seven
 * lines are seven lines of output in one run, so an editor never fixes them one run at a time. Each different
 * problem once per line of text (a character repeated on a line is one), at most {@link MAX_LINES_PER_RULE}, then
 * one line counting the lines left: a pasted flood of 10,000 is a summary, not 10,000 lines.
 */
import type { Position } from '#/check/frontmatter.ts';

/** Lines one rule reports in one body before it sums up the rest (the printer's per-file cap is the same). */
export const MAX_LINES_PER_RULE = 20;

export interface Find {
  /** Offset in the text. */
  index: number;
  message: string;
}

export interface LineProblem {
  message: string;
  pos: Position;
}

/**
 * Each different find once per line, in order, at most `max` of them, and then (when there are more) one problem
 * at the next such line saying how many more lines have one: `rest(n)` words it (e.g. "…and 12 more lines with …").
 */
export function onePerLine(finds: Iterable<Find>, pos: (offset: number) => Position, rest: (lines: number) => string, max = MAX_LINES_PER_RULE): LineProblem[] {
  const out: LineProblem[] = [];
  let lastLine = -1;
  // The messages already given for the current line: the same character twice on a line is one line of output,
  // two different ones (an override and the mark that ends it) are two.
  const given = new Set<string>();
  let more = 0;
  let moreAt: Position | undefined;
  for (const f of finds) {
    const at = pos(f.index);
    if (at.line !== lastLine) given.clear();
    else if (given.has(f.message)) continue;
    given.add(f.message);
    if (out.length < max) out.push({ message: f.message, pos: at });
    else if (at.line !== lastLine) {
      moreAt ??= at;
      more++;
    }
    lastLine = at.line;
  }
  if (moreAt) out.push({ message: rest(more), pos: moreAt });
  return out;
}

/** Every match of `pattern` in `text` (a global copy is made, so the caller's `lastIndex` is untouched). */
export function* matchesOf(pattern: RegExp, text: string, message: (match: string) => string): Generator<Find> {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const m of text.matchAll(global)) yield { index: m.index, message: message(m[0]) };
}
