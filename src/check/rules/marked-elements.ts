/**
 * Raw HTML elements whose opening tag carries a mark a rule looks for (`hidden`, a hiding style: hidden-elements.ts;
 * `<bdo dir>`: reversed-text.ts), each with the words it holds. An element inside a marked one is part of it (one
 * line for the outer one). One pass of the HTML tokenizer the renderer uses over the body (code and comments
 * already blanked); an element never closed runs on to the end of its paragraph (a blank line), where its words are.
 */
import type { Token } from 'parse5';
import { readHtmlTokens } from '#/check/html-tokens.ts';
import { visibleWords } from './dropped-words.ts';

/** Elements with no content: a mark on one marks no words. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export interface MarkedElement<M> {
  name: string;
  /** Offset of the opening tag's `<`. */
  start: number;
  mark: M;
  /** The words inside, as a reader would see them (tags removed, references decoded). */
  words: string;
}

/** `markOf` names a tag's mark, or returns undefined for a tag the rule does not look for. */
export function markedElements<M>(text: string, markOf: (name: string, attrs: readonly Token.Attribute[]) => M | undefined): MarkedElement<M>[] {
  if (!text.includes('<')) return [];
  const out: MarkedElement<M>[] = [];
  let open: { name: string; start: number; contentStart: number; mark: M; depth: number } | undefined;
  const done = (contentEnd: number) => {
    if (open) out.push({ name: open.name, start: open.start, mark: open.mark, words: visibleWords(text.slice(open.contentStart, contentEnd)) });
    open = undefined;
  };
  readHtmlTokens(text, {
    onStartTag(token) {
      if (open) {
        if (token.tagName === open.name && !token.selfClosing) open.depth++;
        return;
      }
      if (VOID.has(token.tagName) || token.selfClosing) return;
      const mark = markOf(token.tagName, token.attrs);
      const start = token.location?.startOffset ?? 0;
      if (mark !== undefined) open = { name: token.tagName, start, contentStart: token.location?.endOffset ?? start, mark, depth: 0 };
    },
    onEndTag(token) {
      if (!open || token.tagName !== open.name) return;
      if (open.depth > 0) open.depth--;
      else done(token.location?.startOffset ?? text.length);
    },
  });
  if (open) {
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = open.contentStart;
    done(blank.exec(text)?.index ?? text.length);
  }
  return out;
}

/** The first words of `words`, up to about 40 characters, cut at a space where there is one. */
export function firstWords(words: string): string {
  if (words.length <= 40) return words;
  const space = words.lastIndexOf(' ', 40);
  return `${words.slice(0, space > 20 ? space : 40)}…`;
}
