/**
 * The lines for footnotes the renderer does not read as the editor meant (round 12, finding 8), found by comparing
 * the patterns of footnotes.ts with the renderer's parse (footnote-parse.ts): a call or definition with a space in
 * its brackets, a definition inside an HTML block or a desk note, a definition with no text. Messages only.
 */
import { truncateGraphemes as truncate } from './graphemes.ts';
import type { ParsedFootnotes } from './footnote-parse.ts';

/** The label an editor meant: `[ ^1]`, `[^1 ]`, `[^1` + NBSP + `]` → `1`; `[^1 2]` → `1-2`. */
export function intendedLabel(inner: string): string {
  return inner.trim().replace(/\s+/gu, '-');
}

/** Whether a label as typed holds a space of any kind (none may: the parser reads no such footnote). */
export const hasSpace = (label: string) => /\s/u.test(label);

const shown = (label: string) => `[^${truncate(label, 40)}]`;
/** A label as typed, its spaces made visible where they are not plain spaces (NBSP is invisible in a terminal). */
const typed = (label: string) => truncate(label, 40).replace(/[^\S ]/gu, (c) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`);

/** Why the definition `[^label]:` at `index` is not a footnote on the page, or undefined when no reason is known. */
export function unreadDefinition(label: string, index: number, parsed: ParsedFootnotes): string | undefined {
  const html = parsed.html.find((h) => h.start <= index && index < h.end);
  if (html?.value.startsWith('<!--')) {
    return `footnote definition ${shown(label)} is inside a desk note (<!-- … -->), which the page does not show, so the note is lost and its call is printed as typed; move the definition out of the note`;
  }
  if (html) {
    const tag = /^<\/?([A-Za-z][\w-]*)/.exec(html.value)?.[1]?.toLowerCase();
    return `footnote definition ${shown(label)} is inside ${tag ? `an HTML <${tag}> block` : 'raw HTML'}, where Markdown is not read, so the page shows the line as typed and its call as "${shown(label)}"; move the definition out of the block, after a blank line`;
  }
  if (hasSpace(label)) {
    return `footnote definition [^${typed(label)}] has a space inside its brackets, so it is no footnote: the page shows the line as typed; write ${shown(intendedLabel(label))}: (a footnote label holds no spaces)`;
  }
  return undefined;
}

/** A call typed with a space in its brackets (`[ ^1]`, `[^1 ]`), which the page prints as typed. */
export function spacedCallMessage(call: string, label: string, line: number | undefined): string {
  const where = line === undefined ? '' : ` on line ${line}`;
  return `[${typed(call)}]${where} is no footnote call (a footnote call holds no spaces), so it is printed as typed; write ${shown(label)}`;
}

/** A definition nothing calls, while a spaced call (`[ ^1]`) was meant to: the note would be dropped. */
export function droppedNoteMessage(label: string, call: string, line: number): string {
  return `footnote ${shown(label)} is never referred to, so its text would not be shown: ${spacedCallMessage(call, label, line)}`;
}

export function emptyNoteMessage(label: string): string {
  return `footnote ${shown(label)} has no text, so the page would show an empty numbered note; write the note after "${shown(label)}:" or remove the footnote and its calls`;
}
