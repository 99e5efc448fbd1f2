/**
 * Newspaper typography for plain text: straight quotes become curly (“ ” ‘ ’), apostrophes ’, `--`/`---`
 * en and em dashes, a spaced hyphen an en dash, `...` an ellipsis. One pass over the characters, no regex
 * backtracking, so it is cheap enough for every headline, standfirst and text node of every body.
 *
 * `before` is the character that precedes `text` (the end of the previous text node in the same block), so a
 * quote that starts a text node after `<em>…</em>` still closes.
 */
const OPENING_CONTEXT = /[\s([{<“‘«—–\-/\u00A0]/;
const WORDLIKE = /[\p{L}\p{N}]/u;

export function typeset(text: string, before = ''): string {
  // Fast exit: most text nodes hold nothing to change.
  if (!/["'.-]/.test(text)) return text;
  let out = '';
  let prev = before;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    let put = c;
    if (c === '"') {
      put = prev === '' || OPENING_CONTEXT.test(prev) ? '“' : '”';
    } else if (c === "'") {
      if (WORDLIKE.test(prev) && WORDLIKE.test(next)) put = '’'; // don't, Nangarhar's
      else if (prev === '' || OPENING_CONTEXT.test(prev)) put = /\d/.test(next) && /\d{2}s?\b/.test(text.slice(i + 1, i + 4)) ? '’' : '‘'; // ’90s, ‘quoted’
      else put = '’'; // traders’, closing quote
    } else if (c === '-' && next === '-') {
      if (text[i + 2] === '-') {
        put = '—';
        i += 2;
      } else {
        put = '–';
        i += 1;
      }
    } else if (c === '-' && prev === ' ' && next === ' ') {
      put = '–';
    } else if (c === '.' && next === '.' && text[i + 2] === '.') {
      put = '…';
      i += 2;
    }
    out += put;
    prev = put;
  }
  return out;
}
