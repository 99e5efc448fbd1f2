/**
 * Footnotes and reference definitions whose text or link would vanish without a word. Labels match as CommonMark
 * matches them (case-insensitively, runs of spaces as one), so `[^a]` and `[^A]` are one footnote:
 * - a second definition of a label is dropped by the renderer (error);
 * - a footnote definition no call refers to is not shown at all (error);
 * - a footnote call without a definition is printed as typed, `[^x]` (warning);
 * - a link reference definition `[x]: url` no link uses is a line the page does not show (unused-definitions.ts);
 * - a footnote call inside a link's text cannot link (error, footnote-in-link.ts).
 * One pass of bounded patterns over the body with code blanked: linear in its length. Which of the footnotes they
 * find are footnotes on the page is the renderer's parse's to say (footnote-parse.ts, when the body holds one): a
 * definition it does not read (a space in its label, inside an HTML block or a desk note) or a call it does not
 * read (`[ ^1]`, `[^1 ]`) is one line saying why (footnote-slips.ts), and a definition with no text is an error.
 */
import type { Position } from '#/check/frontmatter.ts';
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { callsInLinkText, FOOTNOTE_IN_LINK_MESSAGE } from './footnote-in-link.ts';
import { referenceImages } from '#/check/reference-images.ts';
import { unusedDefinitions, type UnusedDefinition } from './unused-definitions.ts';
import { parsedFootnotes } from './footnote-parse.ts';
import { droppedNoteMessage, emptyNoteMessage, hasSpace, intendedLabel, spacedCallMessage, unreadDefinition } from './footnote-slips.ts';

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

/** A bracket with a caret and a space of any kind (`[ ^1]`, `[^1 ]`, `[^ 1]:`), or an empty definition. */
const SPACED = /\[\s+\^|\[\^(?=[^[\]\n]{0,999}\])[^[\]\n]*\s|^(?: {0,3}>)* {0,3}\[\^[^[\]\n]{1,999}\]:[ \t]*$/mu;

/** Footnote brackets past which the patterns alone judge (the parse costs ~0.2 ms of CPU a call: 500 ≈ 0.1 s). */
const MAX_PARSED_CALLS = 500;

function tooManyToParse(text: string): boolean {
  let n = 0;
  for (let at = text.indexOf('^'); at !== -1; at = text.indexOf('^', at + 1)) if (++n > MAX_PARSED_CALLS) return true;
  return false;
}

/**
 * Whether the patterns could read the footnotes otherwise than the renderer: a spaced label or an empty definition,
 * or a footnote definition where Markdown is not read (an HTML block, a desk note, a tag). Only then is the body
 * parsed (footnote-parse.ts): well-formed footnotes, however many, cost no parse; nor does a body of more than
 * {@link MAX_PARSED_CALLS} carets (5,000 calls at the markup limit cost the parse ~1 s of CPU on this machine),
 * which the patterns judge alone, as before the parse was read.
 */
function mayDisagree(text: string): boolean {
  if (!text.includes('^') || tooManyToParse(text)) return false;
  if (SPACED.test(text)) return true;
  const open = callable(text);
  for (const m of text.matchAll(DEFINITION)) if (m[2] === '^' && open[m.index + (m[1] ?? '').length] !== '[') return true;
  return false;
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
  // Only link reference definitions matter here: the renderer's footnotes are not needed (footnote-parse.ts).
  return new Set(footnoteAnalysis(body, bodyLine, false).unused.map((d) => d.pos.line));
}

function footnoteAnalysis(body: string, bodyLine: number, withParse = true): { problems: FootnoteProblem[]; unused: UnusedDefinition[] } {
  const unused: UnusedDefinition[] = [];
  if (!body.includes(']')) return { problems: [], unused };
  const text = blankCode(body);
  if (!text.includes(']:') && !text.includes('[^')) return { problems: [], unused };
  const pos = positionFinder(text, bodyLine);
  const problems: FootnoteProblem[] = [];
  const lines = text.split('\n');
  const lineOf = positionFinder(text, 0);

  // The renderer's footnotes, when the body holds any: the patterns below only propose, the parse decides.
  const parsed = withParse && mayDisagree(text) ? parsedFootnotes(body) : undefined;
  const parsedLines = parsed && new Map([...parsed.definitions].map(([offset, d]) => [lineOf(offset).line, d]));
  const called = new Set(parsed?.calledLabels.map(normalise));
  /** Keys of definitions the page does not read, for a reason already said in a line of their own. */
  const unreadKeys = new Set<string>();
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
    const read = footnote && parsedLines ? parsedLines.get(line) : undefined;
    if (footnote && parsed && !read) {
      const why = unreadDefinition(label, index, parsed);
      if (why) {
        problems.push({ message: why, pos: pos(index), severity: 'error' });
        unreadKeys.add(`^${normalise(intendedLabel(label))}`);
      }
      continue;
    }
    if (read?.empty && called.has(normalise(label))) {
      problems.push({ message: emptyNoteMessage(label), pos: pos(index), severity: 'error' });
    }
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
  /** Calls typed with a space in their brackets (`[ ^1]`, `[^1 ]`): by the key of the label meant, the first. */
  const spaced = new Map<string, { call: string; label: string; index: number }>();
  const readCalls = new Set<number>();
  const reported = new Set<string>();
  for (const label of called) used.add(`^${label}`);
  for (const m of callable(text).matchAll(BRACKETS)) {
    if (definitionAt.has(m.index)) continue;
    const label = m[1] ?? '';
    const caret = /^\s*\^/u.exec(label);
    if (!caret) {
      used.add(normalise(label));
      continue;
    }
    const call = { label: label.slice(caret[0].length), index: m.index, end: m.index + m[0].length };
    if (!parsed) {
      if (label.startsWith('^')) {
        used.add(`^${normalise(call.label)}`);
        calls.push(call);
      }
    } else if (parsed.calls.has(m.index)) {
      calls.push(call);
      readCalls.add(m.index); // a call the renderer makes has its definition, wherever it is
    } else if (hasSpace(label)) {
      const key = `^${normalise(intendedLabel(call.label))}`;
      if (!spaced.has(key)) spaced.set(key, { call: label, label: intendedLabel(call.label), index: m.index });
      // Not a call on the page; with no definition meant either, it is printed as typed: the fix is the label.
      if (!definitions.has(key) && !unreadKeys.has(key) && label.startsWith('^') && !reported.has(key)) {
        reported.add(key);
        problems.push({ message: spacedCallMessage(label, intendedLabel(call.label), undefined), pos: pos(m.index), severity: 'warning' });
      }
    } else if (!unreadKeys.has(`^${normalise(call.label)}`)) calls.push(call);
  }

  for (const [key, d] of definitions) {
    const slip = spaced.get(key);
    if (used.has(key)) {
      if (slip) problems.push({ message: spacedCallMessage(slip.call, slip.label, undefined), pos: pos(slip.index), severity: 'warning' });
      continue;
    }
    const shown = `[${d.footnote ? '^' : ''}${truncate(d.label, 40)}]`;
    if (d.footnote && slip) problems.push({ message: droppedNoteMessage(d.label, slip.call, pos(slip.index).line), pos: pos(d.index), severity: 'error' });
    else if (d.footnote) problems.push({ message: `footnote ${shown} is never referred to, so its text would not be shown; put ${shown} where the note belongs or remove the definition`, pos: pos(d.index), severity: 'error' });
    else unused.push({ label: d.label, pos: pos(d.index) });
  }
  const inLinks = callsInLinkText(text, calls);
  for (const call of calls) {
    if (inLinks.has(call.index) && (readCalls.has(call.index) || definitions.has(`^${normalise(call.label)}`))) {
      problems.push({ message: `footnote call [^${truncate(call.label, 40)}] ${FOOTNOTE_IN_LINK_MESSAGE}`, pos: pos(call.index), severity: 'error' });
    }
    const key = `^${normalise(call.label)}`;
    if (definitions.has(key) || readCalls.has(call.index) || reported.has(key) || call.label.trim() === '') continue;
    reported.add(key);
    const shown = `[^${truncate(call.label, 40)}]`;
    problems.push({ message: `footnote ${shown} has no definition, so it is printed as typed; add a line "${shown}: the note" below the text`, pos: pos(call.index), severity: 'warning' });
  }
  return { problems, unused };
}
