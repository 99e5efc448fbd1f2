/**
 * Shapes sanitised body HTML for the article page: the headline is the page's only h1, and the body's headings
 * form an outline under it (outlineLevels); headings get stable ids for linking; a table's empty header cell is a
 * plain cell; wide tables and code blocks scroll inside their own box on phones, one a keyboard can reach; images
 * load lazily. Runs after rehype-sanitize, so the ids and attributes it adds are ours, not an editor's. The headings
 * and their ids are recorded by rehype-article-facts, which reads the finished tree.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { eachElement } from './each-element.ts';
import { safeDecode } from '#/domain/urls.ts';
import { literalText } from './escaped-literals.ts';
import { headingIdAssigner, inPageTarget, RESERVED_IDS } from './heading-ids.ts';
import { fragmentHref, readableFootnoteId } from './footnote-ids.ts';
import { expandSkeletonText, type SkeletonTexts } from './id-skeleton.ts';

/**
 * Alt text and titles are plain text: Markdown keeps `<!-- a note -->` or `<b>` in `![…]` or a `"title"` as written, and the page
 * would show it (a screen reader reads the desk's note aloud). Comments go, as everywhere else in the body; tags
 * go and their words stay. The content check reports both to the editor (src/check/rules/images.ts).
 */
export function withoutMarkup(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The level each heading is shown at: the body's outline, under the headline's h1, with no level skipped (axe's
 * heading-order; a screen reader's list of headings): a heading is one level under the nearest heading before it
 * that the editor wrote at a higher level, or h2 when there is none. `#` or `##` then `######` is h2 then h3; `###`,
 * `####`, `###` is h2, h3, h2; a body that already steps one level at a time from `##` is unchanged (round 21).
 */
function outlineLevels(): (written: number) => number {
  const open: { written: number; shown: number }[] = [];
  return (level) => {
    // An h1 is an h2 the editor wrote (the page's headline is the h1): the footnotes' h2 stays its sibling.
    const written = Math.max(2, level);
    while (open.length > 0 && open[open.length - 1]!.written >= written) open.pop();
    const shown = Math.min(6, (open[open.length - 1]?.shown ?? 1) + 1);
    open.push({ written, shown });
    return shown;
  };
}

/** Whether an element gives a reader nothing to read: no text but spaces, no image with a text alternative. */
function readsEmpty(node: Element): boolean {
  if (toString(node).replace(/[\s\u00a0\u200b]+/g, '') !== '') return false;
  let image = false;
  eachElement(node, (child: Element) => {
    if (child.tagName === 'img' && String(child.properties['alt'] ?? '').trim() !== '') image = true;
  });
  return !image;
}

/**
 * A header cell with nothing in it (a corner cell, or the empty first row Markdown makes a table start with) is a
 * plain cell: a screen reader would announce an empty header before every cell of its column (axe's
 * empty-table-header; round 21). A header row of nothing but such cells is dropped.
 */
function emptyHeadersAsCells(table: Element): void {
  eachElement(table, (node: Element) => {
    if (node.tagName === 'th' && readsEmpty(node)) node.tagName = 'td';
  });
  for (const section of table.children) {
    if (section.type !== 'element' || section.tagName !== 'thead') continue;
    const rows = section.children.filter((row): row is Element => row.type === 'element' && row.tagName === 'tr');
    const headed = rows.some((row) => row.children.some((cell) => cell.type === 'element' && cell.tagName === 'th'));
    if (!headed && rows.every(readsEmpty)) table.children = table.children.filter((child) => child !== section);
  }
}

/** Collapsed text of a node, for an accessible name. */
function nameText(node: Element): string {
  return toString(node).replace(/\s+/g, ' ').trim();
}

/**
 * The name a table's scroll box is announced by: its caption, else its header row's words (the table's own
 * words, in the body's language); '' when it has neither.
 */
function tableName(table: Element): string {
  let caption = '';
  let header = '';
  eachElement(table, (node: Element) => {
    if (node.tagName === 'caption' && caption === '') caption = nameText(node);
    if (node.tagName === 'tr' && header === '') {
      const cells = node.children.filter((cell): cell is Element => cell.type === 'element' && cell.tagName === 'th');
      if (cells.length > 0) header = cells.map(nameText).filter(Boolean).join(', ');
    }
  });
  const name = caption || header;
  return name.length > 120 ? `${name.slice(0, 119).trimEnd()}…` : name;
}

/**
 * A wide table scrolls sideways inside this box on a phone; a keyboard user reaches the hidden columns only when the
 * box takes focus (axe's scrollable-region-focusable, WCAG 2.1.1; round 22). A focusable box is a named region, so
 * a screen reader says what it is when focus lands there (a `<section>` with a name is a region); without a name it is focusable only (a nameless region is
 * noise). Two tables with one header row get "(2)" after the second's name: landmarks' names are unique (axe's
 * landmark-unique).
 */
function scrollBox(table: Element, names: Map<string, number>): Element {
  let name = tableName(table);
  const seen = (names.get(name) ?? 0) + 1;
  names.set(name, seen);
  if (name !== '' && seen > 1) name = `${name} (${seen})`;
  // A named box is a `<section>` with its name: the native region element (html-validate's prefer-native-element).
  if (name === '') return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0 }, children: [table] };
  return { type: 'element', tagName: 'section', properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: name }, children: [table] };
}

/** A link's text with no scheme, `www.` or trailing slash, lower case: how an address reads as its own link text. */
function addressForm(text: string): string {
  return safeDecode(text.trim()).replace(/^[a-z][a-z\d+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '').toLowerCase();
}

/**
 * A link whose words are its address (a bare URL, `<https://…>`) is marked `url-text`: on paper, where other links
 * get their address printed after them, its address would read twice (global.css's print rules; issue 10's notes).
 */
function markAddressText(a: Element): void {
  const href = a.properties['href'];
  if (typeof href !== 'string' || !/^https?:/i.test(href)) return;
  if (addressForm(toString(a)) !== addressForm(href)) return;
  const classes = Array.isArray(a.properties['className']) ? a.properties['className'] : [];
  a.properties['className'] = [...classes, 'url-text'];
}

/** A heading without its footnote calls: `## Prices[^1]` has the id `prices`, not `prices1`. */
function withoutFootnoteCalls(heading: Element): Element {
  const isCall = (n: RootContent | Element['children'][number]) =>
    n.type === 'element' && (n.properties['dataFootnoteRef'] !== undefined || (n.tagName === 'sup' && n.children.some((c) => c.type === 'element' && c.properties['dataFootnoteRef'] !== undefined)));
  if (!heading.children.some(isCall)) return heading;
  return { ...heading, children: heading.children.filter((c) => !isCall(c)) };
}

export default function rehypeArticleHtml() {
  // `skeletonTexts`: set only when the content check reads ids from a body's skeleton (src/markdown/page-ids.ts).
  return (tree: Root, file?: { data: { skeletonTexts?: SkeletonTexts; fallbackIds?: Set<string> } }) => {
    const skeletonTexts = file?.data.skeletonTexts;
    let headings = 0;
    // Every id already in the body (all prefixed by the sanitiser) and the page's own ids: generated heading
    // ids must not repeat any of them, wherever in the tree they are.
    const ids = new Set<string>(RESERVED_IDS);
    eachElement(tree, (node: Element) => {
      if (typeof node.properties['id'] === 'string') ids.add(readableFootnoteId(node));
    });
    // The ids given to headings with no letters, for the content check (src/markdown/page-ids.ts).
    const fallbackIds = new Set<string>();
    if (file) file.data.fallbackIds = fallbackIds;
    const headingId = headingIdAssigner(ids, fallbackIds);
    const levelOf = outlineLevels();
    const fragmentLinks: Element[] = [];
    const tables: { table: Element; parent: { children: RootContent[] }; index: number }[] = [];
    eachElement(tree, (node: Element, parent, index) => {
      if (/^h[1-6]$/.test(node.tagName)) node.tagName = `h${levelOf(Number(node.tagName[1]))}`;
      // Every title is plain text too (a link's, a definition's, a raw <abbr title> or <a title>): no desk note in
      // a tooltip, the page source or a feed (round 10, finding 3).
      const title = node.properties['title'];
      if (typeof title === 'string' && title.includes('<')) node.properties['title'] = withoutMarkup(title);
      // data-* flags serialise the same whether or not the body went through rehype-raw (`data-x=""`).
      for (const [key, value] of Object.entries(node.properties)) if (value === true && key.startsWith('data')) node.properties[key] = '';
      if (node.tagName === 'a' && String(node.properties['href'] ?? '').startsWith('#')) fragmentLinks.push(node);
      else if (node.tagName === 'a') markAddressText(node);
      if (/^h[2-6]$/.test(node.tagName)) {
        const text = expandSkeletonText(literalText(toString(withoutFootnoteCalls(node))), skeletonTexts);
        const existing = node.properties['id'];
        const id = typeof existing === 'string' ? existing : headingId(text, headings + 1);
        node.properties['id'] = id;
        headings++;
      } else if (node.tagName === 'img') {
        const alt = node.properties['alt'];
        if (typeof alt === 'string' && alt.includes('<')) node.properties['alt'] = withoutMarkup(alt);
        node.properties['loading'] = 'lazy';
        node.properties['decoding'] = 'async';
      } else if (node.tagName === 'table') {
        // Wrapped after the walk, so the walk still goes into the table (footnote references, images in cells).
        tables.push({ table: node, parent, index });
      } else if (node.tagName === 'pre') {
        // A code block with a long line scrolls too (`.story-body pre`): the keyboard reaches it the same way.
        node.properties['tabIndex'] = 0;
      }
    });
    const boxNames = new Map<string, number>();
    for (const { table, parent, index } of tables) {
      emptyHeadersAsCells(table);
      parent.children[index] = scrollBox(table, boxNames);
    }
    // Editors' anchors and footnotes carry the sanitiser's `user-content-` prefix: in-page links follow it.
    for (const a of fragmentLinks) {
      const target = safeDecode(String(a.properties['href']).slice(1));
      const footnote = a.properties['dataFootnoteRef'] !== undefined || a.properties['dataFootnoteBackref'] !== undefined;
      const id = inPageTarget(target, ids, footnote);
      if (id !== target) a.properties['href'] = fragmentHref(id);
    }
  };
}
