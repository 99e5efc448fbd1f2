/**
 * Rules on an article body that catch words readers would silently lose (desk notes that do not close where the
 * page needs them to are desk-notes.ts, on the parsed body): a body with nothing visible in it
 * (only comments, invisible characters or rules), control and invisible characters (invisible-in-body.ts), and text in angle brackets that parses as
 * an HTML tag no page keeps (`<Acting Minister>`, `<name withheld>`). Code is skipped. Every scan is one pass.
 */
import { positionFinder } from '#/check/text-position.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import { blankCode } from '#/check/link-scan.ts';
import type { Position } from '#/check/frontmatter.ts';
import { codePoint, LOST_CHARS, lostCharMessage, NOT_TEXT, SELECTOR_RUN } from './invisible-chars.ts';
import { droppedElements, showsWords } from './dropped-words.ts';
import { referencedCharacters } from './char-references.ts';
import { matchesOf, onePerLine } from './each-line.ts';
import { invisibleCharsInBody } from './invisible-in-body.ts';
import { droppedAttributeText } from './dropped-attributes.ts';
import { hiddenMarkup } from './hidden-markup.ts';
import { hiddenElements } from './hidden-elements.ts';
import { reversedText } from './reversed-text.ts';
import { struckText } from './struck-text.ts';
import { droppedMedia } from './dropped-media.ts';
import type { Amplification } from './amplification.ts';
import { indentedProse } from './indented-prose.ts';
import { GLUED_WORDS, GLUED_WORDS_MESSAGE } from './glued-words.ts';
import { CHARACTER_POINTS, longCharacters } from './graphemes.ts';
import { mojibakeRuns } from './mojibake.ts';

export interface BodyProblem {
  message: string;
  pos: Position;
  /** Default: an error. */
  severity?: 'error' | 'warning';
}

/** Real HTML elements the sanitiser removes on purpose (README: "HTML in articles"); other names are not HTML. */
const KNOWN_HTML = new Set([
  ...(sanitizeSchema.tagNames ?? []),
  ...(sanitizeSchema.strip ?? []),
  ...'html head body meta link base style form input label video audio source track picture canvas center font marquee nav main article aside header footer address dialog map area param fieldset legend option optgroup datalist output meter progress frame frameset tt big strike acronym hgroup search menu slot portal blink nobr image'.split(' '),
]);

// An open or closing tag as CommonMark reads it (name, then attributes: `<Acting Minister>` is a tag `acting`).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[ \t\n]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?){0,20})[ \t\n]*\/?>/g;
// Bidi embeddings, overrides and isolates: refused in bodies as in fields. They make text (and code: "Trojan
// Source") display in another order than it is written and carry on into feeds; LRM/RLM marks stay allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const RULE_LINE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/gm;

/** `amplification`: the body's answer to the amplification limits, when the caller has it (body-rules.ts). */
/** Comments blanked with spaces (line breaks kept); `unclosed`: one runs to the end of the body. */
function blankComments(text: string): { text: string; unclosed: boolean } {
  if (!text.includes('<!--')) return { text, unclosed: false };
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return { text: out + text.slice(from, open) + text.slice(open).replace(/[^\n]/g, ' '), unclosed: true };
    out += text.slice(from, open) + text.slice(open, close + 3).replace(/[^\n]/g, ' ');
    from = close + 3;
  }
  return { text: out + text.slice(from), unclosed: false };
}

/**
 * The line for a body that shows no words. A body whose only words are code is usually a story pasted with every
 * line indented (four spaces make a code block) or wrapped in fences: the page shows it as typed in a monospace
 * box, and listings, feeds and search get no lead (round 21: it was told "write the story", which it had).
 */
function noVisibleText(body: string): string | undefined {
  const code = blankComments(body).text.replace(RULE_LINE, '');
  if (!showsWords(code)) return 'the article has no visible text (only notes, rules or invisible characters); write the story below the closing "---"';
  const fenced = /^[ \t\r\n]*(?: {0,3})(`{3,}|~{3,})/.exec(code);
  // A pasted paragraph of prose gets interrupted-paragraphs.ts's line, which quotes it: one line for one slip.
  if (!fenced && indentedProse(code.replace(/^\s+/, ''))) return undefined;
  return fenced
    ? `the article is only a code block (between "${fenced[1]}" fences), which the page shows as typed in a monospace box, with no lead for listings, feeds or search; remove the fence lines so the story reads as paragraphs, or write the story outside them`
    : 'the article is only a code block (its lines are indented by four spaces or a tab, which Markdown shows as typed in a monospace box, with no lead for listings, feeds or search); remove the indentation so the story reads as paragraphs';
}

export function checkBodyText(body: string, bodyLine: number, amplification?: Amplification): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const pos: (offset: number) => Position = positionFinder(body, bodyLine);

  // Controls and the invisible characters fields refuse (one definition), code included: invisible-in-body.ts.
  problems.push(...invisibleCharsInBody(body, pos));

  // Each rule reports every line it finds something on (one run shows them all), capped: each-line.ts.
  const more = (what: string) => (lines: number) => `…and ${lines} more line${lines === 1 ? '' : 's'} below with ${what}; remove them too`;
  const each = (pattern: RegExp, message: (match: string) => string, what: string) => problems.push(...onePerLine(matchesOf(pattern, body, message), pos, more(what)));
  each(NOT_TEXT, (c) => `contains ${codePoint(c)}, which is not a text character (feeds and validators refuse it); retype the text without it`, 'characters that are not text');
  each(LOST_CHARS, lostCharMessage, 'lost characters (U+FFFD, U+FFFC)');
  each(SELECTOR_RUN, () => 'contains a run of invisible variation selectors (hidden data); retype the text without them', 'runs of variation selectors');
  each(
    BIDI_CONTROL,
    (c) => `contains the bidirectional control character ${codePoint(c)}, which makes the text display in another order than it is written; remove it (mixed-direction text needs at most the marks U+200E/U+200F)`,
    'bidirectional control characters',
  );

  // Marks stacked on one letter (Zalgo text) spill over the lines around it; fields bound them too (round 36 F7).
  const stacked = function* () {
    for (const c of longCharacters(body)) {
      yield {
        index: c.index,
        message: c.emoji
          ? `an emoji sequence here joins ${c.points.toLocaleString('en-US')} code points (emoji joined by U+200D), more than any drawn as one character (the limit is ${CHARACTER_POINTS}); split it into separate emoji or shorten it`
          : `a character here carries ${(c.points - 1).toLocaleString('en-US')} marks stacked on it (the limit is ${CHARACTER_POINTS} code points a character), which spill over the lines around it; remove the stacked marks`,
      };
    }
  };
  problems.push(...onePerLine(stacked(), pos, more('stacked marks or over-long emoji sequences')));

  // A warning: the words are all published, but phones break them in the middle (glued-words.ts).
  if (body.includes('\u00a0')) for (const p of onePerLine(matchesOf(GLUED_WORDS, blankCode(body), () => `the paragraph ${GLUED_WORDS_MESSAGE}`), pos, more('words joined by no-break spaces'))) problems.push({ ...p, severity: 'warning' });

  // A warning: text saved in the wrong encoding ("Ã©" for "é"), outside code (mojibake.ts, round 36 F2).
  for (const p of onePerLine(mojibakeRuns(blankCode(body)), pos, more('text saved in the wrong encoding'))) problems.push({ ...p, severity: 'warning' });

  // Comments (outside code) blanked with spaces, keeping offsets, for the rules below; whether each note closes
  // where the page needs it to is judged on the parsed body (desk-notes.ts).
  let text = blankCode(body);
  // `&#x202E;` or `&ZeroWidthSpace;` is the character itself once rendered: the same rules apply (code keeps them as text).
  if (text.includes('&')) problems.push(...onePerLine(referencedCharacters(text, amplification), pos, more('such character references')));
  const commentless = blankComments(text);
  text = commentless.text;

  if (!commentless.unclosed && body.trim() !== '' && !showsWords(text.replace(RULE_LINE, ''))) {
    const message = noVisibleText(body);
    if (message) problems.push({ message, pos: { line: bodyLine, column: 1 } });
  }

  const dropped = droppedElements(text);
  for (const d of dropped) {
    if (d.words === '') continue;
    const words = d.words.length > 40 ? `${d.words.slice(0, 40)}…` : d.words;
    const message = d.closed
      ? `<${d.name}> holds words the page drops with it ("${words}"): pages keep no scripts, styles, frames, templates, form controls, <xmp>, embedded objects, SVG or MathML; write the words as text, or remove the element`
      : `<${d.name}> is never closed, so the page drops it with the words after it ("${words}"); close it with </${d.name}> or remove it, and write the words as text`;
    problems.push({ message, pos: pos(d.start) });
  }
  for (const a of droppedAttributeText(text, dropped)) problems.push({ message: a.message, pos: pos(a.offset) });
  // A warning: nothing of them is published, but the editor meant something to show.
  for (const m of droppedMedia(text, dropped.filter((d) => d.words !== ''))) problems.push({ message: m.message, pos: pos(m.offset), severity: 'warning' });
  for (const h of hiddenMarkup(text)) problems.push({ message: h.message, pos: pos(h.offset) });
  if (text.includes('<')) for (const h of [...hiddenElements(text), ...reversedText(text), ...struckText(text)]) problems.push({ message: h.message, pos: pos(h.offset) });

  if (text.includes('<')) {
    let next = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      const name = (m[2] ?? '').toLowerCase();
      if (KNOWN_HTML.has(name)) continue;
      // Inside an element already reported with its words (SVG's `<text>`, MathML's `<mi>`): one line is enough.
      while (next < dropped.length && dropped[next]!.end <= m.index) next++;
      if (next < dropped.length && dropped[next]!.start <= m.index) continue;
      const shown = m[0].replace(/\s+/g, ' ');
      problems.push({
        message: `${JSON.stringify(shown)} reads as an HTML tag, which the page drops with its words; write ${JSON.stringify(shown.replace("<", "&lt;"))} or drop the angle brackets`,
        pos: pos(m.index),
      });
    }
  }
  return problems;
}
