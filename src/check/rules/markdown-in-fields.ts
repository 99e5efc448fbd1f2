/**
 * Frontmatter text fields are plain text: Markdown is read only in the body, so `**12**`, `_new_`, `` `code` `` or
 * `[here](https://…)` in a headline, standfirst, dateline, source, image text or correction note would be printed
 * with its asterisks, underscores, backticks, brackets and address on the page, in listings and in every feed.
 * A warning (the check and the build print it; strict runs fail on it), since a lone `*` can be meant: it fires
 * only on paired markers around words and on a whole link. Bounded patterns: linear in the value.
 */
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import type { Position } from '#/check/frontmatter.ts';
import { snippetPosition } from '#/check/text-position.ts';
import type { Report } from './report.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { gluedWordsInField } from './glued-words.ts';
import { mojibakeRuns } from './mojibake.ts';

const AFTER = String.raw`(?=$|[\s.,;:!?)\]'"’”»])`;
/**
 * An opening or closing tag, of any element a CMS, a word processor or a paste writes (`<em>`, `</b>`, `<br>`,
 * `<abbr title=…>`, `<script>`, Word's `<o:p>`): the shape, not a list of names (round 25b #2).
 */
export const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][\w-]*)?(?:\s[^<>\n]{0,200})?\/?>/i;
/** The words of a field with its HTML tags taken out. */
export const withoutHtmlTags = (text: string): string => text.replace(new RegExp(HTML_TAG.source, 'gi'), '');
const MARKDOWN: readonly { pattern: RegExp; what: string; prints: string }[] = [
  { pattern: /!?\[[^[\]\n]{1,400}\]\([^()\s]{1,2048}(?:\s+"[^"\n]{0,400}")?\)/, what: 'a Markdown link', prints: 'the brackets and the address' },
  { pattern: new RegExp(String.raw`(?:^|[\s(“‘"'«])(\*\*|__)(?=\S)[^\n]{1,400}?\S\1${AFTER}`), what: 'Markdown bold', prints: 'the markers' },
  { pattern: new RegExp(String.raw`(?:^|[\s(“‘"'«])([*_])(?=[^\s*_])[^*_\n]{0,400}?[^\s*_]\1${AFTER}`), what: 'Markdown emphasis', prints: 'the markers' },
  { pattern: /(?:^|\s)`[^`\n]{1,400}`/, what: 'Markdown code', prints: 'the backticks' },
  // An HTML tag pasted from a CMS (round 19): printed as typed too, tag and all.
  { pattern: HTML_TAG, what: 'an HTML tag', prints: 'the tag' },
];

export const FIELDS_ARE_PLAIN_TEXT = 'fields are plain text';

/** Why `value` reads as Markdown (its first piece of Markdown), or undefined. */
export function markdownInField(value: string): string | undefined {
  return firstMarkdown(value)?.message;
}

/**
 * `value` with its Markdown and HTML tags taken out (`*Breaking* <b>news</b>` → `Breaking news`): the words to
 * write, offered by `npm run new` (round 36 blind #6); undefined when that still reads as Markdown, or is empty.
 */
export function wordsAlone(value: string): string | undefined {
  const words = withoutHtmlTags(value)
    .replace(/!?\[([^[\]\n]{1,400})\]\([^()\s]{1,2048}(?:\s+"[^"\n]{0,400}")?\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]{0,400}?\S)\1/g, '$2')
    .replace(/([*_])(?=[^\s*_])([^*_\n]{0,400}?[^\s*_])\1/g, '$2')
    .replace(/`([^`\n]{1,400})`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return words && !firstMarkdown(words) ? words : undefined;
}

/** The first piece of Markdown in `value`: its text as written, and the message. */
function firstMarkdown(value: string): { text: string; message: string } | undefined {
  let first: { at: number; text: string; what: string; prints: string } | undefined;
  for (const { pattern, what, prints } of MARKDOWN) {
    const m = pattern.exec(value);
    if (m && (!first || m.index < first.at)) first = { at: m.index, text: m[0], what, prints };
  }
  if (!first) return undefined;
  const text = first.text.trim().replace(/^[(“‘"'«]/, '');
  return { text, message: `${FIELDS_ARE_PLAIN_TEXT}: "${truncate(text, 60)}" is ${first.what}, which only the body reads, so the page, listings and feeds would print ${first.prints}; write the words alone (emphasis and links belong in the body)` };
}

/** The article's printed text fields, each with its path in the frontmatter. */
function textFields(d: Partial<ArticleFrontmatter>): { path: (string | number)[]; value: string | undefined }[] {
  return [
    ...(['title', 'description', 'dateline', 'source'] as const).map((f) => ({ path: [f], value: d[f] })),
    ...(['alt', 'caption', 'credit'] as const).map((f) => ({ path: ['image', f], value: d.image?.[f] })),
    // flatMap skips the holes a list of valid parts has where its malformed items were (a spread would not).
    ...(d.corrections ?? []).flatMap((c, i) => [{ path: ['corrections', i, 'text'], value: c.text }]),
  ];
}

export function checkMarkdownInFields(a: { file: string; data: Partial<ArticleFrontmatter>; at: (path: PropertyKey[]) => Position | undefined; source?: string }, report: Report): void {
  checkMarkdownInText(a.file, textFields(a.data), a.at, report, a.source);
}

/**
 * The printed fields of an author (name, role), a section or a topic (name, description): plain text on the list
 * pages, in meta tags, JSON-LD bylines and the section feed (round 17, finding 9).
 */
export const PROFILE_TEXT_FIELDS = { authors: ['name', 'role'], sections: ['name', 'description'], tags: ['name', 'description'] } as const;

export function checkMarkdownInProfile(file: string, kind: keyof typeof PROFILE_TEXT_FIELDS, data: Record<string, unknown> | undefined, at: (path: PropertyKey[]) => Position | undefined, report: Report, source?: string): void {
  if (!data) return;
  checkMarkdownInText(file, PROFILE_TEXT_FIELDS[kind].map((f) => ({ path: [f], value: typeof data[f] === 'string' ? data[f] : undefined })), at, report, source);
}

function checkMarkdownInText(file: string, fields: { path: (string | number)[]; value: string | undefined }[], at: (path: PropertyKey[]) => Position | undefined, report: Report, source: string | undefined): void {
  for (const { path, value } of fields) {
    if (typeof value !== 'string') continue;
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
    const start = at(path);
    // At the quoted piece itself, also on a later line of a folded or multi-line value (round 36 F3).
    const placed = (piece: string | undefined) => (piece !== undefined && start && source !== undefined && snippetPosition(source, start, piece, value.length * 2 + 16)) || start;
    // Text saved in the wrong encoding ("Ã©"): its own warning, the first run of the field (round 36 F2).
    const misread = mojibakeRuns(value).next().value;
    if (misread) report(file, field, misread.message, placed(misread.text), 'warning');
    const markdown = firstMarkdown(value);
    const problem = markdown?.message ?? gluedWordsInField(value);
    if (problem) report(file, field, problem, placed(markdown?.text), 'warning');
  }
}
