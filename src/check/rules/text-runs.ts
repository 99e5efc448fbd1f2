/**
 * A long line cut short where its words cannot change what the Markdown parser makes of its tags (round 11): the
 * rules that ask the parser where raw HTML tags stand (text-tags.ts, src/check/raw-html-links.ts) read a note
 * skeleton (note-skeleton.ts), which keeps every line holding a `<` as written, so a 1 MiB paragraph with a
 * look-alike tag every few hundred words was parsed whole (about a second each time, twice).
 *
 * Cut: a run of at least MIN_RUN letters, digits, spaces and `.,;?-`, starting with a letter or digit and ending
 * with no space, that stands after a tag's `>` (a `>` with a `<` before it on its line: not a quote marker) or at
 * the start of a line that starts with a letter (never where another block could start: a list marker, a fence, an
 * indented line). Inside a tag (from `<` to `>`) nothing is cut. A run keeps its first and last character, and one
 * space between them when it held one. It holds nothing that opens, closes or pairs inline (no backtick, `*`, `_`,
 * `~`, bracket, parenthesis, quote, `\`, `&`, `|`, `<`, `>`, `!`, `:` or `@`), and the characters on either side of
 * every delimiter stay as they were, so code spans, emphasis, comments, tags, links and tables come out the same,
 * and every tag keeps its place in text, code or HTML.
 */

const MIN_RUN = 64;
const RUN = new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{N} .,;?-]{${MIN_RUN - 2},}[\\p{L}\\p{N}.,;?-]`, 'gu');
const LETTER = /^\p{L}/u;

export interface CutText {
  text: string;
  /** An offset in the cut text as an offset in the text it was cut from. */
  toSource(offset: number): number;
}

export function cutTextRuns(source: string): CutText {
  // Segments kept as they were: where each starts in the cut text and in the source.
  const cutStarts: number[] = [0];
  const sourceStarts: number[] = [0];
  let out = '';
  let last = 0;
  const cut = (stretchStart: number, stretch: string) => {
    if (stretch.length < MIN_RUN) return;
    for (const run of stretch.matchAll(RUN)) {
      const from = stretchStart + run.index;
      const to = from + run[0].length;
      const middle = /\s/.test(run[0].slice(1, -1)) ? ' ' : '';
      out += source.slice(last, from + 1) + middle;
      // The run's last character starts the next kept segment.
      cutStarts.push(out.length);
      sourceStarts.push(to - 1);
      last = to - 1;
    }
  };
  let lineStart = 0;
  while (lineStart <= source.length) {
    const nl = source.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? source.length : nl;
    const line = source.slice(lineStart, lineEnd);
    const firstTag = line.indexOf('<');
    if (LETTER.test(line)) cut(lineStart, firstTag === -1 ? line : line.slice(0, firstTag));
    if (firstTag !== -1) {
      for (let gt = line.indexOf('>', firstTag); gt !== -1; ) {
        const next = line.indexOf('<', gt + 1);
        cut(lineStart + gt + 1, line.slice(gt + 1, next === -1 ? undefined : next));
        gt = next === -1 ? -1 : line.indexOf('>', next);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (last === 0) return { text: source, toSource: (offset) => offset };
  out += source.slice(last);
  return {
    text: out,
    toSource(offset) {
      let lo = 0;
      let hi = cutStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (cutStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return sourceStarts[lo]! + (offset - cutStarts[lo]!);
    },
  };
}
