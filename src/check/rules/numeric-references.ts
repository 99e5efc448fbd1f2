/**
 * Numeric character references the renderer reads otherwise than the editor meant (round 13, finding 11). The
 * HTML spec and browsers read `&#128;`–`&#159;` as Windows-1252 (`&#146;` is ’, `&#151;` is —), as text exported
 * from old CMSs and Word HTML is full of; CommonMark (and so our renderer) reads them as the replacement character
 * �, like `&#0;`, a surrogate (`&#xD800;`) and a number past Unicode (`&#x110000;`). `&#13;` puts a raw carriage
 * return in the page. Each is refused with what to write instead, one line, like the references to invisible
 * characters (char-references.ts). Raw HTML is read by the HTML spec (rehype-raw), so there `&#146;` is ’ as the
 * editor meant: a reference inside a raw HTML block or tag is left to the other rules (misreadIn). Text fields print
 * any reference as typed: field-references.ts.
 */
import type { Nodes } from 'mdast';
import { parseBody } from '#/markdown/body-tree.ts';
import { htmlScanProblem } from '#/markdown/html-scan-cost.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { amplificationOf, type Amplification } from './amplification.ts';
import { numberOf } from './reference-syntax.ts';

/** Windows-1252 at 0x80–0x9F: what `&#128;`–`&#159;` meant; a space where the code page has no character. */
const CP1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';
/** The named reference for each, for editors who prefer to type references. */
const NAMES: Readonly<Record<string, string>> = {
  '€': 'euro', '‚': 'sbquo', 'ƒ': 'fnof', '„': 'bdquo', '…': 'hellip', '†': 'dagger', '‡': 'Dagger', 'ˆ': 'circ', '‰': 'permil', 'Š': 'Scaron',
  '‹': 'lsaquo', 'Œ': 'OElig', 'Ž': 'Zcaron', '‘': 'lsquo', '’': 'rsquo', '“': 'ldquo', '”': 'rdquo', '•': 'bull', '–': 'ndash', '—': 'mdash',
  '˜': 'tilde', '™': 'trade', 'š': 'scaron', '›': 'rsaquo', 'œ': 'oelig', 'ž': 'zcaron', 'Ÿ': 'Yuml',
};

/** Why the renderer does not read `reference` as the character it seems to name, with the fix; else undefined. */
export function misreadReference(reference: string): string | undefined {
  const n = numberOf(reference);
  if (n === undefined) return undefined;
  const shown = `the character reference ${reference}`;
  if (n >= 0x80 && n <= 0x9f) {
    const meant = CP1252[n - 0x80] ?? ' ';
    if (meant === ' ') return `${shown} is read as � (the replacement character) here, and stands for no character in old Windows text either; remove it`;
    return `${shown} is read as � (the replacement character) here, not as ${meant} (what it meant in old Windows text, and in a browser); write ${meant} (or &${NAMES[meant]};)`;
  }
  if (n === 0) return `${shown} is read as � (the replacement character) here: no character has the number 0; remove it`;
  if (n === 13) return `${shown} is a carriage return, which would put a raw line-ending character in the page; remove it (start a new line, or end the line with a backslash for a line break)`;
  if (n >= 0xd800 && n <= 0xdfff) return `${shown} names half of a UTF-16 surrogate pair, not a character, so it is read as � (the replacement character); write the character itself (a reference names its whole code point, e.g. &#x1F600;)`;
  if (n > 0x10ffff) return `${shown} is past the last Unicode character (U+10FFFF), so it is read as � (the replacement character); fix the number or write the character itself`;
  return undefined;
}

const isWindows1252 = (reference: string) => {
  const n = numberOf(reference);
  return n !== undefined && n >= 0x80 && n <= 0x9f;
};

/**
 * `misreadReference` for the references of one body (`text`: the body, code blanked): a Windows-1252 reference
 * inside raw HTML (a block, or a tag's attribute) is read as the HTML spec reads it, so it is not misread. Where raw
 * HTML stands is read from the renderer's own parse, made only for a body holding such a reference (and only one
 * within the nesting, amplification and scan limits; any other is refused by those rules already). `amplification`:
 * the body's answer to the amplification limits when the caller has it (body-rules.ts), else asked of `text`.
 */
export function misreadIn(text: string, amplification?: Amplification): (reference: string, index: number) => string | undefined {
  let html: [number, number][] | undefined;
  const inHtml = (index: number) => {
    html ??= rawHtmlRanges(text, amplification ?? amplificationOf(text, 1));
    return html.some(([from, to]) => from <= index && index < to);
  };
  return (reference, index) => {
    const problem = misreadReference(reference);
    return problem && isWindows1252(reference) && text.includes('<') && inHtml(index) ? undefined : problem;
  };
}

/** Offsets of the raw HTML (blocks and inline tags) in the renderer's parse of `text`, in order. */
function rawHtmlRanges(text: string, amplification: Amplification): [number, number][] {
  if (nestingProblem(text) || htmlScanProblem(text) || amplification().length) return [];
  const ranges: [number, number][] = [];
  const stack: Nodes[] = [parseBody(text)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'html' && node.position) ranges.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
    else if ('children' in node) for (const c of node.children) stack.push(c as Nodes);
  }
  return ranges;
}
