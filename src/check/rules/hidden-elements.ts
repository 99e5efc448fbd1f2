/**
 * Raw HTML an editor (or the CMS, Google Docs or Word a story was pasted from) marked to be out of view: the
 * `hidden` attribute, a style that hides or blanks the words (`display:none`, `visibility:hidden`, white text,
 * `font-size:0`, `opacity:0`) or `<font color="white">`. The sanitiser removes the attribute and the style and
 * keeps the words, so an embargoed paragraph or a note to the desk is published to every reader, feed and the
 * search index (round 22, finding 2). One line per element with words (marked-elements.ts), quoting the first.
 */
import { firstWords, markedElements } from './marked-elements.ts';

export interface HiddenElement {
  offset: number;
  message: string;
}

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

export function hiddenElements(text: string): HiddenElement[] {
  return markedElements(text, hidingOf)
    .filter((e) => /[\p{L}\p{N}]/u.test(e.words))
    .map((e) => ({
      offset: e.start,
      message: `<${e.name} ${e.mark}> marks "${firstWords(e.words)}" to be out of view, but pages keep no hidden or invisible text (the attribute and the style are removed), so readers, feeds and search get the words; delete it, or keep the note for the desk as <!-- … -->, which is never published`,
    }));
}
