/**
 * A body cut down to what decides its ids, for the content check's anchor rule (src/markdown/page-ids.ts): the
 * renderer's own pipeline then reads the ids from it, so the rules are never written twice, but its cost follows
 * the structure of the body, not the length of its prose. One small article linking `#key` in twenty 1 MiB
 * articles of bare URLs made the check parse 20 MiB (20 s of CPU); their skeletons are a few bytes each.
 *
 * Each line of plain prose becomes its container markers (indentation, `>`, list markers) and one letter, `x`, and
 * a run of such lines under the same markers becomes one (the parser's cost is per line: 8,700 lines of `x` in one
 * `<div>` still took 0.6 s).
 * Ids come only from headings (`#` lines and setext underlines), footnotes (`[^x]`), raw HTML (`id=`, `name=`) and
 * the reference definitions a heading's links may use, and none of them can sit on a line that:
 *  - starts (after its container markers) with a letter or digit, so it starts no block of its own (no heading,
 *    fence, HTML block, table delimiter row, definition or list item), as `x` does not;
 *  - holds none of `<>[]`&\\*_|!#=~{}^"'`, so no tag, attribute, link, footnote call, code span, entity, emphasis or
 *    table cell starts, ends or continues there;
 *  - is not inside a raw HTML heading (`<h2>` up to its `</h2>`, or to the end when never closed), nor the line
 *    after one holding `[` (a definition's destination on its own line).
 * A plain line of a paragraph that a setext underline (`===`, `---`) may turn into a heading is part of that
 * heading's text: it becomes its markers and a short token (`qj17`: a letter pair the body never holds, and a
 * number), and the line's words are kept aside (`texts`; a run of lines under markers that add no text, one token).
 * In a paragraph with no tag, link, code span, entity or escape, quotes, `#`, `=`, `!` and the like are words too;
 * a paragraph with a backtick is kept as written (in a code span over lines, a line ending is a space). The id step (rehype-article-html.ts) puts the words
 * back in place of the token before it makes the id (`expandSkeletonText`), so the slug, its uniqueness and its
 * order are the renderer's own, while the parser reads a few bytes a line instead of the prose (round 8: 1 MB of
 * prose over one underline cost 0.56 s of check a target). Every other line is kept as written, so the block
 * structure, the heading texts and the order of ids are those of the body. tests/unit/id-skeleton.test.ts compares
 * the ids of every fixture, the sample newsroom and generated bodies with and without the cut.
 */

const PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const PLAIN_START = /^[\p{L}\p{N}]/u;
const MARKUP = /[<>[\]`&\\*_|!#=~{}^"']/;
/** In a heading's text that holds no tag, link, code span, entity or escape, quotes and the like are just text. */
const SETEXT_MARKUP = /[<>[\]`&\\*_|~]/;
/**
 * In such a paragraph with no `_` at all, `*` and `~` are text too: emphasis and strikethrough only take their own
 * delimiters away, and the slug drops `*` and `~` whether or not they pair (with `_` present, a `*` pair could
 * take an `_` opener between them out of play, so that paragraph keeps them). One `*` on every line of a 1 MB
 * heading made the anchor rule parse the whole of it (3 s a target).
 */
const SETEXT_LOOSE = /[<>[\]`&\\_|]/;
const UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/;
/** Markers that add no text to a paragraph line: indentation, or `>` at the margin (each a blockquote's). */
const JOINABLE = /^(?:[ \t]*|(?:> ?)+)$/;
const HTML_HEADING = /<(\/?)h[1-6](?=[\s/>]|$)/gi;

/** The words of the setext heading lines a skeleton holds as tokens (see `expandSkeletonText`). */
export interface SkeletonTexts {
  /** Matches a token that is a whole line of a heading's text; group 1 is its index in `lines`. */
  token: RegExp;
  lines: string[];
}

export interface IdSkeleton {
  markdown: string;
  /** Undefined when no line was turned into a token. */
  texts: SkeletonTexts | undefined;
  /** Set when a long heading with code was cut (LONG_HEADING): ids this long or longer may not be the page's. */
  longIds?: number;
}

export function idSkeleton(body: string): IdSkeleton {
  const lines = body.split('\n');
  // 1: kept as written (a raw HTML heading's lines); 2: may be a setext heading's text; 3: the same, in a
  // paragraph without any tag, link, code span, entity or escape; 4: the same, and without `_`.
  const role = new Uint8Array(lines.length);
  let paragraphStart = 0;
  let inHeading = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A raw HTML heading's text (its id) may run over several lines: keep them all up to its closing tag.
    if (inHeading) role[i] = 1;
    if (line.includes('<')) for (const m of line.matchAll(HTML_HEADING)) inHeading = m[1] !== '/';
    if (line.trim() === '') {
      paragraphStart = i + 1;
      continue;
    }
    // A setext heading's text is every line of its paragraph above the underline.
    if (UNDERLINE.test(line)) {
      let clean = true;
      let code = false;
      let underscore = false;
      for (let k = paragraphStart; k < i && !code; k++) {
        clean &&= !/[<[\]`&\\]/.test(lines[k]!);
        code = lines[k]!.includes('`');
        underscore ||= lines[k]!.includes('_');
      }
      // A code span may run over lines, and there a line ending is a space and trailing spaces stay: such a
      // paragraph is kept as written, unless it is too long to be linked by its id (then it is one token).
      const long = code && longHeading(lines, paragraphStart, i);
      for (let k = paragraphStart; k < i; k++) if (role[k] !== 1) role[k] = long ? 5 : code ? 1 : !clean || role[k] === 2 ? 2 : underscore || role[k] === 3 ? 3 : 4;
    }
  }
  const base = role.includes(2) || role.includes(3) || role.includes(4) || role.includes(5) ? absentLetterPair(body) : undefined;
  const texts: string[] = [];
  const out: string[] = [];
  let cut = false;
  // The kind and markers of the previous line when it was cut: a run of cut lines with the same markers is one
  // line (each continues the same paragraph, code block or HTML block: the parser's cost is per line).
  let last: { token: boolean; prefix: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (role[i] === 5 && base !== undefined) {
      // A long heading with code: its lines are one token, and the id made from them is not the page's (see
      // LONG_HEADING), but as long, so no short link can name it and no short id is pushed to another number.
      if (role[i - 1] === 5) texts[texts.length - 1] += `\n${line}`;
      else {
        out.push(`${base}${texts.length}`);
        texts.push(line);
      }
      cut = true;
      last = undefined;
      continue;
    }
    if (role[i] === 5) role[i] = 1;
    const prefix = PREFIX.exec(line)?.[0] ?? '';
    const rest = line.slice(prefix.length);
    const markup = role[i] === 4 ? SETEXT_LOOSE : role[i] === 3 ? SETEXT_MARKUP : MARKUP;
    const plain = role[i] !== 1 && PLAIN_START.test(rest) && !markup.test(rest) && !(i > 0 && lines[i - 1]!.includes('['));
    const token = plain && role[i] !== 0 && base !== undefined;
    if (!plain || (role[i] !== 0 && base === undefined)) {
      out.push(role[i] === 0 && !plain ? tagsOnly(line, prefix, rest, i > 0 && lines[i - 1]!.includes('[')) : line);
      last = undefined;
      continue;
    }
    // A heading's lines are joined only under markers that add no text (indentation, or `>` at the margin).
    const same = last !== undefined && last.token === token && last.prefix === prefix && (!token || JOINABLE.test(prefix));
    // The parser treats the markers before the token exactly as before the words, and a line's text in a
    // paragraph ends without its trailing spaces and tabs (a hard break's `<br>` adds no text).
    const words = rest.replace(/[ \t]+$/, '');
    if (same && token) texts[texts.length - 1] += `\n${words}`;
    else if (!same) {
      out.push(token ? `${prefix}${base}${texts.length}` : `${prefix}x`);
      if (token) texts.push(words);
    }
    last = { token, prefix };
  }
  const markdown = out.join('\n');
  return { markdown, texts: texts.length ? { token: new RegExp(`${base}(\\d+)(?![^\\n])`, 'g'), lines: texts } : undefined, ...(cut ? { longIds: LONG_HEADING } : {}) };
}

/**
 * ASCII letters and digits in a setext heading's text above which a heading with code is cut to one token
 * (round 11): a backtick on every line of a 1 MB heading kept it whole, and the anchor rule parsed all of it (~3 s
 * a target). In a paragraph with no tag, link, entity or escape, every such letter is in the heading's text and
 * in its id (github-slugger keeps them), so its id is longer than this, and a link naming it must be too; the
 * anchor rule does not judge such long fragments on a page with a cut heading.
 */
export const LONG_HEADING = 2_048;

/**
 * Whether the paragraph lines [from, to) are a long heading that can be cut: no line holds a tag, link, entity or
 * escape, every line starts with a letter, a digit or a backtick run of one or two (so none starts another block:
 * a heading, list, quote, fence or break) and they hold more than LONG_HEADING ASCII letters and digits.
 */
function longHeading(lines: readonly string[], from: number, to: number): boolean {
  let letters = 0;
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    if (!/^(?:[\p{L}\p{N}]|`{1,2}(?!`))/u.test(line) || /[<[\]&\\]/.test(line)) return false;
    for (let c = 0; c < line.length && letters <= LONG_HEADING; c++) {
      const code = line.charCodeAt(c) | 32;
      if ((code >= 97 && code <= 122) || (line.charCodeAt(c) >= 48 && line.charCodeAt(c) <= 57)) letters++;
    }
  }
  return letters > LONG_HEADING;
}

/** Words between two tags (at least one letter or digit; no markup, no line break). */
const BETWEEN_TAGS = />(?=[^<>\n]*[\p{L}\p{N}])[^<>[\]`&\\*_|!#=~{}^"'\n]{2,}</gu;

/**
 * A line of raw HTML (it starts with `<`) with the words between its tags cut to one letter: `<p>…1 KB…</p>` is
 * `<p>x</p>`. Only where words cannot be an id: not in a line that holds an `id`/`name` attribute (an attribute
 * value may hold `>…<`), a heading tag, a bracket (a definition's label must still match its use) or follows a
 * line with `[` (a definition's title).
 */
function tagsOnly(line: string, prefix: string, rest: string, afterBracket: boolean): string {
  if (!rest.startsWith('<') || afterBracket || /[[\]]/.test(rest) || /\b(?:id|name)\s*=/i.test(rest)) return line;
  if (/<\/?h[1-6](?=[\s/>]|$)/i.test(rest)) return line;
  return prefix + rest.replace(BETWEEN_TAGS, '>x<');
}

/** A heading's text with the skeleton's tokens turned back into the words of their lines. */
export function expandSkeletonText(text: string, texts: SkeletonTexts | undefined): string {
  return texts ? text.replace(texts.token, (_, n: string) => texts.lines[Number(n)] ?? _) : text;
}

/**
 * Two lower-case letters that never follow each other in `body` (so no token can be mistaken for an editor's
 * words), or undefined when every pair occurs (then the heading lines are kept as written).
 */
function absentLetterPair(body: string): string | undefined {
  const seen = new Uint8Array(26 * 26);
  let previous = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i) - 97;
    const letter = c >= 0 && c < 26 ? c : -1;
    if (letter >= 0 && previous >= 0) seen[previous * 26 + letter] = 1;
    previous = letter;
  }
  // Start at "qj", a pair no English, Dari or Pashto transliteration uses, so the common case is found at once.
  for (let k = 0; k < seen.length; k++) {
    const pair = (16 * 26 + 9 + k) % seen.length;
    if (!seen[pair]) return String.fromCharCode(97 + Math.floor(pair / 26), 97 + (pair % 26));
  }
  return undefined;
}
