/**
 * Elements that end the paragraph they are typed in (round 13, finding 6): HTML's tree builder closes an open `<p>`
 * before the start tag of a block element (HTML Standard, "in body" insertion mode: address, blockquote, details,
 * div, dl, figure, h1–h6, hr, li, ol, p, pre, section, table, ul …). So `prices rose <div>sharply</div> on Monday.`
 * becomes `<p>prices rose </p><div>sharply</div> on Monday.<p></p>`: the sentence is cut in two, its end is left
 * outside any paragraph and an empty paragraph follows. An element the page drops but whose words it keeps (`<nav>`)
 * splits the paragraph all the same; `<hr>` is the void one. Inside a heading only another heading splits it.
 */
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';

const CLOSES_P = [
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'dd', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary', 'table', 'ul',
];
const STRIPPED: ReadonlySet<string> = new Set(sanitizeSchema.strip ?? []);

/**
 * Elements that end the paragraph they are typed in: the ones the page keeps, and the ones it drops but keeps the
 * words of (`<nav>`, `<article>`, `<address>` …: the split is made before the sanitiser runs, so it stays).
 */
export const ENDS_PARAGRAPH: ReadonlySet<string> = new Set(CLOSES_P.filter((name) => !STRIPPED.has(name)));

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether `<name>` typed in running text of a block of this kind breaks that block in two. */
export function breaksBlock(name: string, block: 'paragraph' | 'heading' | 'table cell'): boolean {
  if (name === 'hr') return true;
  if (block === 'paragraph') return ENDS_PARAGRAPH.has(name);
  return block === 'heading' && HEADINGS.has(name);
}

/** What the page does with the words of a block element typed in a sentence, for its message. */
export function splitEffect(name: string): string {
  if (HEADINGS.has(name)) return 'makes a heading of the words inside it (it joins the page outline) and leaves the words after it outside any paragraph';
  if (name === 'p') return 'starts a new paragraph there and leaves the words after </p> outside any paragraph';
  return 'sets the words inside it apart as a block and leaves the words after it outside any paragraph';
}
