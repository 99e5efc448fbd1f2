/**
 * The first paragraph's opening as the reader sees it, for the repeated-dateline rule (dateline-prefix.ts): its
 * lines joined as the page joins them (a soft line break is a space), links shown as their text, footnote calls
 * (`[^1]`) left out, and character references (`K&#65;BUL`) read as the characters they name. A cheap text pass over
 * a bounded piece of the first paragraph, not a Markdown parse.
 */
import { parseEntities } from 'parse-entities';

/** Lines and characters of the first paragraph looked at (the place and its dash come first). */
const MAX_LINES = 20;
const MAX_CHARS = 2_000;

// A line that cannot continue a paragraph: blank, a heading, a list item, a fence, a rule or setext underline, a
// quote, or an HTML block's own tag.
const ENDS_PARAGRAPH = /^(?:$|#{1,6}(?:\s|$)|[-*+](?:\s|$)|1[.)](?:\s|$)|`{3}|~{3}|(?:[-_*]\s*){3,}$|=+\s*$|-+\s*$|<\/?(?:address|article|aside|blockquote|details|div|dl|figure|footer|h[1-6]|header|hr|ol|p|pre|section|table|ul)\b)/i;
export const QUOTE_MARKERS = /^(?:[ \t]{0,3}>)+[ \t]?/;

/** The opening line joined with the lines that continue its paragraph (`lines` from the opening line on). */
export function openingParagraph(first: string, lines: readonly string[], quoted: boolean): string {
  let text = first;
  for (const raw of lines.slice(0, MAX_LINES)) {
    if (text.length >= MAX_CHARS) break;
    if (!quoted && QUOTE_MARKERS.test(raw)) break;
    const line = raw.replace(QUOTE_MARKERS, '').trim();
    if (ENDS_PARAGRAPH.test(line)) break;
    // A trailing backslash is a hard line break: the reader still sees the next line's words after it.
    text = `${text.replace(/\\$/, '')} ${line}`;
  }
  return text.slice(0, MAX_CHARS);
}

const FOOTNOTE_CALL = /\[\^[^\]\s]{1,100}\]/g;
// `[text](address)` and `[text][label]` / `[text][]`: the reader sees the text.
const LINK = /(?<!!)\[([^\]\n]{0,200})\](?:\([^)\n]{0,500}\)|\[[^\]\n]{0,100}\])/g;
const REFERENCE = /&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** `text` with links, footnote calls and character references as the page shows them. */
export function asRendered(text: string): string {
  return text
    .replace(FOOTNOTE_CALL, '')
    .replace(LINK, '$1')
    .replace(REFERENCE, (ref) => {
      const char = parseEntities(ref);
      // Markup characters stay written as references: decoded, `&lt;b&gt;` would read as a tag here.
      return /^[<>&]$/.test(char) ? ref : char;
    });
}
