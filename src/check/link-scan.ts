/**
 * The content check's fast scan of the inline images in a Markdown body (with their lines and columns), skipping
 * code, and `blankCode` for the other scanners. Links are read from the renderer's own parse (markdown-links.ts).
 */
import { positionFinder } from './text-position.ts';

export interface BodyLink {
  text: string;
  href: string;
  /** Written as raw HTML (`<a href="…">`): entities are decoded and nothing escapes the address for the editor. */
  html?: boolean;
  /** A raw HTML link's words (its `text` is the address, as printed in its messages). */
  words?: string;
  /** The link shows readers nothing to click (only invisible characters, tags, comments): src/check/rules/shown-words.ts. */
  blank?: boolean;
  line: number;
  column: number;
}

/** Inline images `![alt](src)` in Markdown, skipping code; `text` is the alt text. (Links: markdown-links.ts.) */
export function scanImages(markdown: string, firstLine = 1): BodyLink[] {
  // No "](" means no inline image to find.
  if (!markdown.includes('](')) return [];
  const text = blankCode(markdown);
  const pos = positionFinder(text, firstLine);
  const out: BodyLink[] = [];
  for (const link of inlineLinks(text)) {
    if (link.image) out.push({ text: link.text, href: link.href, ...pos(link.start) });
  }
  return out;
}

interface InlineLink {
  image: boolean;
  /** Offset of the `[` (or of the `!` of an image). */
  start: number;
  text: string;
  href: string;
}

/**
 * Inline links and images, found in one pass as CommonMark does: a stack of `[` openers, each `]` closes the
 * nearest one and is a link when `(destination "title")` follows; a link deactivates the `[` openers before it
 * (links do not nest), a blank line ends them all. Linear in the input: every character is looked at a bounded
 * number of times, and the ends of titles come from precomputed "next occurrence" tables, so `"[" × 1,000,000`
 * or a thousand unclosed titles cost no more than reading them.
 */
function inlineLinks(text: string): InlineLink[] {
  const found: InlineLink[] = [];
  const next = nextOccurrence(text);
  const openers: { at: number; image: boolean }[] = [];
  let inactiveBelow = 0;
  let bang = -2;
  let lineHasText = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \\ */) {
      if (text.charCodeAt(i + 1) !== 10) i++;
      lineHasText = true;
      continue;
    }
    if (c === 10 /* \n */) {
      if (!lineHasText) {
        openers.length = 0;
        inactiveBelow = 0;
      }
      lineHasText = false;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 13) lineHasText = true;
    if (c === 33 /* ! */) bang = i;
    else if (c === 91 /* [ */) openers.push({ at: i, image: bang === i - 1 });
    else if (c === 93 /* ] */ && openers.length) {
      const k = openers.length - 1;
      const opener = openers.pop() as { at: number; image: boolean };
      const inactive = !opener.image && k < inactiveBelow;
      inactiveBelow = Math.min(inactiveBelow, k);
      if (inactive) continue;
      const dest = text.charCodeAt(i + 1) === 40 /* ( */ ? destination(text, i + 2, next) : undefined;
      if (!dest) continue;
      found.push({ image: opener.image, start: opener.image ? opener.at - 1 : opener.at, text: text.slice(opener.at + 1, i), href: dest.href });
      if (!opener.image) inactiveBelow = openers.length;
      i = dest.end - 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Offsets of the next `"`, `'`, `)`, `>` and line break at or after each offset (text.length when none). A quote,
 * `)` or `>` after an odd run of backslashes is escaped and ends nothing, as in CommonMark: a title
 * `"He said \"no\""` missed its end, so the photo was not found and went out with its raw path (round 26b #2).
 */
function nextOccurrence(text: string): (char: '"' | "'" | ')' | '>' | '\n', from: number) => number {
  const tables = new Map<string, Int32Array>();
  let escaped: Uint8Array | undefined;
  return (char, from) => {
    let table = tables.get(char);
    if (!table) {
      escaped ??= escapedOffsets(text);
      const skip = char === '\n' ? undefined : escaped;
      table = new Int32Array(text.length + 1);
      const code = char.charCodeAt(0);
      let at = text.length;
      table[at] = at;
      for (let i = text.length - 1; i >= 0; i--) {
        if (text.charCodeAt(i) === code && !skip?.[i]) at = i;
        table[i] = at;
      }
      tables.set(char, table);
    }
    return from >= text.length ? text.length : (table[from] ?? text.length);
  };
}

/** 1 at each offset whose character follows an odd run of backslashes (a backslash escape). */
function escapedOffsets(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (run % 2 === 1) out[i] = 1;
    run = text.charCodeAt(i) === 92 /* \\ */ ? run + 1 : 0;
  }
  return out;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

/**
 * The `destination "title")` after `](`, from `p`: an <angle-bracketed> destination or one without spaces
 * (balanced parentheses one level deep), an optional "title", 'title' or (title), then `)`.
 */
function destination(text: string, p: number, next: ReturnType<typeof nextOccurrence>): { href: string; end: number } | undefined {
  const n = text.length;
  let i = p;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  const from = i;
  let end = -1;
  if (text[i] === '<') {
    const gt = next('>', i + 1);
    if (gt < n && gt < next('\n', i + 1)) end = gt + 1;
  }
  if (end === -1) {
    let j = i;
    for (;;) {
      const c = text.charCodeAt(j);
      if (j >= n || isSpace(c) || c === 41 /* ) */) break;
      // `\(` and `\)` are parentheses of the path, not its end (CommonMark's backslash escape).
      if (c === 92 /* \\ */ && j + 1 < n && !isSpace(text.charCodeAt(j + 1))) j += 2;
      else if (c === 40 /* ( */) {
        let k = j + 1;
        while (k < n && !isSpace(text.charCodeAt(k)) && text[k] !== '(' && text[k] !== ')') k++;
        if (text[k] !== ')') break;
        j = k + 1;
      } else j++;
    }
    end = j;
  }
  // An empty destination (`[x]()`, `[x]( "title")`) is a link to nowhere, which CommonMark makes too: found, so the
  // rules can name it (src/check/rules/empty-address.ts).
  const href = text.slice(from, end);
  i = end;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i > end && (text[i] === '"' || text[i] === "'" || text[i] === '(')) {
    const close = next(text[i] === '(' ? ')' : (text[i] as '"' | "'"), i + 1);
    if (close >= n) return undefined;
    i = close + 1;
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  }
  return text[i] === ')' ? { href, end: i + 1 } : undefined;
}
/**
 * Replaces code (fenced blocks, indented blocks outside lists, inline code spans) with spaces, keeping offsets
 * and line breaks, so links inside code are neither checked nor counted.
 */
export function blankCode(md: string): string {
  // Most bodies have no code at all: no backtick, no tilde fence, no line indented by four spaces or a tab.
  if (!md.includes("`") && !md.includes("~~~") && !/(^|\n)( {4}|\t)/.test(md)) return md;
  // Several rules of one body ask in a row (nesting, amplification, footnotes, links …): the last answer is kept.
  if (md === lastBlanked.md) return lastBlanked.out;
  const out = blankCodeOf(md);
  lastBlanked = { md, out };
  return out;
}

let lastBlanked = { md: '', out: '' };

/** Spaces for every character but line breaks, a run at a time (1 MB of code spans: one replacement a line). */
function blank(s: string): string {
  return s.replace(/[^\n\r]+/g, (run) => ' '.repeat(run.length));
}

function blankCodeOf(md: string): string {
  const lines = md.split('\n');
  let fence: { char: string; length: number } | undefined;
  let previousBlank = true;
  let inIndentedCode = false;
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*\r?$/.exec(line);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      lines[i] = blank(line);
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open?.[1] && !(open[1][0] === '`' && line.slice(open[0].length).includes('`'))) {
      fence = { char: open[1][0] ?? '`', length: open[1].length };
      lines[i] = blank(line);
      continue;
    }
    const isBlank = /^[ \t]*\r?$/.test(line);
    if (!isBlank && /^( {4}|\t)/.test(line) && (previousBlank || inIndentedCode) && !inList) {
      inIndentedCode = true;
      lines[i] = blank(line);
      continue;
    }
    if (!isBlank) {
      inIndentedCode = false;
      // A footnote definition holds indented paragraphs as a list item does: its second paragraph is text, not
      // code (round 26b #4: a call there was not seen, and its note was "never referred to").
      if (/^ {0,3}([-*+]|\d{1,9}[.)])([ \t]|$)/.test(line) || /^ {0,3}\[\^[^[\]\n]{1,999}\]:/.test(line)) inList = true;
      else if (previousBlank && !/^[ \t]/.test(line)) inList = false;
    }
    previousBlank = isBlank;
  }
  return blankCodeSpans(lines.join('\n'));
}

/**
 * Inline code spans, as CommonMark finds them: a run of n backticks opens a span that the next run of exactly n
 * backticks in the same paragraph closes; a run without a partner is literal. One pass over the runs, with a
 * queue of run positions per length, so runs of growing length cannot make the search quadratic.
 */
function blankCodeSpans(md: string): string {
  if (!md.includes('`')) return md;
  const runs: { start: number; length: number; paragraph: number }[] = [];
  let paragraph = 0;
  for (let i = 0; i < md.length; i++) {
    const c = md.charCodeAt(i);
    if (c === 10 /* \n */) {
      // A line holding only spaces and tabs (then the next break or the end of a CRLF line) is a paragraph break.
      let j = i + 1;
      while (md[j] === ' ' || md[j] === '\t') j++;
      if (md[j] === '\r') j++;
      if (md[j] === '\n') paragraph++;
    } else if (c === 96 /* ` */) {
      let j = i;
      while (md.charCodeAt(j) === 96) j++;
      runs.push({ start: i, length: j - i, paragraph });
      i = j - 1;
    }
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const list = byLength.get(run.length);
    if (list) list.push(index);
    else byLength.set(run.length, [index]);
  });
  const cursor = new Map<number, number>();
  const spans: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const open = runs[r] as (typeof runs)[number];
    const list = byLength.get(open.length) as number[];
    let at = cursor.get(open.length) ?? 0;
    while (at < list.length && (list[at] as number) <= r) at++;
    cursor.set(open.length, at);
    const closeIndex = list[at];
    const close = closeIndex === undefined ? undefined : runs[closeIndex];
    if (closeIndex === undefined || !close || close.paragraph !== open.paragraph) continue;
    spans.push([open.start, close.start + close.length]);
    r = closeIndex;
  }
  if (!spans.length) return md;
  let out = '';
  let last = 0;
  for (const [from, to] of spans) {
    out += md.slice(last, from) + blank(md.slice(from, to));
    last = to;
  }
  return out + md.slice(last);
}
