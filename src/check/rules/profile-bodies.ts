/**
 * Bodies that are not articles: an author's bio (shown on `/authors/<id>/`) and a section's text (rendered with the
 * section). They follow the article body's rules: nesting and markup limits, links (no draft's or scheduled
 * article's URL, no page the build does not write, no malformed or unsafe address), images (remote ones only from
 * `imageHosts`; local photos are refused, as only article bodies go through the image pipeline), control and bidi
 * characters, swallowed tags, tags left open, block elements inside a sentence, Markdown printed as typed, table rows wider than their header, desk notes that would be printed or hide words, and footnotes.
 */
import type { Position } from '#/check/frontmatter.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { checkAmplification } from './amplification.ts';
import { checkBodyText } from './body-text.ts';
import { checkDeskNotes } from './desk-notes.ts';
import { checkBodyStructure } from './body-structure.ts';
import { checkFootnotes } from './footnotes.ts';
import { markdownInHtmlBlocks } from './html-block-markdown.ts';
import { checkTextTags } from './text-tags.ts';
import { checkTypedMarkup } from './typed-markup.ts';
import { checkBodyImages } from './images.ts';
import { checkBodyLinks, type LinkContext } from './links.ts';

export interface ProfileBody {
  path: string;
  file: string;
  body: string;
  bodyLine: number;
  /** The page that shows it, e.g. `/authors/nadia-rahyab/`. */
  page: string;
}

export function checkProfileBody(p: ProfileBody, ctx: LinkContext): void {
  if (p.body.trim() === '') return;
  const at = (line: number, column: number): Position => ({ line, column });
  const deep = nestingProblem(p.body);
  if (deep) {
    ctx.report(p.file, 'body', deep.message, at(p.bodyLine + deep.line - 1, deep.column));
    return;
  }
  const amplified = checkAmplification(p.body, p.bodyLine);
  for (const problem of amplified) ctx.report(p.file, 'body', problem.message, problem.pos);
  if (amplified.length) return;
  const amplification = () => amplified;
  checkBodyLinks({ ...p, published: true, profile: true, amplification }, ctx);
  checkBodyImages(p, ctx.contentDir, ctx.rel, ctx.report, { local: false });
  const notes = checkDeskNotes(p.body, p.bodyLine);
  for (const problem of [...checkBodyText(p.body, p.bodyLine, amplification), ...notes, ...checkBodyStructure(p.body, p.bodyLine)]) ctx.report(p.file, 'body', problem.message, problem.pos);
  // As for articles: footnote rules only where the notes are good (content-check.ts).
  if (notes.length === 0) for (const problem of checkFootnotes(p.body, p.bodyLine)) ctx.report(p.file, 'body', problem.message, problem.pos, problem.severity);
  for (const problem of markdownInHtmlBlocks(p.body, p.bodyLine)) ctx.report(p.file, 'body', problem.message, problem.pos);
  for (const problem of checkTextTags(p.body, p.bodyLine)) ctx.report(p.file, 'body', problem.message, problem.pos);
  for (const problem of checkTypedMarkup(p.body, p.bodyLine)) ctx.report(p.file, 'body', problem.message, problem.pos);
}
