/**
 * Whether a link or an image description shows readers anything, judged on what the page carries: the text of the
 * renderer's link node (character references already read by the parser, code spans as their text, raw inline HTML
 * read as the browser shows it: tags and comments print nothing, `&shy;` is a soft hyphen), then "visible" as the
 * fields' rule has it (src/check/rules/invisible-chars.ts `hasVisibleText`: a soft hyphen, a no-break space, a
 * zero-width joiner, the braille blank or a variation selector alone are not words). A picture inside a link is
 * something to click.
 */
import type { Nodes } from 'mdast';
import type { Element, ElementContent } from 'hast';
import { parseEntities } from 'parse-entities';
import { hasVisibleText } from './invisible-chars.ts';

/** Elements that show something without text (a link around a photo is a link readers can click). */
const SHOWS_ITSELF = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas', 'math', 'input', 'button', 'select', 'textarea', 'meter', 'progress']);
const SHOWS_TAG = /<(?:img|picture|svg|video|audio|iframe|object|embed|canvas|math|input|button|select|textarea|meter|progress)\b/i;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TAG = /<\/?[A-Za-z][^<>]*>/g;

/** Raw inline HTML as its text shows: no comments, no tags, character references read. */
function htmlText(html: string): string {
  const text = html.replace(COMMENT, '').replace(TAG, '');
  return text.includes('&') ? parseEntities(text) : text;
}

/** Whether an mdast link's children show readers anything (words, a picture, a footnote number). */
export function linkNodeShows(children: readonly Nodes[]): boolean {
  // Visibility is a property of single characters: each piece is judged on its own.
  const stack = [...children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference') return true;
    if ((node.type === 'text' || node.type === 'inlineCode') && hasVisibleText(node.value)) return true;
    if (node.type === 'html' && (SHOWS_TAG.test(node.value) || hasVisibleText(htmlText(node.value)))) return true;
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return false;
}

/** Whether a raw HTML `<a>` element (parsed by rehype-raw) shows anything: visible words or a picture. */
export function elementShows(element: Element): boolean {
  const stack: ElementContent[] = [...element.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text' && hasVisibleText(node.value)) return true;
    if (node.type === 'element') {
      if (SHOWS_ITSELF.has(node.tagName)) return true;
      stack.push(...node.children);
    }
  }
  return false;
}

/**
 * Whether a link's text as written shows anything: comments, tags and backticks left out, escapes and references
 * read. The check's parse reads a one-line note as letters (note-skeleton.ts), so a link is blank when either its
 * node or its written text shows nothing; a picture or a footnote call in it shows.
 */
export function writtenLinkShows(written: string): boolean {
  if (SHOWS_TAG.test(written) || /!\[|\[\^/.test(written)) return true;
  const text = written.replace(COMMENT, '').replace(TAG, '').replace(/\\&/g, '&amp;').replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/`/g, '');
  return hasVisibleText(text.includes('&') ? parseEntities(text) : text);
}

/** Whether alt text as written (`![&nbsp;](…)`) describes anything once its references and escapes are read. */
export function altShows(written: string): boolean {
  // An escaped `\&` is a literal ampersand, never the start of a reference.
  const text = written.replace(/\\&/g, '&amp;').replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/`/g, '');
  return hasVisibleText(text.includes('&') ? parseEntities(text) : text);
}

/** One attribute of a raw tag: its name, then its value quoted either way or bare (HTML's attribute syntax). */
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?|[\s\S]/g;

/**
 * Whether the attributes of a raw `<img …>` (the text between `<img` and `>`) hold alt text that describes anything,
 * judged as {@link altShows} judges Markdown alt: character references read, then "visible" as the fields' rule has
 * it, so `alt="&nbsp;"`, `alt="&shy;"`, a zero-width space, `alt=""` and a bare `alt` are all no alt text. The
 * first `alt` counts, as in HTML; words inside another attribute's value (`title="the alt"`) are not one.
 */
export function htmlAltShows(attributes: string): boolean {
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    if (m[1]?.toLowerCase() !== 'alt') continue;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    return hasVisibleText(value.includes('&') ? parseEntities(value) : value);
  }
  return false;
}
