/**
 * The footnote calls and definitions the renderer reads in a body, from its own parse (src/markdown/body-tree.ts)
 * of the body's note skeleton (note-skeleton.ts, keeping every line that holds a `[`), so footnotes.ts judges the
 * same footnotes the page shows: `[ ^1]`, `[^1 ]`, `[^1` + NBSP + `]`, `[^ 1]:`, `[^1 2]`, a definition inside a
 * `<div>` block or a multi-line desk note are not footnotes there, whatever a pattern would make of them (round
 * 12, finding 8). Parsed only when the body holds a `^` in brackets, its skeleton is at most {@link MAX_SKELETON}
 * characters and within the check's nesting and markup limits (which bound the parse); otherwise undefined and
 * footnotes.ts keeps to its patterns.
 */
import type { Nodes, Root } from 'mdast';
import { parseBody } from '#/markdown/body-tree.ts';
import { htmlScanProblem } from '#/markdown/html-scan-cost.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { checkAmplification } from './amplification.ts';
import { noteSkeleton } from './note-skeleton.ts';

export interface ParsedFootnotes {
  /** Body offsets of the `[` of every footnote call. */
  calls: Set<number>;
  /** The labels called, as CommonMark matches them (footnotes.ts `normalise`d, without `^`). */
  calledLabels: string[];
  /** Body offsets where a footnote definition starts, and whether it holds no text. */
  definitions: Map<number, { label: string; empty: boolean }>;
  /** Raw HTML the parser read (blocks, comments, inline tags), as body offset ranges, with the text it starts with. */
  html: { start: number; end: number; value: string }[];
}

const KEEP = /\[/;
/**
 * The longest skeleton parsed: the parse costs up to ~10 ms of CPU a KB of kept lines on this machine (a 1 MB line holding one call took
 * 2.5–3.4 s), so a longer one is left to footnotes.ts's patterns, keeping the check of a file within its budget.
 */
const MAX_SKELETON = 20_000;

/**
 * The renderer's parse of the body's skeleton keeping every line with a `[` (and `text`, what it parsed), or
 * undefined past the limits above; shared with missing-references.ts (round 27b #1).
 */
export function bracketParse(body: string): { tree: Root; text: string; toBody: (offset: number) => number } | undefined {
  const skeleton = noteSkeleton(body, KEEP);
  const text = skeleton.text;
  if (text.length > MAX_SKELETON || htmlScanProblem(text) || nestingProblem(text) || checkAmplification(text, 1).length) return undefined;
  return { tree: parseBody(text), text, toBody: (offset) => skeleton.toBody(offset) };
}

export function parsedFootnotes(body: string): ParsedFootnotes | undefined {
  if (!/\[[^\]\n]{0,8}\^/.test(body)) return undefined;
  const parse = bracketParse(body);
  if (!parse) return undefined;
  const found: ParsedFootnotes = { calls: new Set(), calledLabels: [], definitions: new Map(), html: [] };
  const skeleton = parse;
  const at = (node: Nodes) => skeleton.toBody(node.position?.start.offset ?? 0);
  // Iterative: the tree's depth is bounded by the nesting limit, but a walker should not depend on it.
  const stack: Nodes[] = [parse.tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'footnoteReference') {
      found.calls.add(at(node));
      found.calledLabels.push(node.label ?? node.identifier);
    } else if (node.type === 'footnoteDefinition') {
      found.definitions.set(at(node), { label: node.label ?? node.identifier, empty: node.children.length === 0 });
    } else if (node.type === 'html') {
      found.html.push({ start: at(node), end: skeleton.toBody(node.position?.end.offset ?? 0), value: node.value });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
  return found;
}
