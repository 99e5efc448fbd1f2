/**
 * Newspaper typography for plain text: straight quotes become curly (“ ” ‘ ’), apostrophes ’, `--`/`---`
 * en and em dashes, a spaced hyphen an en dash, `...` an ellipsis. One pass over the characters, no regex
 * backtracking, so it is cheap enough for every headline, standfirst and text node of every body.
 *
 * `before` is the character that precedes `text` (the end of the previous text node in the same block), so a
 * quote that starts a text node after `<em>…</em>` still closes.
 *
 * A double quote with text on both sides (`x="5"`, `href="/a">`, `word"quoted"`) could open or close: it opens
 * unless a double quote is already open in the block (`quotes`, carried across the block's text nodes), so such
 * pairs match (x=“5”) instead of both closing. Code keeps straight quotes when written as code (`x="5"` in
 * backticks).
 *
 * Hebrew writes abbreviations with the same keys: gershayim `"` between letters (צה"ל, ארה"ב, ש"ח) and geresh `'`
 * after a letter (ג'ורג', ד'). Those stay as typed (straight), so they are not paired as quotation marks, and the
 * page, feeds and search hold what a Hebrew keyboard types (round 22, finding 14).
 */
const OPENING_CONTEXT = /[\s([{<“‘«—–\-/\u00A0]/;
const WORDLIKE = /[\p{L}\p{N}]/u;
const CANDIDATE = /["'.-]/g;
const HEBREW = /\p{Script=Hebrew}/u;

/** Whether a curly double quote is open at this point of a block (carried from one text node to the next). */
export interface OpenQuotes {
  double: boolean;
}

/** `after`: the character that follows `text` (the start of an address typesetProse keeps as written). */
export function typeset(text: string, before = '', quotes: OpenQuotes = { double: false }, after = ''): string {
  // Jumps from one candidate character to the next and copies the text between untouched.
  CANDIDATE.lastIndex = 0;
  let m = CANDIDATE.exec(text);
  if (!m) return text;
  let out = '';
  let copied = 0;
  // The character before position i as it will be printed (a replaced quote counts as its replacement).
  let lastIndex = -1;
  let lastOut = '';
  const prevOf = (i: number) => (i === 0 ? before : i - 1 === lastIndex ? lastOut : text[i - 1]!);
  while (m) {
    const i = m.index;
    const c = text[i]!;
    const prev = prevOf(i);
    const next = text[i + 1] ?? after;
    let put: string | undefined;
    let length = 1;
    if ((c === "'" && HEBREW.test(prev)) || (c === '"' && HEBREW.test(prev) && HEBREW.test(next))) {
      put = undefined; // geresh, gershayim
    } else if (c === '"') {
      // After a space or opening punctuation it opens, unless one is open and nothing follows but punctuation
      // or space (href="/a/">: the slash before it is not an opening).
      const opens = (prev === '' || OPENING_CONTEXT.test(prev)) && !(quotes.double && (next === '' || /[\s>)\]},.;:!?]/.test(next)));
      // Text on both sides (x="5", href="/a">): opens unless one is open.
      const between = !opens && next !== '' && !/\s/.test(next);
      put = opens || (between && !quotes.double) ? '“' : '”';
      quotes.double = put === '“';
    } else if (c === "'") {
      if (WORDLIKE.test(prev) && WORDLIKE.test(next)) put = '’'; // don't, Nangarhar's
      else if (prev === '' || OPENING_CONTEXT.test(prev)) put = /^\d{2}s?\b/.test(text.slice(i + 1, i + 4)) ? '’' : '‘'; // ’90s, ‘quoted’
      else if (!WORDLIKE.test(prev) && WORDLIKE.test(next) && prev !== '.' && prev !== ',') put = '‘'; // x='5'
      else put = '’'; // traders’, a closing quote
    } else if (c === '-') {
      if (next === '-') {
        length = text[i + 2] === '-' ? 3 : 2;
        put = length === 3 ? '—' : '–';
      } else if (prev === ' ' && next === ' ') {
        put = '–';
      }
    } else if (next === '.' && text[i + 2] === '.') {
      put = '…';
      length = 3;
    }
    if (put !== undefined) {
      out += text.slice(copied, i) + put;
      copied = i + length;
      lastIndex = i + length - 1;
      lastOut = put;
      CANDIDATE.lastIndex = copied;
    }
    m = CANDIDATE.exec(text);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * An address written out in the text (`https://…`, `www.…`, `a@b.org`, and a host with a path and no scheme,
 * `example.org/reports/2026--final`: round 29a #6): copied by readers, so never typeset.
 */
// A straight double quote ends one (`href="https://x.org/a">`): URLs write it %22.
// Each part starts only where its run of characters starts (lookbehinds): tried from every character of a long
// run (`a.a.a.…`), one would scan to its end each time, quadratic in the run.
const ADDRESS = /(?:(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]+|(?<![\w.+'-])[\w.+'-]+@[\w-]+\.[\w.-]+|(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\/[^\s<>"]*/gi;

/**
 * `text` typeset except the addresses in it, which stay as written. Parts are collected and the last character
 * carried along: reading the end of a growing concatenated string flattens it each time (quadratic in a
 * paragraph of thousands of addresses).
 */
export function typesetProse(text: string, prev = '', quotes: OpenQuotes = { double: false }): string {
  if (!/:\/\/|www\.|@|\.[a-z]{2,24}\//i.test(text)) return typeset(text, prev, quotes);
  const parts: string[] = [];
  let last = 0;
  let before = prev;
  for (const m of text.matchAll(ADDRESS)) {
    const prose = typeset(text.slice(last, m.index), before, quotes, m[0][0]);
    parts.push(prose, m[0]);
    before = m[0].at(-1) ?? before;
    last = m.index + m[0].length;
  }
  parts.push(typeset(text.slice(last), before, quotes));
  return parts.join('');
}
