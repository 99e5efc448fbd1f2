/**
 * Raw HTML an editor (or the CMS, Google Docs or Word a story was pasted from) marked to be out of view: the
 * `hidden` attribute, a style or class that hides or blanks the words (`display:none`, white text, `font-size:0`,
 * `class="sr-only"`: hiding-styles.ts) or `<font color="white">`. The sanitiser removes the attribute and the style
 * and keeps the words, so an embargoed paragraph or a note to the desk is published to every reader, feed and the
 * search index (round 22, finding 2). One line per element with words (marked-elements.ts), quoting the first.
 */
import { firstWords, markedElements } from './marked-elements.ts';
import { hidingClass, hidingStyle, invisibleColour } from './hiding-styles.ts';

export interface HiddenElement {
  offset: number;
  message: string;
}

/** How a tag hides its content, in the words of the line (`hidden`, `style="display:none"` …), or undefined. */
export function hidingOf(name: string, attrs: readonly { name: string; value: string }[]): string | undefined {
  for (const { name: attr, value } of attrs) {
    if (attr === 'hidden') return 'hidden';
    if (attr === 'color' && name === 'font' && invisibleColour(value)) return `color="${value.trim()}"`;
    if (attr === 'style') {
      const style = hidingStyle(value);
      if (style) return style;
    }
    // A class that hides (round 24b #3): `<h2 class="sr-only">` stayed hidden on the page and was shown in feeds.
    const hiding = attr === 'class' ? hidingClass(value) : undefined;
    if (hiding) return `class="${hiding}"`;
  }
  return undefined;
}

export function hiddenElements(text: string): HiddenElement[] {
  return markedElements(text, hidingOf)
    .filter((e) => /[\p{L}\p{N}]/u.test(e.words))
    .map((e) => {
      const why = e.mark.startsWith('class=') ? 'feeds and search show the words whatever the class' : 'the attribute and the style are removed';
      return {
        offset: e.start,
        message: `<${e.name} ${e.mark}> marks "${firstWords(e.words)}" to be out of view, but pages keep no hidden or invisible text (${why}), so readers, feeds and search get the words; delete it, or keep the note for the desk as <!-- … -->, which is never published`,
      };
    });
}
