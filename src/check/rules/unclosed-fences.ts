/**
 * A fenced code block that is never closed (round 25b #6): CommonMark runs it to the end of its container, usually
 * the story, so every paragraph below a stray ``` (pasted from a chat tool, or a closing fence lost in an edit) is
 * shown as code, unwrapped in a monospace font, and left out of search. One line at the opening fence, naming how
 * many lines it swallows, when it runs to the story's end. A line scan finds bodies with a fence left open (most have none, or only closed ones);
 * the renderer's parse then decides (a fence in a list item or a quote ends with its container), on the shared
 * skeleton parse (skeleton-parse.ts), so its cost is bounded like the other parsed rules'.
 */
import type { Content, Parent } from 'mdast';
import { positionFinder } from '#/check/text-position.ts';
import { MARKERS } from './note-skeleton.ts';
import { parseSkeleton } from './skeleton-parse.ts';
import type { LineProblem } from './each-line.ts';

const FENCE = /^(`{3,}|~{3,})(.*)$/;

interface Fence { char: string; length: number }

/** The fence a line opens or closes with, after its container markers and indentation. */
function fenceOf(line: string): (Fence & { rest: string }) | undefined {
  const m = FENCE.exec(line.slice(MARKERS.exec(line)?.[0].length ?? 0));
  return m ? { char: m[1]![0]!, length: m[1]!.length, rest: m[2] ?? '' } : undefined;
}

const closes = (open: Fence, line: string) => {
  const f = fenceOf(line);
  return !!f && f.char === open.char && f.length >= open.length && f.rest.trim() === '';
};

/** Whether a fence may be left open: a cheap over-estimate that ignores containers (the parse decides). */
function mayBeOpen(body: string): boolean {
  if (!body.includes('```') && !body.includes('~~~')) return false;
  let open: Fence | undefined;
  for (const line of body.split('\n')) {
    if (open) {
      if (closes(open, line)) open = undefined;
      continue;
    }
    const f = fenceOf(line);
    // A backtick fence's info string holds no backtick (``` a ``` is a code span, not a fence).
    if (f && !(f.char === '`' && f.rest.includes('`'))) open = f;
  }
  return open !== undefined;
}

export function unclosedFences(body: string, bodyLine: number): LineProblem[] {
  if (!mayBeOpen(body)) return [];
  const parse = parseSkeleton(body);
  const pos = positionFinder(body, bodyLine);
  const lines = body.split('\n');
  let lastText = lines.length - 1;
  while (lastText > 0 && (lines[lastText] ?? '').trim() === '') lastText--;
  const out: LineProblem[] = [];
  const walk = (node: Content | Parent) => {
    if (node.type === 'code' && node.position) {
      const start = pos(parse.toBody(node.position.start.offset ?? 0));
      const end = pos(parse.toBody(node.position.end.offset ?? 0));
      const first = start.line - bodyLine;
      const last = end.line - bodyLine;
      const open = fenceOf(lines[first] ?? '');
      // Only a block that runs to the story's end: one left open inside a quote or a list item ends with it, and
      // what it shows as code is that container's own lines (often meant so).
      const unclosed = open && last >= lastText && !(last > first && closes(open, lines[last] ?? ''));
      const swallowed = unclosed ? lines.slice(first + 1, last + 1).filter((l) => l.slice(MARKERS.exec(l)?.[0].length ?? 0).trim() !== '').length : 0;
      if (open && swallowed > 0) {
        const fence = open.char.repeat(open.length);
        out.push({
          pos: { line: start.line, column: start.column },
          message: `the code block opened here with ${fence} is never closed, so the page shows the ${swallowed} line${swallowed === 1 ? '' : 's'} below it as code (unwrapped, in a monospace font) and search leaves ${swallowed === 1 ? 'it' : 'them'} out; put a closing ${fence} line after the code, or remove this line if it was pasted by mistake`,
        });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Content);
  };
  walk(parse.tree);
  return out;
}
