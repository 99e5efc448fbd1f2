/**
 * A body cut down to what decides its ids, for the content check's anchor rule (src/markdown/page-ids.ts): the
 * renderer's own pipeline then reads the ids from it, so the rules are never written twice, but its cost follows
 * the structure of the body, not the length of its prose. One small article linking `#key` in twenty 1 MiB
 * articles of bare URLs made the check parse 20 MiB (20 s of CPU); their skeletons are a few bytes each.
 *
 * Each line of plain prose becomes its container markers (indentation, `>`, list markers) and one letter, `x`.
 * Ids come only from headings (`#` lines and setext underlines), footnotes (`[^x]`), raw HTML (`id=`, `name=`) and
 * the reference definitions a heading's links may use, and none of them can sit on a line that:
 *  - starts (after its container markers) with a letter or digit, so it starts no block of its own (no heading,
 *    fence, HTML block, table delimiter row, definition or list item), as `x` does not;
 *  - holds none of `<>[]`&\\*_|!#=~{}^"'`, so no tag, attribute, link, footnote call, code span, entity, emphasis or
 *    table cell starts, ends or continues there;
 *  - is not part of a paragraph that a setext underline (`===`, `---`) turns into a heading (the heading's text is
 *    the paragraph), nor inside a raw HTML heading (`<h2>` up to its `</h2>`, or to the end when never closed),
 *    nor the line after one holding `[` (a definition's destination on its own line).
 * Every other line is kept as written, so the block structure, the heading texts and the order of ids are those of
 * the body. tests/unit/id-skeleton.test.ts compares the ids of every fixture, the sample newsroom and generated
 * bodies with and without the cut.
 */

const PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const PLAIN_START = /^[\p{L}\p{N}]/u;
const MARKUP = /[<>[\]`&\\*_|!#=~{}^"']/;
const UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/;
const HTML_HEADING = /<(\/?)h[1-6](?=[\s/>]|$)/gi;

export function idSkeleton(body: string): string {
  const lines = body.split('\n');
  const keep = new Uint8Array(lines.length);
  let paragraphStart = 0;
  let inHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A raw HTML heading's text (its id) may run over several lines: keep them all up to its closing tag.
    if (inHeading) keep[i] = 1;
    if (line.includes('<')) for (const m of line.matchAll(HTML_HEADING)) inHeading = m[1] !== '/';
    if (line.trim() === '') {
      paragraphStart = i + 1;
      continue;
    }
    // A setext heading's text is every line of its paragraph above the underline.
    if (UNDERLINE.test(line)) keep.fill(1, paragraphStart, i + 1);
  }
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prefix = PREFIX.exec(line)?.[0] ?? '';
    const rest = line.slice(prefix.length);
    const plain = keep[i] === 0 && PLAIN_START.test(rest) && !MARKUP.test(rest) && !(i > 0 && lines[i - 1]!.includes('['));
    out.push(plain ? `${prefix}x` : line);
  }
  return out.join('\n');
}
