/**
 * Frontmatter text fields (headline, standfirst, dateline, source, image alt/caption/credit, correction text,
 * author name and role, section, tag and topic names and descriptions) are plain text: an HTML comment typed into
 * one is not a note but words the page, every listing and every feed print (`--` even set as a dash: "<!– … –>").
 * The body is where desk notes go.
 */

/** A comment's opener or closer, as editors type them (`--!>` closes a comment in HTML too). */
const COMMENT_MARK = /<!--|--!?>/;

export const FIELD_NOTE_MESSAGE = 'fields are plain text; an HTML comment here would be printed; move the note to the body as <!-- … -->';

/** Whether a field's text holds an HTML comment (or its opener or closer). */
export function holdsHtmlComment(value: string): boolean {
  return value.includes('--') && COMMENT_MARK.test(value);
}
