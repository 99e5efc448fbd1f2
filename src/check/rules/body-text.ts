/**
 * Rules on an article body that catch words readers would silently lose: an HTML comment that is never closed
 * (CommonMark runs it to the end of the file, hiding the rest of the story), a body with nothing visible in it
 * (only comments, invisible characters or rules), control and invisible characters (invisible-in-body.ts), and text in angle brackets that parses as
 * an HTML tag no page keeps (`<Acting Minister>`, `<name withheld>`). Code is skipped. Every scan is one pass.
 */
import { positionFinder } from '#/check/text-position.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import { blankCode } from '#/check/link-scan.ts';
import type { Position } from '#/check/frontmatter.ts';
import { codePoint, NOT_TEXT, SELECTOR_RUN } from './invisible-chars.ts';
import { droppedElements, showsWords } from './dropped-words.ts';
import { referencedCharacter } from './char-references.ts';
import { invisibleCharsInBody } from './invisible-in-body.ts';

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
// Bidi embeddings, overrides and isolates: refused in bodies as in fields. They make text (and code: "Trojan
// Source") display in another order than it is written and carry on into feeds; LRM/RLM marks stay allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const RULE_LINE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/gm;

export function checkBodyText(body: string, bodyLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const pos: (offset: number) => Position = positionFinder(body, bodyLine);

  // Controls and the invisible characters fields refuse (one definition), code included.
  problems.push(...invisibleCharsInBody(body, pos));

  const notText = NOT_TEXT.exec(body);
  if (notText) problems.push({ message: `contains ${codePoint(notText[0])}, which is not a text character (feeds and validators refuse it); retype the text without it`, pos: pos(notText.index) });
  const selectors = SELECTOR_RUN.exec(body);
  if (selectors) problems.push({ message: 'contains a run of invisible variation selectors (hidden data); retype the text without them', pos: pos(selectors.index) });

  let bidiCount = 0;
  for (const m of body.matchAll(BIDI_CONTROL)) {
    // One line per character would drown a pasted paragraph; the first few say where to look.
    if (++bidiCount > 3) break;
    problems.push({
      message: `contains the bidirectional control character ${codePoint(m[0])}, which makes the text display in another order than it is written; remove it (mixed-direction text needs at most the marks U+200E/U+200F)`,
      pos: pos(m.index),
    });
  }

  // Comments (outside code) blanked with spaces, keeping offsets; an unclosed one is reported.
  let text = blankCode(body);
  // `&#x202E;` or `&ZeroWidthSpace;` is the character itself once rendered: the same rules apply (code keeps them as text).
  const reference = text.includes('&') ? referencedCharacter(text) : undefined;
  if (reference) problems.push({ message: reference.message, pos: pos(reference.index) });
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

  const unclosed = problems.some((p) => p.message.startsWith('"<!--"'));
  if (!unclosed && body.trim() !== '' && !showsWords(text.replace(RULE_LINE, ''))) {
    problems.push({ message: 'the article has no visible text (only notes, rules or invisible characters); write the story below the closing "---"', pos: { line: bodyLine, column: 1 } });
  }

  for (const d of droppedElements(text)) {
    if (d.words === '') continue;
    const words = d.words.length > 40 ? `${d.words.slice(0, 40)}…` : d.words;
    problems.push({ message: `<${d.name}> holds words the page drops with it ("${words}"): pages keep no form controls, <xmp> or embedded objects; write the words as text, or remove the element`, pos: pos(d.start) });
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
