/**
 * Raw HTML an editor (or the CMS, Google Docs or Word a story was pasted from) marked to be out of view: the
 * `hidden` attribute, a style that hides or blanks the words (`display:none`, `visibility:hidden`, white text,
 * `font-size:0`, `opacity:0`) or `<font color="white">`. The sanitiser removes the attribute and the style and
 * keeps the words, so an embargoed paragraph or a note to the desk is published to every reader, feed and the
 * search index (round 22, finding 2). One line per element (an inner hidden element is part of the outer one's
 * line), quoting its first words. One pass of the HTML tokenizer over the body (code and comments already blanked).
 */
import type { Token } from 'parse5';
import { readHtmlTokens } from '#/check/html-tokens.ts';
import { visibleWords } from './dropped-words.ts';

export interface HiddenElement {
  offset: number;
  message: string;
}

/** Elements with no content: hiding one hides no words. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const WHITE = /^(?:white|#fff(?:f)?|#ffffff(?:ff)?|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\)|hsla?\(\s*\d+(?:deg)?\s*,\s*\d+%\s*,\s*100%\s*(?:,\s*1\s*)?\))$/i;
/** A length or number that is zero (`0`, `0px`, `0.0em`, `0%`). */
const ZERO = /^[+-]?(?:0+(?:\.0*)?|\.0+)(?:[a-z]{1,4}|%)?$/i;

/** How a tag hides its content, in the words of the line (`hidden`, `style="display:none"` …), or undefined. */
export function hidingOf(name: string, attrs: readonly { name: string; value: string }[]): string | undefined {
  for (const { name: attr, value } of attrs) {
    if (attr === 'hidden') return 'hidden';
    if (attr === 'color' && name === 'font' && WHITE.test(value.trim())) return `color="${value.trim()}"`;
    if (attr !== 'style') continue;
    for (const declaration of value.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon === -1) continue;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const v = declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
      const hides =
        (property === 'display' && v === 'none') ||
        (property === 'visibility' && (v === 'hidden' || v === 'collapse')) ||
        (property === 'color' && WHITE.test(v)) ||
        ((property === 'font-size' || property === 'opacity') && ZERO.test(v));
      if (hides) return `style="${property}:${v}"`;
    }
  }
  return undefined;
}

interface Open {
  name: string;
  start: number;
  contentStart: number;
  how: string;
  /** Elements of the same name opened inside it and not closed yet. */
  depth: number;
}

export function hiddenElements(text: string): HiddenElement[] {
  if (!text.includes('<')) return [];
  const out: HiddenElement[] = [];
  let open: Open | undefined;
  const report = (o: Open, contentEnd: number) => {
    const words = visibleWords(text.slice(o.contentStart, contentEnd));
    if (!/[\p{L}\p{N}]/u.test(words)) return;
    const quoted = firstWords(words);
    out.push({
      offset: o.start,
      message: `<${o.name} ${o.how}> marks "${quoted}" to be out of view, but pages keep no hidden or invisible text (the attribute and the style are removed), so readers, feeds and search get the words; delete it, or keep the note for the desk as <!-- … -->, which is never published`,
    });
  };
  const onStartTag = (token: Token.TagToken) => {
    const start = token.location?.startOffset ?? 0;
    if (open) {
      if (token.tagName === open.name && !token.selfClosing) open.depth++;
      return;
    }
    if (VOID.has(token.tagName) || token.selfClosing) return;
    const how = hidingOf(token.tagName, token.attrs);
    if (how) open = { name: token.tagName, start, contentStart: token.location?.endOffset ?? start, how, depth: 0 };
  };
  const onEndTag = (token: Token.TagToken) => {
    if (!open || token.tagName !== open.name) return;
    if (open.depth > 0) {
      open.depth--;
      return;
    }
    report(open, token.location?.startOffset ?? text.length);
    open = undefined;
  };
  readHtmlTokens(text, { onStartTag, onEndTag });
  // Never closed: the element runs on at least to the end of its paragraph (a blank line), where the words are.
  if (open) {
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = open.contentStart;
    report(open, blank.exec(text)?.index ?? text.length);
  }
  return out;
}

/** The first words of `words`, up to about 40 characters, cut at a space where there is one. */
function firstWords(words: string): string {
  if (words.length <= 40) return words;
  const space = words.lastIndexOf(' ', 40);
  return `${words.slice(0, space > 20 ? space : 40)}…`;
}
