/**
 * Notes and attributes other tools hide or turn into markup, published as typed here (round 30a #1): kramdown's
 * `{::comment}…{:/comment}` (a note readers never saw on the old site: here it is on the page, in feeds and search),
 * its other extensions (`{::options … /}`, `{::nomarkdown}`, `{:toc}`); footnotes
 * in the WordPress footnotes plugin's form `((…))` and Pandoc's inline `^[…]`. Outside code (the caller blanks it),
 * one pass per pattern, each bounded: linear.
 */
import type { Find } from './each-line.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

const KRAMDOWN_COMMENT = '{::comment}';
const KRAMDOWN_COMMENT_END = '{:/comment}';
/**
 * Kramdown's extensions, `{::options … /}`, `{::nomarkdown}` … `{:/nomarkdown}`, and its table of contents `{:toc}`
 * (its attribute lists, `{: .lead}`, have their line in wiki-links.ts).
 */
const KRAMDOWN = /\{::[a-z][^{}\n]{0,400}\}|\{:\/[a-z]{0,40}\}|\{:toc\}/g;
/** `((Organisers' figure.))`, not inside a word or a formula (`f((x))`). */
const DOUBLE_PARENS = /(?<![\p{L}\p{N}_)(])\(\((?=\S)[^()\n]{1,500}\)\)(?!\))/gu;
/** `^[Pandoc inline note.]`, not a link (`^[x](…)`, `^[x][y]`) nor a definition. */
const INLINE_NOTE = /\^\[[^[\]\n]{1,500}\](?![([:])/g;

/** The highest number a footnote of this body has (`[^3]`): the notes proposed take the numbers after it. */
function lastNote(body: string): number {
  let top = 0;
  for (const m of body.matchAll(/\[\^(\d{1,6})\]/g)) top = Math.max(top, Number(m[1]));
  return top;
}

const footnoteFix = (words: string, note: string) =>
  `write a Markdown footnote: ${note} where the note goes and a line "${note}: ${truncate(words.trim(), 40)}" at the end of the story`;

/** The finds in `text` (the body with code blanked); `body`: as written, for a footnote number that is free. */
export function* foreignNotes(text: string, body: string): Generator<Find> {
  let commentsEnd = 0;
  const comments: [number, number][] = [];
  for (let at = text.indexOf(KRAMDOWN_COMMENT); at !== -1; at = text.indexOf(KRAMDOWN_COMMENT, commentsEnd)) {
    const close = text.indexOf(KRAMDOWN_COMMENT_END, at);
    commentsEnd = close === -1 ? text.length : close + KRAMDOWN_COMMENT_END.length;
    comments.push([at, commentsEnd]);
    yield {
      index: at,
      message: `"${KRAMDOWN_COMMENT}" starts a kramdown comment, which this site does not hide: its words${close === -1 ? ', to the end of the story,' : ` up to "${KRAMDOWN_COMMENT_END}"`} are published on the page, in feeds and in search; delete the note, or make it a desk note <!-- … -->`,
    };
  }
  // Both in order: one pointer skips what lies inside a comment (its own delimiters included).
  let c = 0;
  const opened = new Set<string>();
  for (const m of text.matchAll(KRAMDOWN)) {
    while (c < comments.length && comments[c]![1] <= m.index) c++;
    if (c < comments.length && m.index >= comments[c]![0]) continue;
    // `{:/nomarkdown}` after its `{::nomarkdown}`: the opening's line says it, and that the closing goes too.
    const closes = /^\{:\/([a-z]*)\}$/.exec(m[0])?.[1];
    if (closes !== undefined && opened.has(closes)) continue;
    const name = /^\{::([a-z]+)/.exec(m[0])?.[1];
    if (name) opened.add(name);
    const closing = name && !m[0].endsWith('/}') ? ` and its closing {:/${name}}` : '';
    yield { index: m.index, message: `"${truncate(m[0], 60)}" is a kramdown extension (Jekyll), which this site does not read: the page prints it as typed; remove it${closing}` };
  }
  const notes = [
    ...[...text.matchAll(DOUBLE_PARENS)].map((m) => ({ index: m.index, written: m[0], words: m[0].slice(2, -2), form: "a footnote in the WordPress footnotes plugin's form" })),
    ...[...text.matchAll(INLINE_NOTE)].map((m) => ({ index: m.index, written: m[0], words: m[0].slice(2, -1), form: 'a Pandoc inline footnote' })),
  ].sort((a, b) => a.index - b.index);
  // Numbered in the order written, after the body's own: each note proposed is free.
  let number = notes.length ? lastNote(body) : 0;
  for (const n of notes) {
    yield { index: n.index, message: `"${truncate(n.written, 60)}" is ${n.form}, which this site does not read: the page prints it as typed; ${footnoteFix(n.words, `[^${++number}]`)}` };
  }
}
