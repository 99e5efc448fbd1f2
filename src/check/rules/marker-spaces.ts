/**
 * A heading or list item whose marker is followed by a no-break space (round 13, finding 4), as word processors
 * paste them: `##␣Key figures`, `-␣first item`, `1.␣first`. CommonMark reads a block marker only before a space
 * or a tab, so the page prints "## Key figures" in a paragraph (no heading, no id, not in the outline) and the list
 * as one run-on paragraph of "- …" lines. A no-break space before the marker (`>␣## Key figures`, a quote whose
 * first character is one) hides it the same way. Candidates on the lines as written; the parse confirms the marker
 * is text (typed-markup.ts), so code and HTML blocks never count.
 */
import { MARKERS } from './note-skeleton.ts';
import { linesOf, NO_BREAK, NO_BREAK_SPACES, spaceName, type Candidate } from './printed-as-typed.ts';

const MARKER = new RegExp(`^([${NO_BREAK_SPACES}]*)(#{1,6}|[-+*]|\\d{1,9}[.)])([${NO_BREAK_SPACES} \\t]?)`);

function kind(marker: string): string {
  if (marker.startsWith('#')) return 'heading';
  return /\d/.test(marker) ? 'numbered list item' : 'list item';
}

/** Candidates in `text`, one per line at most. */
export function* markerSpaces(text: string): Generator<Candidate> {
  for (const [line, start] of linesOf(text)) {
    if (!NO_BREAK.test(line)) continue;
    const lead = MARKERS.exec(line)?.[0].length ?? 0;
    const found = markerSlip(line.slice(lead));
    if (found) yield { at: start + lead + found.offset, confirm: [start + lead + found.offset], message: () => found.message };
  }
}

function markerSlip(words: string): { offset: number; message: string } | undefined {
  const m = MARKER.exec(words);
  if (!m) return undefined;
  const [, before = '', marker = '', after = ''] = m;
  const offset = before.length;
  const what = `this ${kind(marker)} is printed as typed`;
  if (NO_BREAK.test(after)) {
    // `*␣word*` is emphasis gone wrong, not a list item: emphasis-slips.ts names it.
    if (marker === '*' && words.indexOf('*', offset + 2) !== -1) return undefined;
    return { offset, message: `${what}: the space after ${marker} is ${spaceName(after)}; retype it as an ordinary space` };
  }
  if (before && after) return { offset, message: `${what}: ${spaceName(before[0] ?? '')} stands before ${marker}; delete it` };
  return undefined;
}
