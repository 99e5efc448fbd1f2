/**
 * GFM footnotes with a bounded look-back. micromark-extension-gfm-footnote recognises a footnote call written
 * right after "!" (`Wow![^1]`) by walking back through every event of the paragraph at each "]" until it meets
 * a link or image opener; a paragraph of "](" × 500,000 (or any flood of "]") made that quadratic: minutes for
 * one file. A call's opener sits within a few events of its "]" (the label is `^id`), so the walk is first tried
 * over the last LOOK_BACK events; when the opener is not among them, there is no footnote call here.
 *
 * The extension also keeps the labels defined so far in an array it searches at every definition and call
 * (`defined.includes`): 2,400 footnotes, as many as the markup limit allows, cost ~0.25 s of that alone (round 21).
 * Each tokenizer here first gives the parse a list with the same `push`/`includes` answered from a Set.
 */
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Construct, Extension, Tokenizer } from 'micromark-util-types';

const LOOK_BACK = 256;
const STOPS = new Set(['labelImage', 'gfmFootnoteCall', 'labelLink', 'label', 'image', 'link']);

/** The footnote labels a parse has defined: an array to the extension, a Set to look up. */
class DefinedLabels extends Array<string> {
  readonly #labels = new Set<string>();
  override push(...labels: string[]): number {
    for (const label of labels) this.#labels.add(label);
    return super.push(...labels);
  }
  override includes(label: string): boolean {
    return this.#labels.has(label);
  }
}

/** `tokenize`, run once the parse holds its labels in a {@link DefinedLabels}. */
function withDefinedLabels(tokenize: Tokenizer): Tokenizer {
  return function (effects, ok, nok) {
    const parser = this.parser as { gfmFootnotes?: string[] };
    if (!(parser.gfmFootnotes instanceof DefinedLabels)) parser.gfmFootnotes = DefinedLabels.from(parser.gfmFootnotes ?? []) as DefinedLabels;
    return tokenize.call(this, effects, ok, nok);
  };
}

export function boundedGfmFootnote(): Extension {
  const ext = gfmFootnote();
  const text = ext.text as Record<number, Construct>;
  const document = ext.document as Record<number, Construct>;
  const potential = text[93];
  const call = text[91];
  const definition = document[91];
  if (!potential?.tokenize || !call?.tokenize || !definition?.tokenize) return ext;
  const original = withDefinedLabels(potential.tokenize);
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
  return {
    ...ext,
    document: { ...document, 91: { ...definition, tokenize: withDefinedLabels(definition.tokenize) } },
    text: { ...text, 91: { ...call, tokenize: withDefinedLabels(call.tokenize) }, 93: { ...potential, tokenize } },
  };
}
