/**
 * Words a page would not show, found before rendering:
 *
 * - inside raw HTML elements the sanitiser removes with their content (its `strip` list: a textarea's or button's
 *   text, an `<xmp>` block, an object's or iframe's fallback, `<noscript>`, `<template>`, `<title>`, `<style>`,
 *   `<noembed>`, `<noframes>`, scripts, SVG and MathML): the editor typed words that vanish. An opener that is never
 *   closed drops the words after it (the rest of the paragraph, or of the story);
 * - a body whose only "text" is markup: tags, character references for spaces (`&nbsp;`, `&#32;`), an empty link,
 *   a heading or table with nothing in it, a lone backslash. The page would be an empty story ("1 min read").
 *
 * Both are one pass over the body (code already blanked): openers and closers are paired with a pointer per name,
 * and every tag pattern is bounded, so no input makes the scan quadratic.
 */
import { parseEntities } from 'parse-entities';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import { hasVisibleText } from './invisible-chars.ts';

/** Void elements have no content to drop (`<embed>` never has a closing tag). */
const VOID = new Set(['embed']);
/** Elements the sanitiser strips with their content (one definition: sanitize-schema.ts `strip`). */
const WORDS_DROPPED: ReadonlySet<string> = new Set((sanitizeSchema.strip ?? []).filter((name) => !VOID.has(name)));
const DROPPED_TAG = new RegExp(`<(\\/?)(${[...WORDS_DROPPED].join('|')})(?=[\\s/>])[^>]{0,1000}>`, 'gi');
/** Foreign elements honour `/>`: `<svg/>` is empty, while `<iframe/>` opens like `<iframe>`. */
const SELF_CLOSING = new Set(['svg', 'math']);
const ANY_TAG = /<\/?[A-Za-z][^<>]{0,1000}>/g;

export interface DroppedElement {
  name: string;
  /** Offsets of the opening tag's `<` and just past the closing tag's `>`. */
  start: number;
  end: number;
  words: string;
  /** False when no closing tag follows: the element runs to the end (the words after it are dropped). */
  closed: boolean;
}

/** Closed raw HTML elements whose content the page drops, in order (nested ones inside an outer one are skipped). */
export function droppedElements(text: string): DroppedElement[] {
  if (!text.includes('<')) return [];
  const tags: { name: string; close: boolean; start: number; end: number }[] = [];
  for (const m of text.matchAll(DROPPED_TAG)) {
    const name = (m[2] ?? '').toLowerCase();
    if (SELF_CLOSING.has(name) && m[0].endsWith('/>')) continue;
    tags.push({ name, close: m[1] === '/', start: m.index, end: m.index + m[0].length });
  }
  const out: DroppedElement[] = [];
  // For each name, the index in `tags` from which to look for its next closer: each closer is passed over once.
  const nextCloser = new Map<string, number>();
  let coveredTo = 0;
  for (let i = 0; i < tags.length; i++) {
    const open = tags[i]!;
    if (open.close || open.start < coveredTo || !WORDS_DROPPED.has(open.name)) continue;
    let j = Math.max(nextCloser.get(open.name) ?? 0, i + 1);
    while (j < tags.length && !(tags[j]!.close && tags[j]!.name === open.name)) j++;
    nextCloser.set(open.name, j);
    const close = tags[j];
    // Never closed: the parser keeps everything after the opener inside it (to the end of the paragraph for the
    // raw-text elements, of the story for the others); the words up to the end are the ones at risk.
    const end = close ? close.end : text.length;
    const words = visibleWords(text.slice(open.end, close ? close.start : text.length));
    out.push({ name: open.name, start: open.start, end, words, closed: !!close });
    coveredTo = end;
  }
  return out;
}

/** The text a reader would see of raw HTML and Markdown, roughly: tags removed, character references decoded. */
export function visibleWords(html: string): string {
  const text = html.replace(ANY_TAG, ' ');
  return (text.includes('&') ? parseEntities(text) : text).replace(/\s+/g, ' ').trim();
}

/**
 * Whether a body (code blanked, comments and rule lines removed) shows any words: not counting elements whose content
 * the page drops, tags, references to spaces, link addresses, and Markdown's own punctuation (`#`, `|`, `-`, `*`,
 * `_`, `[`, `]`, `!`, `\`, `>`, backticks, `~`, `=`, `:`).
 */
export function showsWords(text: string): boolean {
  let rest = text;
  const dropped = droppedElements(rest);
  if (dropped.length) {
    const parts: string[] = [];
    let from = 0;
    for (const d of dropped) {
      parts.push(rest.slice(from, d.start));
      from = d.end;
    }
    parts.push(rest.slice(from));
    rest = parts.join(' ');
  }
  // Link and image addresses (`](https://…)`, `[x]: https://…`) are not text.
  rest = rest.replace(/\]\([^()\n]{0,2048}\)/g, ']').replace(/^ {0,3}\[[^\]\n]{1,999}\]:.*$/gm, ' ');
  rest = visibleWords(rest).replace(/[#|\-*_[\]!\\>`~=:()]/g, '');
  return hasVisibleText(rest);
}
