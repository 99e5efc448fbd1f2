/**
 * A tag the editor typed as HTML that CommonMark does not read as HTML, so the page prints it as text:
 * `<a href=https://x.org/?a=b>label</a>` (an unquoted value holding `=` or `?`), `<a href="x" title=a"b>`, `<b
 * class=x y=>`. Markdown reads `<name …>` as a tag only when every attribute follows its grammar (an unquoted
 * value holds no space, `"`, `'`, `=`, `<`, `>` or backtick; a quote closes): otherwise the `<` is a character, and
 * readers see `<a href=…>` where a link should be.
 *
 * The rule: a `<name` (or `</name`) of an element the sanitiser keeps (src/markdown/sanitize-schema.ts), followed by
 * a space, `/` or `>` and a `>` later on its line (it looks like a tag), that is not a complete tag by CommonMark's
 * grammar and that the renderer's own parse (src/markdown/body-tree.ts) leaves inside text (not code, not an HTML
 * block). Only a body holding such a look-alike is parsed, after the nesting and amplification limits (callers),
 * and the parse reads its note skeleton (note-skeleton.ts: runs of plain lines, which hold no `<`, shrink to a
 * letter; lines with a tag are kept as written, but for long runs of words after a tag, text-runs.ts), so prose
 * around the tag costs next to nothing.
 */
import type { Position } from '#/check/frontmatter.ts';
import { positionFinder } from '#/check/text-position.ts';
import { parseBody } from '#/markdown/body-tree.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import { onePerLine, type Find } from './each-line.ts';
import { noteSkeleton } from './note-skeleton.ts';
import { parseSkeleton } from './skeleton-parse.ts';
import { cutTextRuns } from './text-runs.ts';
import { truncateGraphemes } from './graphemes.ts';
import { textRanges } from './text-ranges.ts';

export interface TextTagProblem {
  message: string;
  pos: Position;
}

const NAMES = [...(sanitizeSchema.tagNames ?? [])].sort((a, b) => b.length - a.length).join('|');
/** Looks like a tag of a kept element: `<a href=…>`, `</b x>` (a `>` later on the line), not escaped. */
const LOOKALIKE = new RegExp(`(?<!\\\\)<\\/?(?:${NAMES})(?=[\\s/>])[^<>\\n]{0,2000}>`, 'gi');
// CommonMark's grammar (spec 6.6) as the renderer's parser (micromark) reads it: whitespace with at most one line
// ending; an unquoted value also ends at a `/` (micromark then wants `/>`), so `<a href=”https://x.org/r”>` and
// `<a href=/articles/x>` are printed as typed (round 24a #1: they passed as tags). Values bounded so the scan stays linear.
const WS = '(?:[ \\t]*(?:\\r?\\n[ \\t]*)?)';
const ATTRIBUTE = `(?:[ \\t\\r\\n]${WS}[A-Za-z_:][A-Za-z0-9_.:-]{0,200}(?:${WS}=${WS}(?:[^"'=<>\`/\\u0000-\\u0020]{1,4000}|'[^']{0,4000}'|"[^"]{0,4000}"))?)`;
const OPEN_TAG = new RegExp(`<[A-Za-z][A-Za-z0-9-]{0,100}${ATTRIBUTE}{0,200}${WS}\\/?>`, 'y');
const CLOSING_TAG = new RegExp(`<\\/[A-Za-z][A-Za-z0-9-]{0,100}${WS}>`, 'y');
/** Candidates looked at per body: a flood of them is as many lines as the first ones already show. */
const MAX_CANDIDATES = 1000;

function isTag(body: string, at: number): boolean {
  const grammar = body[at + 1] === '/' ? CLOSING_TAG : OPEN_TAG;
  grammar.lastIndex = at;
  return grammar.test(body);
}

/** Up to `max` look-alikes in `text` that are not tags by CommonMark's grammar. */
function lookalikes(text: string, max: number): { at: number; tag: string }[] {
  const found: { at: number; tag: string }[] = [];
  for (const m of text.matchAll(LOOKALIKE)) {
    if (!isTag(text, m.index)) found.push({ at: m.index, tag: m[0] });
    if (found.length >= max) break;
  }
  return found;
}

export function checkTextTags(body: string, bodyLine: number): TextTagProblem[] {
  if (!body.includes('<')) return [];
  if (lookalikes(body, 1).length === 0) return [];
  // Found again in the skeleton (its lines with a `<` are the body's), where the parse decides; long runs of words
  // after a tag are cut first (text-runs.ts: they change nothing about where a tag stands, and cost the parser).
  const skeleton = noteSkeleton(body);
  const cut = cutTextRuns(skeleton.text);
  const text = cut.text;
  const tree = text === skeleton.text ? parseSkeleton(body).tree : parseBody(text);
  const inSkeleton = lookalikes(text, MAX_CANDIDATES);
  // Where the parse left text: a look-alike in code or inside an HTML block is not printed as a tag's text.
  const inText = textRanges(tree);
  const finds: Find[] = inSkeleton.filter((c) => inText(c.at)).map((c) => ({ index: skeleton.toBody(cut.toSource(c.at)), message: message(c.tag) }));
  return onePerLine(finds, positionFinder(body, bodyLine), (n) => `…and ${n} more line${n === 1 ? '' : 's'} below with tags printed as text; fix them too`);
}

/** A value a word processor put in curly quotes (`href=”…”`): HTML reads them as characters of the value. */
const CURLY_VALUE = /=[ \t]*([“”‘’„‚«»])/;

function message(tag: string): string {
  const shown = truncateGraphemes(tag, 80);
  const link = /^<a[\s/>]/i.test(tag) ? ', or write a Markdown link: [the words](https://…)' : '';
  const curly = CURLY_VALUE.exec(tag)?.[1];
  if (curly) return `"${shown}" is not read as an HTML tag, so the page prints it as typed: its value is in curly quotes ${curly}…${curly} (as a word processor types them), which HTML does not read as quotes; write straight double quotes, name="value"${link}`;
  return `"${shown}" is not read as an HTML tag, so the page prints it as typed: an attribute value holding a space, /, =, a quote, < > or a backtick must be in double quotes, and every quote must close; write it as name="value"${link}`;
}
