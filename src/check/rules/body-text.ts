/**
 * Rules on an article body that catch words readers would silently lose: an HTML comment that is never closed
 * (CommonMark runs it to the end of the file, hiding the rest of the story), a body with nothing visible in it
 * (only comments, invisible characters or rules), control characters, and text in angle brackets that parses as
 * an HTML tag no page keeps (`<Acting Minister>`, `<name withheld>`). Code is skipped. Every scan is one pass.
 */
import { positionFinder } from '#/check/text-position.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import { blankCode } from '#/check/link-scan.ts';
import type { Position } from '#/check/frontmatter.ts';
import { codePoint, hasVisibleText } from './invisible-chars.ts';

export interface BodyProblem {
  message: string;
  pos: Position;
}

/** Real HTML elements the sanitiser removes on purpose (README: "HTML in articles"); other names are not HTML. */
const KNOWN_HTML = new Set([
  ...(sanitizeSchema.tagNames ?? []),
  ...(sanitizeSchema.strip ?? []),
  ...'html head body meta link base style form input label video audio source track picture canvas center font marquee nav main article aside header footer address dialog map area param fieldset legend option optgroup datalist output meter progress frame frameset bdi bdo ruby rt rp tt big strike acronym hgroup search menu slot portal blink nobr image'.split(' '),
]);

// An open or closing tag as CommonMark reads it (name, then attributes: `<Acting Minister>` is a tag `acting`).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[ \t\n]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?){0,20})[ \t\n]*\/?>/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u{E0000}-\u{E007F}]/u;
const RULE_LINE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/gm;

export function checkBodyText(body: string, bodyLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const pos: (offset: number) => Position = positionFinder(body, bodyLine);

  const control = CONTROL.exec(body);
  if (control) problems.push({ message: `contains the invisible control character ${codePoint(control[0])}; retype the text without it`, pos: pos(control.index) });

  // Comments (outside code) blanked with spaces, keeping offsets; an unclosed one is reported.
  let text = blankCode(body);
  if (text.includes('<!--')) {
    let out = '';
    let from = 0;
    for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
      const close = text.indexOf('-->', open + 4);
      if (close === -1) {
        problems.push({ message: '"<!--" is never closed, so everything after it would be hidden from readers; close the note with "-->" or remove it', pos: pos(open) });
        out += text.slice(from, open) + text.slice(open).replace(/[^\n]/g, ' ');
        from = text.length;
        break;
      }
      out += text.slice(from, open) + text.slice(open, close + 3).replace(/[^\n]/g, ' ');
      from = close + 3;
    }
    text = out + text.slice(from);
  }

  const unclosed = problems.length > (control ? 1 : 0);
  if (!unclosed && body.trim() !== '' && !hasVisibleText(text.replace(RULE_LINE, ''))) {
    problems.push({ message: 'the article has no visible text (only notes, rules or invisible characters); write the story below the closing "---"', pos: { line: bodyLine, column: 1 } });
  }

  if (text.includes('<')) {
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      const name = (m[2] ?? '').toLowerCase();
      if (KNOWN_HTML.has(name)) continue;
      const shown = m[0].replace(/\s+/g, ' ');
      problems.push({
        message: `${JSON.stringify(shown)} reads as an HTML tag, which the page drops with its words; write ${JSON.stringify(shown.replace("<", "&lt;"))} or drop the angle brackets`,
        pos: pos(m.index),
      });
    }
  }
  return problems;
}
