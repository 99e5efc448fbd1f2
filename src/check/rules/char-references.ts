/**
 * HTML character references in a body (`&#x202E;`, `&#8238;`, `&ZeroWidthSpace;`) become the characters they name
 * when the page renders, in the page and in every feed. The body rules on characters (invisible-chars.ts) would be
 * a formality if a reference could spell what the raw character may not: every such reference is found (the body
 * rules report the first on each line, src/check/rules/each-line.ts).
 */
import { parseEntities } from 'parse-entities';
import { codePoint, FORBIDDEN_CHARS, NOT_TEXT } from './invisible-chars.ts';
import { misreadIn } from './numeric-references.ts';
import type { Amplification } from './amplification.ts';
import { REFERENCE } from './reference-syntax.ts';

const SELECTOR = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;

export interface ReferenceProblem {
  message: string;
  /** Offset of the `&`. */
  index: number;
}

/**
 * Every reference in `text` (code already blanked) that stands for a character the body rules refuse, in order.
 * `amplification`: the body's answer to the amplification limits, when the caller has it (numeric-references.ts).
 */
export function* referencedCharacters(text: string, amplification?: Amplification): Generator<ReferenceProblem> {
  let previousSelectorEnd = -1;
  // A flood of one reference (`&amp;` × 200,000) is decoded once.
  const decoded = new Map<string, string>();
  const misreadReference = misreadIn(text, amplification);
  for (const m of text.matchAll(REFERENCE)) {
    // Read as � or a raw carriage return by the renderer, whatever a browser would make of it (numeric-references.ts).
    const misread = misreadReference(m[0], m.index);
    if (misread) {
      yield { message: misread, index: m.index };
      continue;
    }
    const char = decoded.get(m[0]) ?? parseEntities(m[0]);
    decoded.set(m[0], char);
    if (char === m[0] || [...char].length !== 1) continue;
    const index = m.index;
    const refuse = (why: string): ReferenceProblem => ({
      message: `the character reference ${m[0]} stands for ${codePoint(char)}, ${why}; remove it (a reference is refused where the character itself is)`,
      index,
    });
    if (/[\u202A-\u202E\u2066-\u2069]/.test(char)) yield refuse('a bidirectional control character, which makes the text display in another order than it is written');
    else if (FORBIDDEN_CHARS.test(char)) yield refuse('an invisible or control character');
    else if (NOT_TEXT.test(char)) yield refuse('which is not a text character (feeds and validators refuse it)');
    else if (SELECTOR.test(char)) {
      // A run of variation selectors (hidden data), whether referenced or raw next to the reference.
      const before = text.slice(Math.max(0, index - 2), index);
      const after = text.slice(index + m[0].length, index + m[0].length + 2);
      if (previousSelectorEnd === index || /[\uFE00-\uFE0F]$|[\u{E0100}-\u{E01EF}]$/u.test(before) || /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u.test(after)) {
        yield refuse('a variation selector in a run of them (hidden data)');
      }
      previousSelectorEnd = index + m[0].length;
    }
  }
}
