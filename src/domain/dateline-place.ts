/**
 * Where the dateline goes in a body's HTML: before the lead paragraph, past a photo the body opens with and the
 * caption line under it (round 25b #20: "KABUL —" stood alone above the photo, and the lead under the caption had
 * none). The same opening the content check's dateline rule reads (src/check/rules/dateline-prefix.ts). Only the
 * first two top-level blocks are looked at, so the cost does not grow with the story.
 */

/** A top-level block at the start of `html` (after white space): its tag, inner HTML and end offset. */
const BLOCK = /^\s*<(p|figure)\b[^>]*>([\s\S]*?)<\/\1>/;
/** A paragraph holding a photo alone (linked or not), with a caption typed on the line under it at most. */
const PHOTO = /^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>\s*(?:<\/a>)?\s*(?:(?:<br>)?\s*<em>[\s\S]*<\/em>)?\s*$/;
const CAPTION = /^\s*<em>[\s\S]*<\/em>\s*$/;

/** The offset in `html` where the lead paragraph starts (0 when the body does not open with a photo). */
export function leadParagraphAt(html: string): number {
  const first = BLOCK.exec(html);
  if (!first || !(first[1] === 'figure' || PHOTO.test(first[2] ?? ''))) return 0;
  let at = first[0].length;
  const next = BLOCK.exec(html.slice(at));
  if (next && next[1] === 'p' && CAPTION.test(next[2] ?? '')) at += next[0].length;
  // The white space between blocks stays where it was: the dateline goes right before the next block.
  return at + (/^\s*/.exec(html.slice(at))?.[0].length ?? 0);
}
