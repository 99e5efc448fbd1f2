/**
 * The body rules that read an article's body alone (its links and images, which need the newsroom, are checked in
 * content-check.ts). Kept apart so a check may take their answer from an earlier one (src/check/body-memo.ts).
 */
import type { Root } from 'mdast';
import { parseBody } from '#/markdown/body-tree.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Position } from './frontmatter.ts';
import { amplificationOf, type Amplification } from './rules/amplification.ts';
import { markdownInHtmlBlocks } from './rules/html-block-markdown.ts';
import { checkBodyText } from './rules/body-text.ts';
import { checkDeskNotes } from './rules/desk-notes.ts';
import { checkHtmlScan } from './rules/html-scan.ts';
import { checkBodyStructure } from './rules/body-structure.ts';
import { checkTextTags } from './rules/text-tags.ts';
import { wrappedBlocks } from './rules/wrapped-blocks.ts';
import { checkTypedMarkup } from './rules/typed-markup.ts';
import { checkFootnotes } from './rules/footnotes.ts';
import { strayFrontmatter } from './rules/stray-frontmatter.ts';
import { interruptedParagraphs } from './rules/interrupted-paragraphs.ts';
import { listNumberProblems } from './rules/list-numbers.ts';
import { checkShortcodes } from './rules/shortcodes.ts';
import { typedAttributes } from './rules/wiki-links.ts';
import { checkTableLinkPipes } from './rules/table-link-pipes.ts';
import { unclosedFences } from './rules/unclosed-fences.ts';
import { digitStars } from './rules/digit-stars.ts';
import { eatenBackslashes } from './rules/eaten-backslash.ts';
import { missingReferences } from './rules/missing-references.ts';
import { otherMarkdown } from './rules/other-markdown.ts';
import { strayCarriageReturns } from './rules/stray-cr.ts';
import { unendedReferences } from './rules/unended-references.ts';

/**
 * The body rules that read the body alone, in the order their lines are reported: a pure function of the body
 * and its first line, so a check may take its answer from an earlier one (`CheckOptions.memo`). `amplification`:
 * the body's answer to the amplification limits, shared with its links' rule (content-check.ts).
 */
export function bodyRuleProblems(
  body: string,
  bodyLine: number,
  amplification: Amplification = amplificationOf(body, bodyLine),
): { message: string; pos: Position; severity?: Diagnostic['severity'] }[] {
  const out: { message: string; pos: Position; severity?: Diagnostic['severity'] }[] = [];
  const add = (p: { message: string; pos: Position }, severity?: Diagnostic['severity']) => out.push(severity === undefined ? { message: p.message, pos: p.pos } : { message: p.message, pos: p.pos, severity });
  // Desk notes are judged on the parsed body, so only once the amplification limits have passed; a body whose
  // notes are refused gets no footnote rules (they pair "<!--" with the next "-->", true only of good notes).
  const amplified = amplification();
  // Unclosed raw HTML openers the parser would rescan for (html-scan.ts): far over its budget, that line alone
  // (the desk-note rule's own parse would cost seconds); otherwise after the desk-note rule, which names the note.
  // The structure rules parse too, so they wait until the body is within the scan budget.
  const scan = amplified.length ? { far: false, problems: [] } : checkHtmlScan(body, bodyLine);
  const notes = amplified.length || scan.far ? [] : checkDeskNotes(body, bodyLine);
  const scans = notes.length ? [] : scan.problems;
  // One parse of the body for the rules that read its tree.
  let tree: Root | undefined;
  const parsed = () => (tree ??= parseBody(body));
  const structure: { message: string; pos: Position; severity?: Diagnostic['severity'] }[] = amplified.length || scan.problems.length ? [] : [...checkBodyStructure(body, bodyLine), ...interruptedParagraphs(body, bodyLine, parsed), ...listNumberProblems(body, bodyLine, parsed)];
  for (const p of strayCarriageReturns(body, bodyLine)) add(p);
  for (const p of strayFrontmatter(body, bodyLine)) add(p);
  // Only the body-text rules give a severity here (media the page drops: a warning).
  for (const p of checkBodyText(body, bodyLine, amplification)) add(p, p.severity);
  for (const p of [...amplified, ...notes, ...scans]) add(p);
  // A line carrying on a quote or list item may be meant (lazy-lines.ts: a warning).
  for (const p of structure) add(p, p.severity);
  for (const p of markdownInHtmlBlocks(body, bodyLine)) add(p);
  if (amplified.length === 0) for (const p of checkTextTags(body, bodyLine)) add(p);
  if (amplified.length === 0 && scan.problems.length === 0) for (const p of wrappedBlocks(body, bodyLine)) add(p);
  if (amplified.length === 0) for (const p of checkTypedMarkup(body, bodyLine)) add(p);
  if (amplified.length === 0) for (const p of digitStars(body, bodyLine)) add(p);
  if (amplified.length === 0) for (const p of eatenBackslashes(body, bodyLine)) add(p, 'warning');
  // A reference with no ";" or escaped twice is printed as typed (round 36 F3): a warning.
  if (amplified.length === 0 && scan.problems.length === 0) for (const p of unendedReferences(body, bodyLine, parsed)) add(p, 'warning');
  if (amplified.length === 0 && scan.problems.length === 0) for (const p of unclosedFences(body, bodyLine)) add(p);
  for (const p of checkShortcodes(body, bodyLine)) add(p);
  for (const p of otherMarkdown(body, bodyLine)) add(p, p.severity);
  for (const p of typedAttributes(body, bodyLine)) add(p);
  for (const p of checkTableLinkPipes(body, bodyLine)) add(p);
  if (notes.length === 0) for (const p of checkFootnotes(body, bodyLine)) add(p, p.severity);
  // A reference link with no definition may be brackets meant as typed (round 27b #1): a warning.
  if (amplified.length === 0) for (const p of missingReferences(body, bodyLine)) add(p, 'warning');
  return out;
}
