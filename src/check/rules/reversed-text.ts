/**
 * `<bdo dir>` around characters that run the other way (round 22, finding 3): an override draws every character in
 * its direction, so `<bdo dir="rtl">000,21</bdo>` shows "12,000" while feeds, search, screen readers and copy-paste
 * get "000,21" — the element form of U+202E, which bodies refuse. Digits or Latin letters under `dir="rtl"`, or
 * right-to-left letters under `dir="ltr"`, are an error; a `<bdo>` around text already in its direction changes
 * nothing a reader sees and passes (round 17 keeps the element). One line per element (marked-elements.ts).
 */
import { firstWords, markedElements } from './marked-elements.ts';
import { RIGHT_TO_LEFT_SCRIPTS } from '#/client/bidi-runs.ts';

export interface ReversedText {
  offset: number;
  message: string;
}

/** Characters a right-to-left override reverses for readers: digits, and letters of left-to-right scripts. */
const LEFT_TO_RIGHT = new RegExp(String.raw`[\p{Nd}]|(?![${RIGHT_TO_LEFT_SCRIPTS}])\p{L}`, 'u');
/** Letters of right-to-left scripts, which a left-to-right override shows backwards. */
const RIGHT_TO_LEFT = new RegExp(String.raw`(?=\p{L})[${RIGHT_TO_LEFT_SCRIPTS}]`, 'u');

const directionOf = (name: string, attrs: readonly { name: string; value: string }[]) => {
  if (name !== 'bdo') return undefined;
  const dir = attrs.find((a) => a.name === 'dir')?.value.trim().toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
};

export function reversedText(text: string): ReversedText[] {
  if (!/<bdo/i.test(text)) return [];
  const out: ReversedText[] = [];
  for (const e of markedElements(text, directionOf)) {
    const reversed = e.mark === 'rtl' ? LEFT_TO_RIGHT.test(e.words) : RIGHT_TO_LEFT.test(e.words);
    if (!reversed) continue;
    const what = e.mark === 'rtl' ? 'digits and left-to-right letters' : 'right-to-left letters';
    const seen = e.mark === 'rtl' ? ` (readers see "${firstWords([...e.words].reverse().join(''))}")` : '';
    out.push({
      offset: e.start,
      message: `<bdo dir="${e.mark}"> shows the ${what} in "${firstWords(e.words)}" in reverse order${seen}, while feeds, search, screen readers and copy-paste get them as written; remove the <bdo> and write the text in the order it is read (<bdi> keeps a name in another script in its own direction)`,
    });
  }
  return out;
}
