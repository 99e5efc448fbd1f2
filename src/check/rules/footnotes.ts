/**
 * Footnotes and reference definitions whose text or link would vanish without a word. Labels match as CommonMark
 * matches them (case-insensitively, runs of spaces as one), so `[^a]` and `[^A]` are one footnote:
 * - a second definition of a label is dropped by the renderer (error);
 * - a footnote definition no call refers to is not shown at all (error);
 * - a footnote call without a definition is printed as typed, `[^x]` (warning);
 * - a link reference definition `[x]: url` no link uses is a line the page does not show (unused-definitions.ts);
 * - a footnote call inside a link's text cannot link (error, footnote-in-link.ts).
 * One pass of bounded patterns over the body with code blanked: linear in its length.
 */
import type { Position } from '#/check/frontmatter.ts';
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { callsInLinkText, FOOTNOTE_IN_LINK_MESSAGE } from './footnote-in-link.ts';
import { referenceImages } from '#/check/reference-images.ts';
import { unusedDefinitions, type UnusedDefinition } from './unused-definitions.ts';

export interface FootnoteProblem {
  message: string;
  pos: Position;
  severity: 'error' | 'warning';
}

// A definition starts a line (up to three spaces in, or inside a blockquote) and cannot interrupt a paragraph.
const DEFINITION = /^((?: {0,3}>)* {0,3})\[(\^?)([^[\]\n]{1,999})\]:/gm;
// Any bracketed label: a footnote call `[^x]`, a reference `[text][x]`, `[x][]` or a shortcut `[x]`.
const BRACKETS = /\[([^[\]\n]{1,999})\]/g;

const blank = (m: string) => m.replace(/[^\n]/g, ' ');
// CommonMark's HTML blocks of kind 6 (a block tag starting a line): Markdown inside is not read, to a blank line.
const HTML_BLOCK = /^ {0,3}<\/?(?:address|article|aside|blockquote|center|details|dialog|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>]|$)[^\n]*(?:\n(?![ \t]*\n)[^\n]*){0,1000}/gim;

/**
 * The body with every place blanked where `[^x]` is no footnote call (the renderer would make none): HTML blocks,
 * comments, tags and autolinks (attributes, addresses), link destinations, image descriptions (alt text is plain
 * text) and the rest of definition lines; escaped brackets too. Offsets are kept. Bounded patterns: linear.
 */
function callable(text: string): string {
  return text
    .replace(HTML_BLOCK, blank)
    .replace(/<!--[\s\S]{0,100000}?-->/g, blank)
    .replace(/<[A-Za-z/][^<>\n]{0,1000}>/g, blank)
    .replace(/\]\([^()\n]{0,2048}\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/!\[[^\]\n]{0,999}\]/g, blank)
    .replace(/^((?: {0,3}>)* {0,3}\[\^?[^[\]\n]{1,999}\]:)([^\n]*)/gm, (_, head: string, rest: string) => (head.includes('^') ? head + rest : head + blank(rest)))
    .replace(/\\\[/g, '  ');
}

/** CommonMark's label matching: case-insensitive, whitespace collapsed. */
const normalise = (label: string) => label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();

export function checkFootnotes(body: string, bodyLine: number): FootnoteProblem[] {
  const { problems, unused } = footnoteAnalysis(body, bodyLine);
  if (unused.length) problems.push(...unusedDefinitions(body, bodyLine, unused));
  return problems.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
}

/**
 * Lines (of the file) of the link reference definitions no link or image uses: the link rules judge where a
 * definition points only when something uses it (round 10, finding 6); an unused one is this rule's line.
 */
export function unusedDefinitionLines(body: string, bodyLine: number): Set<number> {
  if (!body.includes(']:')) return new Set();
  return new Set(footnoteAnalysis(body, bodyLine).unused.map((d) => d.pos.line));
}

function footnoteAnalysis(body: string, bodyLine: number): { problems: FootnoteProblem[]; unused: UnusedDefinition[] } {
  const unused: UnusedDefinition[] = [];
  if (!body.includes(']')) return { problems: [], unused };
  const text = blankCode(body);
  if (!text.includes(']:') && !text.includes('[^')) return { problems: [], unused };
  const pos = positionFinder(text, bodyLine);
  const problems: FootnoteProblem[] = [];
  const lines = text.split('\n');
  const lineOf = positionFinder(text, 0);

  const definitions = new Map<string, { footnote: boolean; label: string; index: number }>();
  const definitionAt = new Set<number>();
  const definitionLines = new Set<number>();
  for (const m of text.matchAll(DEFINITION)) {
    const line = lineOf(m.index).line;
    const before = lines[line - 1];
    // A link reference definition cannot interrupt a paragraph (there it is plain text); a footnote's can.
    const afterParagraph = before !== undefined && before.trim() !== '' && !/^[ >]*#/.test(before) && !definitionLines.has(line - 1);
    if (m[2] !== '^' && afterParagraph) continue;
    definitionLines.add(line);
    const footnote = m[2] === '^';
    const label = m[3] ?? '';
    const index = m.index + (m[1] ?? '').length;
    definitionAt.add(index);
    const key = `${footnote ? '^' : ''}${normalise(label)}`;
    const first = definitions.get(key);
    const shown = `[${footnote ? '^' : ''}${truncate(label, 40)}]`;
    if (first) {
      const firstShown = `[${footnote ? '^' : ''}${truncate(first.label, 40)}]`;
      const same = first.label === label ? `${firstShown} is already defined on line ${pos(first.index).line}` : `${firstShown} on line ${pos(first.index).line} is the same label (labels ignore case)`;
      problems.push({
        message: `${footnote ? 'footnote' : 'reference definition'} ${shown} is defined twice: ${same}, and only the first is used, so this ${footnote ? 'note' : 'link'} would be dropped; give it a label of its own or remove it`,
        pos: pos(index),
        severity: 'error',
      });
      continue;
    }
    definitions.set(key, { footnote, label, index });
  }

  // Images use definitions too (`![alt][ref]`, `![alt][]`, `![alt]`), resolved as the renderer does.
  const used = new Set<string>(referenceImages(body, bodyLine).imageLabels);
  const calls: { label: string; index: number; end: number }[] = [];
  for (const m of callable(text).matchAll(BRACKETS)) {
    if (definitionAt.has(m.index)) continue;
    const label = m[1] ?? '';
    if (label.startsWith('^')) {
      used.add(`^${normalise(label.slice(1))}`);
      calls.push({ label: label.slice(1), index: m.index, end: m.index + m[0].length });
    } else used.add(normalise(label));
  }

  for (const [key, d] of definitions) {
    if (used.has(key)) continue;
    const shown = `[${d.footnote ? '^' : ''}${truncate(d.label, 40)}]`;
    if (d.footnote) problems.push({ message: `footnote ${shown} is never referred to, so its text would not be shown; put ${shown} where the note belongs or remove the definition`, pos: pos(d.index), severity: 'error' });
    else unused.push({ label: d.label, pos: pos(d.index) });
  }
  const inLinks = callsInLinkText(text, calls);
  const reported = new Set<string>();
  for (const call of calls) {
    if (inLinks.has(call.index) && definitions.has(`^${normalise(call.label)}`)) {
      problems.push({ message: `footnote call [^${truncate(call.label, 40)}] ${FOOTNOTE_IN_LINK_MESSAGE}`, pos: pos(call.index), severity: 'error' });
    }
    const key = `^${normalise(call.label)}`;
    if (definitions.has(key) || reported.has(key) || call.label.trim() === '') continue;
    reported.add(key);
    const shown = `[^${truncate(call.label, 40)}]`;
    problems.push({ message: `footnote ${shown} has no definition, so it is printed as typed; add a line "${shown}: the note" below the text`, pos: pos(call.index), severity: 'warning' });
  }
  return { problems, unused };
}
