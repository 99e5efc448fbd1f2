/**
 * A list pasted from Word, Google Docs, Outlook or a PDF (round 22, finding 12): its items start with a marker
 * Markdown does not read, followed by a space or tab, so consecutive items are one run-on paragraph on the page
 * ("• first • second • third"), like the no-break space after `-` (marker-spaces.ts). Such markers: a bullet
 * character (`•`, `◦`, `▪`, `‣`, `·`), a dash (`–`, `—`: Outlook and PDFs), letters in order (`a)`, `(b)`, `c.`:
 * Markdown has no lettered lists) and numbers in other digits (`١.`, `۲)`, `३.`: Markdown reads ASCII digits only).
 * One line per run of two or more such lines of one kind, at its first; a lone line reads as typed and passes, and
 * letters or numbers must count up from one item to the next. The parse confirms the first two markers are text
 * (typed-markup.ts), so code and HTML never count.
 */
import { MARKERS } from './note-skeleton.ts';
import { linesOf, type Candidate } from './printed-as-typed.ts';

export const BULLET_CHARS = '•◦▪‣·';
const DASHES = '–—';
const OTHER_DIGITS = '٠-٩۰-۹०-९০-৯０-９';
/** Text that may hold such a line (a cheap test before the scan). */
export const MAY_HOLD_PASTED_LIST = new RegExp(`(?:^|\\n)[ \\t>]*(?:[${BULLET_CHARS}${DASHES}]|\\(?[a-zA-Z][.)]|[${OTHER_DIGITS}]+[.)．])[ \\t\\u00A0]`);

type Kind = 'bullet' | 'letter' | 'digits';
interface Marker { kind: Kind; text: string; value: number }

const BULLET_LINE = new RegExp(`^([${BULLET_CHARS}${DASHES}])[ \\t\\u00A0]`);
const LETTER_LINE = /^(\(([a-zA-Z])\)|([a-zA-Z])[.)])[ \t\u00A0]/;
const DIGITS_LINE = new RegExp(`^([${OTHER_DIGITS}]{1,3})[.)．][ \\t\\u00A0]`);

/** The digit value of a decimal digit of any script (each script's digits are ten consecutive code points). */
function digitsValue(digits: string): number {
  let value = 0;
  for (const c of digits) {
    const code = c.codePointAt(0) ?? 0;
    const zero = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10].find((z) => code >= z && code <= z + 9) ?? code;
    value = value * 10 + (code - zero);
  }
  return value;
}

function markerOf(line: string): Marker | undefined {
  const bullet = BULLET_LINE.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1] ?? '•', value: 0 };
  const letter = LETTER_LINE.exec(line);
  if (letter) return { kind: 'letter', text: letter[1] ?? '', value: (letter[2] ?? letter[3] ?? 'a').toLowerCase().charCodeAt(0) - 96 };
  const digits = DIGITS_LINE.exec(line);
  if (digits) return { kind: 'digits', text: line.slice(0, digits[0].trimEnd().length), value: digitsValue(digits[1] ?? '') };
  return undefined;
}

/** Whether `next` continues a run whose last marker is `last`. */
function continues(last: Marker, next: Marker): boolean {
  if (last.kind !== next.kind) return false;
  return last.kind === 'bullet' ? last.text === next.text : next.value === last.value + 1;
}

function fix(first: Marker): string {
  if (first.kind === 'bullet') {
    const what = DASHES.includes(first.text) ? 'a dash, as Outlook and PDFs paste lists' : 'a bullet character, as Word and Google Docs paste lists';
    return `start with "${first.text}" (${what}), which Markdown does not read as a list marker; write "- " in place of each "${first.text}"`;
  }
  if (first.kind === 'letter') return `start with letters ("${first.text}" …), and Markdown has no lettered lists; write "1. ", "2. " … in their place (or "- ")`;
  return `start with numbers in non-ASCII digits ("${first.text}" …), and Markdown reads list numbers in ASCII digits only; write "1. ", "2. " … in their place`;
}

/** Candidates in `text`, one per run of pasted list lines. */
export function* pastedBullets(text: string): Generator<Candidate> {
  let run: { at: number; marker: Marker }[] = [];
  const end = function* (): Generator<Candidate> {
    const [first, second] = run;
    // A run of letters or numbers starts at the first one (a, ١): "b) … c) …" is prose more often than a list.
    if (first && second && (first.marker.kind === 'bullet' || first.marker.value === 1)) {
      const items = run.length;
      yield {
        at: first.at,
        confirm: [first.at, second.at],
        message: () => `this list is printed as one run-on paragraph: its ${items} lines ${fix(first.marker)}`,
      };
    }
    run = [];
  };
  for (const [line, start] of linesOf(text)) {
    const lead = MARKERS.exec(line)?.[0].length ?? 0;
    const marker = markerOf(line.slice(lead));
    const last = run.at(-1);
    if (marker && last && !continues(last.marker, marker)) yield* end();
    if (marker) run.push({ at: start + lead, marker });
    else yield* end();
  }
  yield* end();
}
