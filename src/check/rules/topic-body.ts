/**
 * Text below a topic file's frontmatter: a topic page shows the topic's name and description only, so the text is
 * read by nothing and says nothing (round 17, finding 11). One warning, at the line where the text opens (as the
 * dateline rule finds an article's opening, past leading photos and comments).
 */
import type { Position } from '#/check/position.ts';
import { bodyOpening } from './dateline-prefix.ts';
import type { Report } from './report.ts';

export const UNUSED_TOPIC_BODY = 'the text below a topic file\'s frontmatter is not shown anywhere (a topic page shows its name and description); put one sentence in "description:" or remove the text';

/** Where the unused text of a topic file's body starts, or undefined when there is none. */
export function unusedTopicBody(body: string, bodyLine: number): Position | undefined {
  if (body.trim() === '') return undefined;
  const opening = bodyOpening(body);
  // A body of photos or comments only has no opening text: its first line that is not blank.
  const index = opening.text !== '' ? opening.index : body.slice(0, body.search(/\S/)).split('\n').length - 1;
  return { line: bodyLine + index, column: 1 };
}

/** Warns, for each topic file read (`fm.data`: its frontmatter was read), of text below its frontmatter. */
export function checkTopicBodies(files: Iterable<{ file: string; fm: { data: unknown; body: string; bodyLine: number } }>, report: Report): void {
  for (const f of files) {
    const unused = f.fm.data ? unusedTopicBody(f.fm.body, f.fm.bodyLine) : undefined;
    if (unused) report(f.file, 'body', UNUSED_TOPIC_BODY, unused, 'warning');
  }
}
