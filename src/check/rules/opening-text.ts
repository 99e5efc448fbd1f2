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

// Blocks the page's dateline (its own paragraph, run into the lead's first line) cannot run into: it would stand
// alone above them (round 20: a heading; round 36 F4: a list, table, code block, quote or HTML block).
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const INDENTED_CODE = /^(?: {4}|\t)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_BLOCK = /^ {0,3}<(address|article|aside|blockquote|center|details|dialog|dl|div|fieldset|footer|form|header|main|nav|ol|pre|section|summary|table|ul)\b/i;

const SET_APART_PARAGRAPH = /^ {0,3}<p\s[^<>\n]{0,200}?\b(?:align|class|style)\s*=[^<>\n]{0,200}>/i;

/**
 * What the body's opening block is when it is not a paragraph the dateline can lead, and its line (`index`: the
 * opening line from `bodyOpening`, past leading photos; a tag-only line before it, `<div>` alone on its line, is read
 * too), or undefined for a paragraph. `runsInto`: the page's dateline runs into that block rather than standing alone.
 */
export function openingBlock(lines: readonly string[], index: number): { what: string; index: number; runsInto?: true } | undefined {
  const html = (i: number) => {
    const tag = HTML_BLOCK.exec(lines[i] ?? '');
    return tag ? { what: `an HTML block (<${(tag[1] as string).toLowerCase()}>)`, index: i } : undefined;
  };
  for (let i = 0; i < index; i++) if (html(i)) return html(i);
  const line = lines[index] ?? '';
  const at = (what: string) => ({ what, index });
  if (HEADING.test(line)) return at('a heading');
  if (QUOTE_MARKERS.test(line)) return at('a quote');
  if (LIST_ITEM.test(line)) return at('a list');
  if (FENCE.test(line) || (INDENTED_CODE.test(line) && (lines[index - 1] ?? '').trim() === '')) return at('a code block');
  const next = lines[index + 1] ?? '';
  // A setext heading: the opening line underlined with `=` or `-`.
  if (line.trim() !== '' && /^ {0,3}(?:=+|-+)[ \t]*$/.test(next)) return at('a heading');
  if (line.includes('|') && next.includes('|') && next.includes('-') && TABLE_DELIMITER.test(next)) return at('a table');
  // A raw paragraph set apart by its attributes (`<p align="center">Special report</p>`, round 37a #2): not the lead,
  // but the page runs the dateline into it as into one (a plain `<p>` is read as the lead).
  const setApart = SET_APART_PARAGRAPH.exec(line);
  if (setApart) return { what: `an HTML paragraph set apart (${setApart[0].trim()})`, index, runsInto: true };
  return html(index);
}
