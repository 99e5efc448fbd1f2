/**
 * Link and image syntax the renderer prints as typed (round 13, finding 14): `![A photo](./img/my photo.png)` (a
 * space in the path), `[x](https://example.org/a b)`, `[x] (https://…)` (a space before the parenthesis),
 * `[x](https://…` (no closing parenthesis), `[x](https://… "title)` (a title never closed). Read from the renderer's
 * parse (markdown-links.ts hands over the body ranges of a paragraph's, heading's or cell's own text, i.e. outside
 * every link, image, code span and tag the parse made), so a real link never triggers it: a `[` and a `](` or
 * `] (` in that text, the `[` not escaped, and after the parenthesis something that reads as an address (a scheme,
 * `/`, `./`, `../`, `#`, `www.`, a file name with an extension) for a link; any path for an image. One forward pass
 * over those ranges; each candidate reads at most one address's length ahead.
 */
import type { Nodes } from 'mdast';
import { truncateGraphemes } from './rules/graphemes.ts';
import { oneLine } from './link-syntax.ts';

export interface TypedLink {
  /** Offset of the `[` (or the `!` of an image) in the body. */
  offset: number;
  image: boolean;
  message: string;
}

/** What is read after a `(` at most: an address's length (2,048) plus a title's. */
const LOOK_AHEAD = 2_600;
/** Candidates judged per body; markup limits bound them long before this. */
const MAX_CANDIDATES = 200;
const ADDRESS_LIKE = /^(?:[a-z][a-z0-9+.-]{1,31}:|\/|\.\.?\/|#|www\.|[^\s()]+\.[a-z0-9]{1,5}(?:[?#]|$))/i;
const shorten = (text: string, max = 120) => truncateGraphemes(text, max);

/**
 * The link syntax printed as typed in `segments` (body ranges, in order, of one parent's own text). `end`: where the
 * parent ends in the body (no candidate reads past it).
 */
export function typedLinks(body: string, segments: readonly (readonly [number, number])[], end: number, budget = { left: MAX_CANDIDATES }): TypedLink[] {
  const found: TypedLink[] = [];
  let open = -1;
  for (const [from, to] of segments) {
    for (let i = from; i < to; i++) {
      const c = body.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 91 /* [ */) open = body[i + 1] === '^' ? -1 : i;
      else if (c === 93 /* ] */ && open !== -1) {
        const spaced = body[i + 1] === ' ' || body[i + 1] === '\t';
        const paren = spaced ? i + 2 : i + 1;
        if (body[paren] === '(' && budget.left-- > 0) {
          const image = open > 0 && body[open - 1] === '!' && body[open - 2] !== '\\';
          const start = image ? open - 1 : open;
          const problem = judge(body, start, i, paren, spaced, image, end);
          if (problem) found.push({ offset: start, image, message: problem });
        }
        open = -1;
      }
    }
  }
  return found;
}

/** Why `[…](` at `start` (its `]` at `close`, its `(` at `paren`) is printed as typed, or undefined. */
function judge(body: string, start: number, close: number, paren: number, spaced: boolean, image: boolean, end: number): string | undefined {
  const limit = Math.min(end, paren + LOOK_AHEAD);
  // Searches stop at the limit (a body with no ")" costs each candidate its look-ahead, not the rest of the body).
  const window = body.slice(0, limit);
  const find = (ch: string, from: number) => window.indexOf(ch, from);
  const lineEnd = (from: number) => {
    const nl = find('\n', from);
    return nl === -1 ? limit : nl;
  };
  let i = paren + 1;
  while (body[i] === ' ' || body[i] === '\t') i++;
  // The address may start on the next line (CommonMark allows one line break there).
  if (body[i] === '\n' || (body[i] === '\r' && body[i + 1] === '\n')) {
    i += body[i] === '\r' ? 2 : 1;
    while (body[i] === ' ' || body[i] === '\t' || body[i] === '>') i++;
  }
  // The address as typed: up to a space, a line end or an unbalanced ")".
  let depth = 0;
  let j = i;
  for (; j < limit; j++) {
    const c = body.charCodeAt(j);
    if (c <= 32) break;
    if (c === 92 /* \ */) j++;
    else if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) break;
      depth--;
    }
  }
  const address = body.slice(i, j);
  const angled = body[i] === '<';
  if (!image && !ADDRESS_LIKE.test(angled ? address.slice(1) : address)) return undefined;
  const what = image ? 'image' : 'link';
  const label = body.slice(start, close + 1);
  const typed = (to: number) => `${what} ${shorten(oneLine(body.slice(start, to)))} is printed as typed`;
  // `<./a b.png` with no ">": the angle brackets that allow spaces are not closed.
  if (angled && !spaced) {
    const shut = find('>', i);
    if (shut === -1 || shut > lineEnd(i)) return `${typed(lineEnd(i))}: its ${image ? 'path' : 'address'} opens with "<" but has no closing ">"; add ">" before the ")"`;
    return undefined;
  }
  if (spaced) {
    // `[x] (address)`: only a whole address and its ")" (or a title) make it a link typed with a slip.
    if (address === '' || !/^[ \t]*(?:\)|["'(])/.test(body.slice(j, j + 2))) return undefined;
    const to = find(')', j);
    const shown = to === -1 ? lineEnd(j) : to + 1;
    return `${typed(shown)}: there is a space between "]" and "(", so it is no ${what}; write ${shorten(oneLine(label))}(${shorten(address)})`;
  }
  let k = j;
  while (body[k] === ' ' || body[k] === '\t') k++;
  const next = body[k];
  if (next === ')') return undefined;
  const wordsEnd = lineEnd(k);
  // A title in curly quotes, or a size hint: the address and then words, but the fix is not "%20" (round 24a #5).
  const tail = afterAddress(body.slice(k, wordsEnd));
  if (tail) {
    const shown = typed(k + tail.length);
    const link = `${shorten(oneLine(label))}(${shorten(address)}`;
    if (tail.title === undefined) {
      return `${shown}: "${tail.hint}" is a size hint, which this site does not read (pages size photos themselves); remove it: ${link})`;
    }
    const quote = !tail.title.includes('"') ? '"' : !tail.title.includes("'") ? "'" : '(';
    const closing = quote === '(' ? ')' : quote;
    return `${shown}: its title's quotes are curly (${tail.hint}), which Markdown does not read as quotes, so the title is read as part of the ${image ? 'path' : 'address'}; type straight quotes: ${link} ${quote}${shorten(tail.title, 60)}${closing})`;
  }
  if (next === '"' || next === "'" || next === '(') {
    const closer = next === '(' ? ')' : next;
    const shut = find(closer, k + 1);
    if (shut === -1) {
      return `${typed(lineEnd(k))}: its title ${shorten(oneLine(body.slice(k, wordsEnd)), 40)} has no closing ${closer === ')' ? 'parenthesis' : 'quote'}; close it (${next}…${closer}) before the ")", or remove the title`;
    }
    if (!/^[ \t]*\)/.test(body.slice(shut + 1, shut + 40))) {
      return `${typed(shut + 1)}: it has no closing parenthesis after its title; add ")" after ${shorten(oneLine(body.slice(k, shut + 1)), 40)}`;
    }
    return undefined;
  }
  // An address and then words on the same line, up to a ")" or a title: the address holds a space.
  const rest = /^[^()"'\n]*?(?=[ \t]+["']|\))/.exec(body.slice(k, wordsEnd));
  if (!rest || next === undefined || k >= wordsEnd) {
    return `${typed(j)}: it has no closing parenthesis; end the ${image ? 'path' : 'address'} with ")"`;
  }
  // Curly quotes a word processor put around it go too (quoted-address.ts says why for an address without a space).
  const typedAddress = body.slice(i, k + rest[0].length).trim();
  // A template's expression (`{{ site.url }}/images/map.png`): its space is not the slip; the shortcode rule has
  // its line (shortcodes.ts), and "%20" would make a path that leads nowhere (round 30a #8).
  if (/\{\{|\{%/.test(typedAddress)) return undefined;
  const spacedAddress = typedAddress.replace(/^["“‘„‚«‹]+|["”’“‘»›]+$/g, '');
  const unquoted = spacedAddress === typedAddress ? '' : ' (without the quotes around it)';
  const to = find(')', k + rest[0].length);
  const shownTo = to === -1 || to > wordsEnd ? wordsEnd : to + 1;
  const thing = image ? 'path' : 'address';
  if (!image && /\.md(?:#|$)/i.test(spacedAddress) && !/^[a-z][a-z0-9+.-]*:/i.test(spacedAddress)) {
    return `${typed(shownTo)}: its address holds a space, and article file names have none (they are slugs); link the file by its name${unquoted}, e.g. ${shorten(spacedAddress.replace(/[ \t]+/g, '-'))}`;
  }
  return `${typed(shownTo)}: its ${thing} holds a space; write it${unquoted} as ${shorten(spacedAddress.replace(/[ \t]/g, '%20'))} or <${shorten(spacedAddress)}>`;
}

/** Parents whose children are the text of a line: where link syntax can be printed as typed. */
const TEXT_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete']);
const LINK_TAIL = /\][ \t]?\(/;

/** A fresh budget of candidates for one body. */
export const typedLinkBudget = () => ({ left: MAX_CANDIDATES });

/**
 * The link syntax printed as typed in `node`'s own text (outside every child the parse made something of: links,
 * images, code, tags, emphasis, which are visited as nodes of their own). `at`: a parse offset to the body's.
 */
export function typedLinksIn(node: Nodes, body: string, at: (offset: number | undefined) => number, budget: { left: number }): TypedLink[] {
  if (!TEXT_PARENTS.has(node.type) || !node.position || !('children' in node)) return [];
  const children = node.children as Nodes[];
  if (!children.some((c) => c.type === 'text' && LINK_TAIL.test(c.value))) return [];
  const segments: [number, number][] = [];
  let from = at(node.position.start.offset);
  for (const c of children) {
    // Text (also a bare URL the renderer linked, which has no position) is the parent's own.
    if (c.type === 'text' || !c.position) continue;
    segments.push([from, at(c.position.start.offset)]);
    from = at(c.position.end.offset);
  }
  const end = at(node.position.end.offset);
  segments.push([from, end]);
  return typedLinks(body, segments, end, budget);
}

/** Quotes a word processor types: an opening one, and the closing ones that may end what it opens. */
const CURLY_TITLE = /^([“„«‹‘‚”])([^\n]*?)([”“»›’‘])[ \t]*\)/;
/** A size hint after a photo's path, as markdown-it's plugins and Typora write it: `=300x200`, `=300x`, `=x200`. */
const SIZE_HINT = /^(=(?:\d{1,5}x\d{0,5}|x\d{1,5}))[ \t]*\)/;

/**
 * What follows an address and its spaces (`rest`, up to the line's end) when it is a title in curly quotes closed
 * before the ")" (`title`, and the quotes as `hint`: `“…”`) or a size hint (`hint`); else undefined. `length`: to
 * the ")" included.
 */
function afterAddress(rest: string): { hint: string; title?: string; length: number } | undefined {
  const curly = CURLY_TITLE.exec(rest);
  if (curly) return { hint: `${curly[1] ?? ''}…${curly[3] ?? ''}`, title: curly[2] ?? '', length: curly[0].length };
  const size = SIZE_HINT.exec(rest);
  return size ? { hint: size[1] ?? '', length: size[0].length } : undefined;
}
