/**
 * Invisible characters typed (or pasted) raw into a body: the characters text fields refuse (one definition,
 * FORBIDDEN_CHARS in invisible-chars.ts) are refused in bodies too, as their character references are
 * (char-references.ts). A zero-width space splits a word for search (`Kab​ul` is not found as "Kabul"), a
 * run of them hides a megabyte of nothing, and invisible operators or tag characters smuggle text past readers
 * into pages and feeds. Code is included, as for bidi controls: an invisible character in a command or a URL
 * shown as code makes the copied text differ from what readers see. ZWNJ and ZWJ (Persian and Pashto spelling,
 * emoji sequences) and the direction marks stay allowed; bidi controls have their own rule (body-text.ts).
 * One pass over the body; a run of one character (50 × U+200B) is one line, the first three runs are
 * reported with line and column and the rest counted.
 */
import type { Position } from '#/check/frontmatter.ts';
import { describeChar, FORBIDDEN_CHARS, invisibleCharMessage } from './invisible-chars.ts';

const INVISIBLE = new RegExp(FORBIDDEN_CHARS.source, 'gu');
const BIDI = /^[\u202A-\u202E\u2066-\u2069]$/;
const SHOWN = 3;

export function invisibleCharsInBody(body: string, pos: (offset: number) => Position): { message: string; pos: Position }[] {
  const out: { message: string; pos: Position }[] = [];
  let runStart = -1;
  let runEnd = -1;
  let runChar = '';
  let runLength = 0;
  let more = 0;
  const flush = () => {
    if (runLength === 0) return;
    if (out.length < SHOWN) {
      const message = runLength === 1
        ? invisibleCharMessage(runChar)
        : `contains a run of ${runLength.toLocaleString('en-US')} invisible characters starting with ${describeChar(runChar)}; retype the text without them`;
      out.push({ message, pos: pos(runStart) });
    } else more++;
    runLength = 0;
  };
  for (const m of body.matchAll(INVISIBLE)) {
    const c = m[0];
    if (BIDI.test(c)) continue;
    if (m.index === runEnd) {
      runLength++;
    } else {
      flush();
      runStart = m.index;
      runChar = c;
      runLength = 1;
    }
    runEnd = m.index + c.length;
  }
  flush();
  if (more > 0 && out[SHOWN - 1]) {
    const last = out[SHOWN - 1]!;
    last.message += ` (and ${more.toLocaleString('en-US')} more place${more === 1 ? '' : 's'} in this body with invisible characters after this one)`;
  }
  return out;
}
