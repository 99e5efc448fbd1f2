/**
 * Emphasis and strikethrough that the page prints as typed (round 13, finding 4): `**␣sharply**` and `*sharply␣*`
 * (a no-break space inside the pair), `~~␣old~~`, and the flanking slips of CommonMark (spec 6.2): a closing run
 * right after punctuation and right before a letter does not close (`**Note:**Prices`, Dari `**«کابل»**ها` with
 * its suffix written on, `*“plan”*s`), nor does an opening run right after a letter and before punctuation.
 *
 * Found on the lines as written: the `*` and `~~` runs of a line (not escaped, not its list marker) are paired in
 * order, each with the next run of the same characters; a pair is a slip when exactly one of its runs cannot do
 * its part, for a reason the line can name (a pair that fails at both ends, `5 * 3 * 2`, was never emphasis). A
 * space inside the pair is the reason only when the run stands between spaces (`** sharply**`; in `~~a ~~b` the
 * second run opens something else), and an ordinary one only for `**`, `***` and `~~` (a lone `*` between spaces
 * is arithmetic as often as a slip). The parse then confirms both runs are still text (typed-markup.ts). One pass
 * over each line's runs.
 *
 * Underscores (round 15) follow the same flanking rules and CommonMark's own for `_` on top: a run that is both left-
 * and right-flanking (inside a word, `snake_case_name`) neither opens nor closes, and that is never named as a slip
 * (a name or a path is printed as typed on purpose); `__Note:__Prices` and `_“plan”_s` are, as their `*` forms are.
 * A pair failing at both ends is named when it is CJK emphasis round punctuation (`は**「…」**と`, round 22).
 */
import { MARKERS } from './note-skeleton.ts';
import { truncateGraphemes } from './graphemes.ts';
import { linesOf, NO_BREAK, spaceName, type Candidate } from './printed-as-typed.ts';

type Side = 'space' | 'punct' | 'other';

interface Run {
  start: number;
  end: number;
  /** `*`, `**`, `***`, `_`, `__`, `___` or `~~`. */
  text: string;
  before: string;
  after: string;
}

const SPACE = /^\s$/u;
const PUNCT = /^[\p{P}\p{S}]$/u;
const RUN = /(\\*)((?:\*{1,3}|~~)(?![*~])|_{1,3}(?!_))/g;
/** Delimiters of emphasis and code: a run beside one is part of a tangle (`_a*_a*`), not a slip the line can name. */
const DELIMITER = /^[*_~`]$/;

function side(c: string): Side {
  if (c === '' || SPACE.test(c)) return 'space';
  return PUNCT.test(c) ? 'punct' : 'other';
}

/** CommonMark's left- and right-flanking runs (6.2); GFM's strikethrough opens on the same terms. */
const leftFlanking = (r: Run) => side(r.after) !== 'space' && !(side(r.after) === 'punct' && side(r.before) === 'other');
const rightFlanking = (r: Run) => side(r.before) !== 'space' && !(side(r.before) === 'punct' && side(r.after) === 'other');
/** `_` also needs not to stand inside a word: a run flanking both ways opens only after punctuation, closes only before it. */
const canOpen = (r: Run) => leftFlanking(r) && (r.text[0] !== '_' || !rightFlanking(r) || side(r.before) === 'punct');
const canClose = (r: Run) => rightFlanking(r) && (r.text[0] !== '_' || !leftFlanking(r) || side(r.after) === 'punct');

const AS: Record<string, [noun: string, open: string, close: string]> = {
  '*': ['italics', '<em>', '</em>'],
  '**': ['bold', '<strong>', '</strong>'],
  '***': ['bold italics', '<strong><em>', '</em></strong>'],
  _: ['italics', '<em>', '</em>'],
  __: ['bold', '<strong>', '</strong>'],
  ___: ['bold italics', '<strong><em>', '</em></strong>'],
  '~~': ['strikethrough', '<del>', '</del>'],
};

/** The character before `at` and the one at `at`, whole (an emoji or a letter outside the BMP is one); '' at an end. */
function charBefore(line: string, at: number): string {
  if (at === 0) return '';
  const low = line.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? line.slice(at - 2, at) : line.slice(at - 1, at);
}
function charAt(line: string, at: number): string {
  return at >= line.length ? '' : String.fromCodePoint(line.codePointAt(at) ?? 32);
}

function runsOf(line: string, from: number): Run[] {
  const runs: Run[] = [];
  RUN.lastIndex = from;
  for (let m = RUN.exec(line); m; m = RUN.exec(line)) {
    const escapes = m[1]?.length ?? 0;
    const start = m.index + escapes;
    const text = m[2] ?? '';
    // A run longer than three stars is part of a rule or a flood (the markup limits bound them), never a slip here.
    if (escapes % 2 === 1 || (text[0] === '_' ? line[start - 1] === '_' : line[start - 1] === '*' || line[start - 1] === '~')) continue;
    runs.push({ start, end: start + text.length, text, before: charBefore(line, start), after: charAt(line, start + text.length) });
  }
  return runs;
}

/**
 * Why a run cannot open (or close), when the line can say so. A space is the reason only for a run that can do
 * neither (spaces on both sides): `~~a ~~b` has a second opener, not a closer with a space before it.
 */
function openSlip(r: Run): string | undefined {
  if (side(r.after) === 'space' && canClose(r)) return undefined;
  if (NO_BREAK.test(r.after)) return `${spaceName(r.after)} follows the opening ${r.text}; delete it`;
  if (side(r.after) === 'space') return r.text === '*' || r.text === '_' ? undefined : `a space follows the opening ${r.text}; delete it`;
  // The flanking reason only: an `_` inside a word (flanking both ways) is printed as typed on purpose.
  if (!leftFlanking(r) && !DELIMITER.test(r.after)) return `an opening ${r.text} right after a letter or digit ("${r.before}") and right before punctuation ("${r.after}") does not open; put a space before it, or`;
  return undefined;
}
function closeSlip(r: Run): string | undefined {
  if (side(r.before) === 'space' && canOpen(r)) return undefined;
  if (NO_BREAK.test(r.before)) return `${spaceName(r.before)} comes before the closing ${r.text}; delete it`;
  if (side(r.before) === 'space') return r.text === '*' || r.text === '_' ? undefined : `a space comes before the closing ${r.text}; delete it`;
  if (!rightFlanking(r) && !DELIMITER.test(r.before)) return `a closing ${r.text} right after punctuation ("${r.before}") and right before a letter or digit ("${r.after}") does not close; put a space after it, or`;
  return undefined;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Emphasis round a quotation or title in Chinese or Japanese (`は**「…」**と`, round 22, finding 17): both runs fail
 * for the flanking reason alone (a letter outside, punctuation inside), with a CJK letter outside one of them. Where
 * words are spaced such a pair is a slip of both ends at once and rare; in CJK it is how intended emphasis fails.
 */
function cjkFlankingSlip(open: Run, close: Run): boolean {
  const letterOutside = side(open.before) === 'other' && side(close.after) !== 'space' && side(open.after) === 'punct' && side(close.before) === 'punct';
  return letterOutside && open.text[0] !== '_' && (CJK.test(open.before) || CJK.test(close.after)) && !DELIMITER.test(open.after) && !DELIMITER.test(close.before);
}

function message(open: Run, close: Run, line: string, reason: string): string {
  const [noun, start, end] = AS[open.text] ?? ['emphasis', '', ''];
  const inner = truncateGraphemes(line.slice(open.end, close.start).trim(), 40);
  // A flanking slip is fixed by a space or by HTML, which has no flanking rules: `<strong>Note:</strong>Prices`.
  const fix = reason.endsWith(', or') ? ` write ${start}${inner}${end} instead` : '';
  return `the ${open.text} here is printed as typed, not as ${noun}: ${reason}${fix}`;
}

/** Candidates in `text`: one per slipped pair, at the run that cannot do its part. */
export function* emphasisSlips(text: string): Generator<Candidate> {
  for (const [line, start] of linesOf(text)) if (line.includes('*') || line.includes('~~') || line.includes('_')) yield* slipsIn(line, start);
}

function* slipsIn(line: string, lineStart: number): Generator<Candidate> {
  const runs = runsOf(line, MARKERS.exec(line)?.[0].length ?? 0);
  // The next run of the same characters after each run: one pass from the end.
  const next: (number | undefined)[] = [];
  const seen = new Map<string, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    next[i] = seen.get(runs[i]!.text);
    seen.set(runs[i]!.text, i);
  }
  const used = new Set<number>();
  for (let i = 0; i < runs.length; i++) {
    const j = next[i];
    if (used.has(i) || j === undefined) continue;
    const open = runs[i]!;
    const close = runs[j]!;
    const opens = canOpen(open);
    const closes = canClose(close);
    if (opens && closes) {
      used.add(j);
      continue;
    }
    // A pair that fails at both ends, or whose good end stands against another delimiter, was never emphasis; but
    // one with a no-break space inside at both ends (`**␣sharply␣**`) was.
    if (!opens && !closes) {
      if (cjkFlankingSlip(open, close)) {
        used.add(j);
        const [noun, start, end] = AS[open.text] ?? ['emphasis', '', ''];
        const text = `the ${open.text} here is printed as typed, not as ${noun}: a run between a letter and punctuation neither opens nor closes (CommonMark's flanking rule), and Chinese and Japanese put no spaces around it; write ${start}${truncateGraphemes(line.slice(open.end, close.start).trim(), 40)}${end} instead`;
        yield { at: lineStart + open.start, confirm: [lineStart + open.start, lineStart + close.start], message: () => text };
        continue;
      }
      if (!NO_BREAK.test(open.after) || !NO_BREAK.test(close.before)) continue;
      used.add(j);
      const text = message(open, close, line, `${spaceName(open.after)} follows the opening ${open.text} and ${spaceName(close.before)} comes before the closing one; delete them`);
      yield { at: lineStart + open.start, confirm: [lineStart + open.start, lineStart + close.start], message: () => text };
      continue;
    }
    if (opens ? DELIMITER.test(open.before) : DELIMITER.test(close.after)) continue;
    const reason = opens ? closeSlip(close) : openSlip(open);
    used.add(j);
    if (!reason) continue;
    const at = opens ? close : open;
    const text = message(open, close, line, reason);
    yield { at: lineStart + at.start, confirm: [lineStart + open.start, lineStart + close.start], message: () => text };
  }
}
