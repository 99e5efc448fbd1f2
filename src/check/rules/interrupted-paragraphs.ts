/**
 * A line break inside a sentence that the page reads as markup (round 15, finding 8). CommonMark lets a list item,
 * a quote and a heading start on the line right after a paragraph's, so hard-wrapped copy (a CMS, a wire pasted
 * with its line breaks) changes silently: "fell to / - 12 degrees" is published as "fell to" and a list item
 * "12 degrees" (the minus gone), "changed by / + 5%" as "5%", "> 40 tonnes" as a quote of "40 tonnes", "seeded /
 * # 1 in the draw" as a heading. Read from the renderer's parse (body-tree.ts): a list, quote or ATX heading on the
 * line after a paragraph's last, whose text starts with a digit or a sign (the mark was part of a number), or with
 * a small letter (a sentence cut in two); a list only when it has one item and the line before is no label ending
 * with a colon (`Key points:` / `- trade`). Also words of a sentence underlined by one or two
 * `-`/`=` or one that is a whole sentence (a section break typed without a blank line: the lead became a heading),
 * and a paragraph of prose indented by a tab or four spaces (shown as code, in monospace), or the indented rest of an
 * HTML block a blank line cut (split-html-blocks.ts).
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { parseBody } from '#/markdown/body-tree.ts';
import type { LineProblem } from './each-line.ts';
import { indentedProse } from './indented-prose.ts';
import { lazyLines, mayHaveLazyLine, type LazyLineProblem } from './lazy-lines.ts';
import { splitHtmlBlock } from './split-html-blocks.ts';

/** A paragraph of its own read as markup (standalone): `- 12 degrees`, `1986. That`, `# 1 priority`, `| a | b |` rows. */
const OWN_PARAGRAPH = String.raw`(?:^|\n) {0,3}(?:[-+][ \t]+\d|\d{4,9}\.(?:[ \t]|\n|$)|#[ \t]+\d|\|[^\n]*\|[ \t]*\n {0,3}\|(?![ \t]*:?-))`;
/** Cheap test first: a marker line right under a text line, an underline, or an indented first line. */
/** A paragraph's line (not a list item, quote, heading, table row, tag or fence) and the line under it. */
const TEXT_LINE = String.raw`(?:^|\n) {0,3}(?![-+*][ \t]|\d{1,9}[.)][ \t]|>|#{1,6}[ \t]|\||<|\x60{3}|~{3})\S[^\n]*\n`;
const CANDIDATE = new RegExp(String.raw`${TEXT_LINE} {0,3}(?:(?:[-+*]|\d{1,9}[.)]|>|#{1,6})(?:[ \t]|\n|$)|(?:=+|-+)[ \t]*(?:\n|$))|(?:^|\n)[ \t]*\n(?:\t| {4})\S|^(?:\t| {4})\S|${OWN_PARAGRAPH}|\S\*[ \t]*\n(?:[ \t]*\n)? {0,3}\*[ \t]`);
/** Text a mark took from a number: digits, signs, currency. */
const NUMBERISH = /^[\p{Nd}+\-−±%$€£¥₹؋]/u;
const SMALL = /^\p{Ll}/u;
/**
 * A paragraph line ending as a label does (`Key points:`, `**Results:**`, `要点：`): the list under it is meant. The
 * colon, full-width (U+FF1A) or small (U+FE55); Arabic-script text writes the ASCII colon, so it is covered too.
 */
const LABEL_END = /[:\uFF1A\uFE55][*_\s]*$/u;
/** At most this many lines a body (then the first ones are enough to show the habit). */
const MAX_LINES = 20;

/** `parsed`: the body's parse, shared with the other rules that read it (body-rules.ts). */
export function interruptedParagraphs(body: string, bodyLine: number, parsed: () => Root = () => parseBody(body)): LazyLineProblem[] {
  const interrupted = CANDIDATE.test(body);
  const lazy = mayHaveLazyLine(body);
  if (!interrupted && !lazy) return [];
  // One parse for both rules (round 25b #9: lines carrying on a quote, list item, footnote or table).
  const tree = parsed();
  return [...(interrupted ? interruptions(tree, body, bodyLine) : []), ...(lazy ? lazyLines(tree, body, bodyLine) : [])];
}

function interruptions(tree: Root, body: string, bodyLine: number): LineProblem[] {
  const lines = body.split('\n');
  const out: LineProblem[] = [];
  const at = (line: number) => ({ line: bodyLine + line - 1, column: 1 + (lines[line - 1]?.search(/\S/) ?? 0) });
  const quote = (line: number) => {
    const text = (lines[line - 1] ?? '').trim();
    return text.length > 50 ? `${text.slice(0, 50)}…` : text;
  };
  const visit = (parent: Parent) => {
    parent.children.forEach((node, i) => {
      if (out.length >= MAX_LINES) return;
      const prev = i > 0 ? parent.children[i - 1] : undefined;
      // An HTML block a blank line cut, its rest indented: said at that blank line (split-html-blocks.ts).
      const split = splitHtmlBlock(node, prev, parent.children[i + 1], lines, (n) => bodyLine + n - 1);
      if (split) {
        out.push({ message: split.message, pos: { line: bodyLine + split.line - 1, column: 1 } });
        return;
      }
      const problem = judge(node, prev, lines, quote, parent);
      if (problem && node.position) out.push({ message: problem, pos: at(node.position.start.line) });
      if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') visit(node as Parent);
    });
  };
  visit(tree);
  return out;
}

function firstText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) for (const child of node.children) {
    const text = firstText(child as Nodes);
    if (text !== '') return text;
  }
  return '';
}

function judge(node: RootContent, prev: RootContent | undefined, lines: string[], quote: (line: number) => string, parent: Parent): string | undefined {
  const start = node.position?.start.line ?? 0;
  const written = lines[start - 1] ?? '';
  // An indented code block of prose: a paragraph pasted with a tab or four spaces.
  if (node.type === 'code' && /^(?:\t| {4})/.test(written) && (prev === undefined || prev.type !== 'list')) {
    if (indentedProse(node.value)) return `"${quote(start)}" starts with a tab or four spaces, so the page shows the paragraph as code, in monospace and unwrapped; remove the indent (code goes between \`\`\` lines)`;
    return undefined;
  }
  // A setext heading: the paragraph above a `---` or `===` line.
  if (node.type === 'heading' && !/^ {0,3}#/.test(written)) {
    const end = node.position?.end.line ?? start;
    const underline = (lines[end - 1] ?? '').trim();
    const text = firstText(node);
    const sentence = /[.!?…"”’]$/.test((lines[end - 2] ?? '').trim()) || text.length > 100;
    // One or two marks under words of a sentence (`voted 12 to` / `=`), not a short title underlined in haste.
    const cutShort = underline.length <= 2 && (text.match(/\p{L}+/gu)?.length ?? 0) >= 3;
    if (!cutShort && !sentence) return undefined;
    // Only three or more `-` after a blank line are a break; `===`, `=` or `--` there print as typed (round 27b #9).
    const fix = /^-{3,}$/.test(underline) ? `put a blank line before "${underline}" for a section break, or delete it` : `delete it, or for a section break write "---" on a line of its own after a blank line`;
    return `the line "${underline}" right under "${quote(end - 1)}" makes that paragraph a heading; ${fix}`;
  }
  // A legend under a figure marked with a star (`2,300 afghanis.*` / `* Figures are estimates`): a bullet, the
  // star that ties the two together gone (round 29a #5). The paragraph above ends with a star printed as typed.
  if (node.type === 'list' && !node.ordered && node.children.length === 1 && parent.type !== 'listItem' && /^\*$/.test(written.trim().split(/[ \t]/, 1)[0] ?? '') && prev?.type === 'paragraph') {
    const last = prev.children.at(-1);
    if (last?.type === 'text' && /\S\*$/.test(last.value)) return `"${quote(start)}" starts with "* ", so the page shows it as a bullet and drops the star that ties it to the one above; write "\\*" instead of "*" to keep the star`;
  }
  if (prev?.type !== 'paragraph' || prev.position === undefined || start !== prev.position.end.line + 1) return ownParagraph(node, written, lines, quote, parent);
  const text = firstText(node).trimStart();
  const mark = written.trim().split(/[ \t]/, 1)[0] ?? '';
  const numberish = NUMBERISH.test(text);
  if (node.type === 'list') {
    // A list under an item's own line is a nested list, as written (`- Flour` / `  - 12 tonnes`; round 26b #1).
    if (parent.type === 'listItem') return undefined;
    // One item: a list an editor meant has several (`The figures` / `- 12 districts` / `- 40 schools`), or follows
    // a label (`Key points:` / `- trade`).
    const label = LABEL_END.test(lines[start - 2] ?? '');
    const cut = node.children.length === 1 && !label && (numberish || SMALL.test(text));
    if (!cut) return undefined;
    const kind = node.ordered ? 'a numbered list' : 'a list item';
    // A backslash escapes punctuation only: `\1.` prints the backslash (round 29a #2); `1\.` keeps "1.".
    const kept = node.ordered ? `${mark.slice(0, -1)}\\${mark.slice(-1)}` : `\\${mark}`;
    return `the line break before "${quote(start)}" makes "${mark}" the mark of ${kind}, so the page drops it and breaks the sentence; join the line to the one before (a line break inside a sentence is a space), or write "${kept}" to keep the "${mark}"`;
  }
  if (node.type === 'blockquote' && (numberish || SMALL.test(text))) {
    return `the line break before "${quote(start)}" makes ">" a quote mark, so the page drops it and shows the rest as a quotation; join the line to the one before, or write "\\>" to keep the ">"`;
  }
  if (node.type === 'heading' && (numberish || SMALL.test(text))) {
    return `the line break before "${quote(start)}" makes "${mark}" a heading mark, so the rest of the sentence becomes a heading; join the line to the one before, or write "\\#" to keep the "#"`;
  }
  return undefined;
}

/**
 * A paragraph of its own that the page reads as markup (round 23; round 15 caught it only right under a paragraph
 * line): `- 12 degrees was the low` (a list item: the minus sign dropped), `1986. That was the year` (a list
 * numbered from 1986), `# 1 priority for …` (a heading in the page outline), and rows of pipes with no delimiter
 * row under the first (printed as pipes, not a table).
 */
function ownParagraph(node: RootContent, written: string, lines: string[], quote: (line: number) => string, parent: Parent): string | undefined {
  const start = node.position?.start.line ?? 0;
  const mark = written.trim().split(/[ \t]/, 1)[0] ?? '';
  const text = firstText(node).trimStart();
  // Inside a list item, a list is a nested one (`- Wheat` / blank / `  - 12 tonnes`; round 26b #1).
  if (node.type === 'list' && node.children.length === 1 && parent.type !== 'listItem') {
    if (!node.ordered && /^[-+]$/.test(mark) && /^\p{Nd}/u.test(text)) {
      return `"${quote(start)}" starts with "${mark} " and a number, so the page shows it as a list item and drops the "${mark}"; write the sign against the number (${mark === '-' ? '"−12" or "-12"' : '"+5"'}), or "\\${mark}" to keep it as typed`;
    }
    if (node.ordered && (node.start ?? 1) >= 1000) {
      return `"${quote(start)}" starts with a number and a dot, so the page shows it as a list numbered from ${node.start ?? ''}; write "${mark.slice(0, -1)}\\." to keep the sentence`;
    }
  }
  if (node.type === 'heading' && node.depth === 1 && /^#$/.test(mark) && /^\p{Nd}+\s+\p{Ll}/u.test(text)) {
    return `"${quote(start)}" starts with "# " and a number, so the page makes the sentence a heading; write "#${text.split(/\s/, 1)[0] ?? ''}" without the space, or "\\#" to keep the "#"`;
  }
  if (node.type === 'paragraph' && node.position) {
    const rows = lines.slice(start - 1, node.position.end.line);
    // Every row has words or figures: a row of dashes is a delimiter row look-alike (table-lookalikes.ts says so).
    if (rows.length >= 2 && rows.every((row) => /^ {0,3}\|.*\|[ \t]*$/.test(row) && /[\p{L}\p{N}]/u.test(row))) {
      const cells = Math.max(1, (rows[0]!.trim().match(/\|/g)?.length ?? 2) - 1);
      return `"${quote(start)}" and the lines under it are printed as pipes, not a table: a table needs a delimiter row under its first row; add "${Array.from({ length: cells }, () => '| --- ').join('')}|" as the second line`;
    }
  }
  return undefined;
}
