/**
 * GFM footnotes with a bounded look-back. micromark-extension-gfm-footnote recognises a footnote call written
 * right after "!" (`Wow![^1]`) by walking back through every event of the paragraph at each "]" until it meets
 * a link or image opener; a paragraph of "](" × 500,000 (or any flood of "]") made that quadratic: minutes for
 * one file. A call's opener sits within a few events of its "]" (the label is `^id`), so the walk is first tried
 * over the last LOOK_BACK events; when the opener is not among them, there is no footnote call here.
 */
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Construct, Extension, Tokenizer } from 'micromark-util-types';

const LOOK_BACK = 256;
const STOPS = new Set(['labelImage', 'gfmFootnoteCall', 'labelLink', 'label', 'image', 'link']);

export function boundedGfmFootnote(): Extension {
  const ext = gfmFootnote();
  const text = ext.text as Record<number, Construct>;
  const potential = text[93];
  if (!potential?.tokenize) return ext;
  const original = potential.tokenize;
  const tokenize: Tokenizer = function (effects, ok, nok) {
    const events = this.events;
    const floor = Math.max(0, events.length - LOOK_BACK);
    for (let index = events.length - 1; index >= floor; index--) {
      if (STOPS.has((events[index] as (typeof events)[number])[1].type)) return original.call(this, effects, ok, nok);
    }
    // Nothing that could open a call (or stop the original's walk) within reach: the original would walk
    // further only to give up, or to find an opener too far back to hold a footnote label.
    return events.length > LOOK_BACK ? nok : original.call(this, effects, ok, nok);
  };
  return { ...ext, text: { ...text, 93: { ...potential, tokenize } } };
}
