/**
 * The `href` of every link an editor wrote as raw HTML (`<a href>`, `<area href>`), read from the parse the page is
 * made from: the renderer's Markdown parse (which decides what is HTML and what is text or code), then rehype-raw
 * (parse5, the HTML parser that builds the page's elements). So the content check verifies exactly the hrefs
 * rehype-site-links.ts rewrites, whatever the tag holds before its href (`<a title="a>b" href="…">`), in any case,
 * entity-encoded or spread over lines, and never one in code, a comment or text that only looks like a tag.
 * The parse reads the body's note skeleton (src/check/rules/note-skeleton.ts: runs of plain lines, which hold no
 * tag, shrink to one letter; every other line is kept as written, so blocks, code and tags are parsed as in the
 * body), so prose around a link costs next to nothing; callers bound the markup first (nesting, amplification).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownPlugins, remarkRehypeOptions } from '#/markdown/pipeline.ts';
import { noteSkeleton } from './rules/note-skeleton.ts';
import { cutTextRuns } from './rules/text-runs.ts';
import { elementShows } from './rules/shown-words.ts';

export interface RawHtmlLink {
  href: string;
  /** The href as typed in the tag (character references not decoded), for messages; the parse's `href` otherwise. */
  typed: string;
  /** The words inside the link, as the page shows them. */
  text: string;
  /** Offset in the body of the tag's `<`. */
  offset: number;
  /** Shows nothing to click: no visible words, no picture (src/check/rules/shown-words.ts). */
  blank: boolean;
}

const { remark, rehype } = markdownPlugins('fast');
// The renderer's parse up to its first rehype step, rehype-raw (raw HTML into elements), and no further.
const processor = unified()
  .use(remarkParse)
  .use(remark as PluggableList)
  .use(remarkRehype, remarkRehypeOptions)
  .use([rehype[0]] as PluggableList)
  .freeze();

/** A tag as typed: what remark-rehype makes of Markdown (links, autolinks) starts otherwise. */
const TAG_AT = /^<(?:a|area)[\s/>]/i;
/** Only a body that holds such a tag and an href (attribute names are never encoded) is parsed. */
const ANY_TAG = /<(?:a|area)[\s/>]/i;
const ANY_HREF = /href/i;
/**
 * The first href of the start tag at the start of `tag` as typed (character references not decoded), read as the
 * HTML tokenizer reads attributes: a name, then `=` and a quoted or unquoted value, or none. Each step moves forward.
 */
function typedHref(tag: string): string | undefined {
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  let i = /^<[a-z]+/i.exec(tag)?.[0].length ?? 0;
  while (i > 0 && i < tag.length) {
    while (i < tag.length && (space(tag[i]) || tag[i] === '/')) i++;
    if (i >= tag.length || tag[i] === '>') return undefined;
    const nameAt = i;
    i++; // (a name may start with "=")
    while (i < tag.length && !space(tag[i]) && tag[i] !== '/' && tag[i] !== '>' && tag[i] !== '=') i++;
    const name = tag.slice(nameAt, i).toLowerCase();
    let j = i;
    while (space(tag[j])) j++;
    if (tag[j] !== '=') continue;
    i = j + 1;
    while (space(tag[i])) i++;
    const quote = tag[i] === '"' || tag[i] === "'" ? tag[i] : undefined;
    const valueAt = quote ? i + 1 : i;
    i = valueAt;
    while (i < tag.length && (quote ? tag[i] !== quote : !space(tag[i]) && tag[i] !== '>')) i++;
    if (name === 'href') return tag.slice(valueAt, i);
    if (quote) i++;
  }
  return undefined;
}

export function rawHtmlLinks(markdown: string): RawHtmlLink[] {
  if (!ANY_HREF.test(markdown) || !ANY_TAG.test(markdown)) return [];
  const skeleton = noteSkeleton(markdown);
  // Long runs of words after a tag are cut too (rules/text-runs.ts): tags and their hrefs stay as written.
  const cut = cutTextRuns(skeleton.text);
  const text = cut.text;
  const tree = processor.runSync(processor.parse(text)) as Root;
  const found: RawHtmlLink[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a' && node.tagName !== 'area') return;
    const href = node.properties['href'];
    const offset = node.position?.start.offset;
    if (typeof href !== 'string' || offset === undefined || !TAG_AT.test(text.slice(offset, offset + 6))) return;
    // The tag as typed, up to 4,000 characters (an address longer than that is quoted cut anyway).
    const typed = typedHref(text.slice(offset, offset + 4000)) ?? href;
    found.push({ href, typed, text: toString(node), offset: skeleton.toBody(cut.toSource(offset)), blank: !elementShows(node) });
  });
  // The HTML parser splits an `<a>` around a block it holds (`<a …><details>…`): one tag typed, several elements.
  // The tag shows something when any of its elements does.
  const shown = new Set(found.filter((l) => !l.blank).map((l) => l.offset));
  for (const l of found) if (l.blank && shown.has(l.offset)) l.blank = false;
  return found;
}
