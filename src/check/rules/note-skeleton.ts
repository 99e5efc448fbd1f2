/**
 * A short stand-in for a body that the Markdown parser reads the same way wherever desk notes are concerned, so
 * desk-notes.ts can parse a 1 MiB article in milliseconds instead of seconds. Line for line:
 * - a note that opens and closes on one line inside running text (`… said. <!-- check --> The …`), with nothing
 *   HTML could read differently (`<!-->`, `--!>`, a `|` between, a backslash before, a backtick on the line, a
 *   note still open from an earlier line), is a comment either way: its characters become letters;
 * - a line of plain words (no `<`, `>`, backtick, backslash or `|`; only container markers before them: `> `,
 *   `- `, `1. `, indentation) keeps its markers and becomes one letter: it stays the same kind of line
 *   (paragraph start, continuation or lazy line) and cannot open, close or hold a note.
 * Every other line is kept as written, so the blocks, containers and notes the parser sees are those of the body.
 * `toBody` maps an offset in the skeleton back to the body (past a shortened line's letter: the end of its run).
 */
export interface NoteSkeleton {
  text: string;
  toBody(offset: number): number;
}

/** Container markers and indentation a plain line may start with. */
export const MARKERS = /^(?:[ \t]*(?:>[ \t]?|[-+*][ \t]+|\d{1,9}[.)][ \t]+))*[ \t]*/;
/** Words that open or close nothing: the first must not start a block (a fence, a heading, a table, a list). */
export const PLAIN = /^[\p{L}\p{N}"'“‘«(][^<>`\\|]*$/u;
export const ORDERED = /^\d{1,9}[.)]/;

/**
 * `keep`: plain lines to leave as written: those a pattern matches (footnote-parse.ts keeps every line holding a
 * `[`), or those flagged by index (the link rules keep the lines links span).
 */
export function noteSkeleton(body: string, keep?: RegExp | readonly boolean[]): NoteSkeleton {
  const kept = (i: number, words: string) => (keep instanceof RegExp ? keep.test(words) : keep?.[i] === true);
  const lines = body.split('\n');
  const open = openLines(lines);
  const bodyStarts = starts(lines);
  const out: string[] = [];
  /** For each skeleton line: its body line, and for a shortened one where its run of merged lines ends. */
  const from: number[] = [];
  const runEnd = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (!open[i] && line.includes('<!--')) line = neutralised(line);
    const markers = MARKERS.exec(line)?.[0] ?? '';
    const words = line.slice(markers.length);
    const end = (bodyStarts[i] ?? 0) + (lines[i] ?? '').length;
    if (words.length > 1 && PLAIN.test(words) && !ORDERED.test(words) && !kept(i, words)) {
      const short = `${markers}x`;
      // A run of such lines with the same markers is one line: a paragraph of 10,000 lines costs the parser
      // seconds, and the lines in between change nothing about notes (the first and whatever follows the last stay).
      // So is a run of such paragraphs with only blank lines between them (a long story of plain paragraphs).
      let last = out.length - 1;
      while (last > 0 && out[last] === '' && !runEnd.has(last)) last--;
      if (runEnd.has(last) && out[last] === short) {
        out.length = last + 1;
        from.length = last + 1;
        runEnd.set(last, end);
      } else {
        out.push(short);
        from.push(i);
        runEnd.set(out.length - 1, end);
      }
    } else {
      out.push(line);
      from.push(i);
    }
  }
  const text = out.join('\n');
  const skeletonStarts = starts(out);
  return {
    text,
    toBody(offset) {
      let lo = 0;
      let hi = skeletonStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((skeletonStarts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      const column = offset - (skeletonStarts[lo] ?? 0);
      const start = bodyStarts[from[lo] ?? 0] ?? 0;
      const end = runEnd.get(lo);
      if (end === undefined) return start + column;
      return column <= (out[lo] ?? '').length - 1 ? start + column : end;
    },
  };
}

function starts(lines: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines) {
    out.push(at);
    at += line.length + 1;
  }
  return out;
}

/** Openers typed inside an open note that are parsed as written; later ones are defused (see openLines). */
const NESTED_KEPT = 20;

/**
 * Which lines begin inside a note opened on an earlier line (pairing each `<!--` with the next `-->`): their notes
 * are left as written. An opener typed inside an open note costs the parser a scan to the end of its paragraph
 * when the note does not close there; after the first {@link NESTED_KEPT}, such openers are defused (`<!-x`, same
 * length): a flood of them is no more than that many problems, which the first ones already show. One pass.
 */
function openLines(lines: string[]): boolean[] {
  const out: boolean[] = [];
  let inside = false;
  let nested = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    out.push(inside);
    let at = 0;
    let defused = '';
    let copied = 0;
    // The next "-->" from `at`, searched for again only once passed (-1: none left on the line): one pass.
    let next = -2;
    for (;;) {
      const opener = line.indexOf('<!--', at);
      if (next !== -1 && next < at) next = line.indexOf('-->', at);
      const close = inside ? next : -1;
      if (inside && close !== -1 && (opener === -1 || close < opener)) {
        inside = false;
        at = close + 3;
      } else if (opener !== -1) {
        if (inside && ++nested > NESTED_KEPT) {
          defused += `${line.slice(copied, opener)}<!-x`;
          copied = opener + 4;
        }
        inside = true;
        at = opener + 4;
      } else break;
    }
    if (copied > 0) lines[i] = defused + line.slice(copied);
  }
  return out;
}

/** One line with its simple running-text notes turned into letters (same length). */
function neutralised(line: string): string {
  if (line.includes('`') || line.includes('--!>')) return line;
  let out = '';
  let from = 0;
  for (let open = line.indexOf('<!--'); open !== -1; open = line.indexOf('<!--', from)) {
    // From open + 2: the "-->" of an `<!-->` or `<!--->` is found, and such a note is left as written.
    const close = line.indexOf('-->', open + 2);
    if (close === -1) break;
    const end = close + 3;
    const note = line.slice(open, end);
    const before = line.slice(0, open);
    const simple =
      /[^\s>*+\-\d.)]/.test(before) && // running text before it: not a note that starts an HTML block
      line[open - 1] !== '\\' &&
      close >= open + 5 && // not `<!-->` or `<!--->`
      !note.includes('|') &&
      !/<!-?-->$/.test(note); // not closed by the "-->" of an `<!-->` typed inside it
    if (!simple) break;
    out += line.slice(from, open) + 'x'.repeat(end - open);
    from = end;
  }
  return out + line.slice(from);
}
