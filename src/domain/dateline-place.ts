/**
 * Where the dateline goes in a body's HTML: before the lead paragraph, past the photos the body opens with and the
 * caption lines under them (round 25b #20: "KABUL —" stood alone above the photo, and the lead under the caption had
 * none), and past an editor's note wholly in emphasis (`*This article was updated …*`, round 37a #2: a news page
 * prints the note above the story and the dateline on the story's first words). The same opening the content
 * check's dateline rule reads (src/check/rules/dateline-prefix.ts). Only the first few top-level blocks are looked
 * at, so the cost does not grow with the story.
 */

/** A top-level block at the start of `html` (after white space): its tag, inner HTML and end offset. */
const BLOCK = /^\s*<(p|figure)\b[^>]*>([\s\S]*?)<\/\1>/;
/** A paragraph holding a photo alone (linked or not), with a caption typed on the line under it at most. */
const PHOTO = /^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>\s*(?:<\/a>)?\s*(?:(?:<br>)?\s*<em>[\s\S]*<\/em>)?\s*$/;
/** A paragraph wholly in emphasis: the caption line under a photo, or an editor's note before the story. */
const EMPHASIS_ALONE = /^\s*<em>(?:(?!<\/?em\b)[\s\S])*<\/em>\s*$/;
/** Blocks skipped at most (photos, captions, a note): a body opening with more is not news copy. */
const MAX_SKIPPED = 8;

/** The offset in `html` where the lead paragraph starts (0 when the body opens with it). */
export function leadParagraphAt(html: string): number {
  let at = 0;
  for (let skipped = 0; skipped < MAX_SKIPPED; skipped++) {
    const block = BLOCK.exec(html.slice(at));
    const inner = block?.[2] ?? '';
    const decoration = block && (block[1] === 'figure' || PHOTO.test(inner) || EMPHASIS_ALONE.test(inner));
    if (!decoration) break;
    // A body that is a note alone keeps the dateline before it rather than after the last words.
    const after = at + block[0].length;
    if (block[1] === 'p' && EMPHASIS_ALONE.test(inner) && !/^\s*</.test(html.slice(after))) break;
    at = after;
  }
  if (at === 0) return 0;
  // The white space between blocks stays where it was: the dateline goes right before the next block.
  return at + (/^\s*/.exec(html.slice(at))?.[0].length ?? 0);
}
