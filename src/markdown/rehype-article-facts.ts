/**
 * The one step that records the facts of a finished article body, read by everything after the pipeline
 * (src/build/article-facts.ts, the related engine, search): it runs last, on the sanitised, typeset tree, so the
 * facts describe exactly what readers get, and whatever the sanitiser removed (`<template>`, `<textarea>`,
 * `<svg>`, `<noscript>`, scripts, comments) counts for nothing. Nothing after it reads the Markdown again.
 *
 * - `blocks`: the text readers see, block by block (a paragraph, a list item, a table cell, a heading, or the
 *   part of one between two `<br>`), whitespace collapsed; image alt text counts (readers of the page get it),
 *   preformatted code blocks and hidden elements do not, nor do a footnote's call number and way back (`↩`) or the
 *   footnotes' heading, hidden on screen (search printed "Qizilbulaq1" and "Footnotes"; round 22); a ruby's reading is read apart from its word
 *   (`東京 とうきょう`, or `東京(とうきょう)` with `<rp>`: ruby-text.ts). The related engine reads these (a block starts a
 *   sentence; a heading's capitals are title case, not names).
 * - `text`: the blocks joined by a space (what search indexes), so words of two blocks never run together.
 * - `wordCount`: the words of that text (reading time, JSON-LD), so markup, URLs and code never count.
 * - `lead`: the text of the first paragraph that has any.
 * - `linked`: slugs of the articles the body links to, from the final hrefs (rehype-site-links has already
 *   turned every spelling of an article link into `/articles/<slug>/`), in order of first appearance.
 * - `headings`: each heading with the id rehype-article-html gave it, its depth and its (typeset) text.
 * The tree is not changed.
 */
import type { Element, Root, RootContent } from 'hast';
import { countWords } from '#/domain/reading.ts';
import { resolveSiteLink } from '#/domain/site-links.ts';
import { readingText, rubyTextChildren } from './ruby-text.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A run of text a reader sees as one block; `heading` when it is (part of) a heading. */
export interface TextBlock {
  text: string;
  heading: boolean;
}

/** What the pipeline records for each body (`file.data.facts`). */
export interface BodyFacts {
  text: string;
  wordCount: number;
  blocks: TextBlock[];
  lead: string;
  linked: string[];
  headings: Heading[];
}

export interface ArticleFactsOptions {
  /** The site's address: an absolute link to it is a link to its page. */
  siteUrl: string;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED = new Set(['pre', 'script', 'style', 'template', 'textarea', 'noscript', 'svg', 'math']);
const HEADING = /^h[1-6]$/;

/** Marks the pipeline puts in for screen readers or in-page travel, not words a reader sees in the text. */
function unseenText(el: Element): boolean {
  const className = el.properties['className'];
  return el.properties['dataFootnoteRef'] !== undefined || el.properties['dataFootnoteBackref'] !== undefined
    || (Array.isArray(className) && className.includes('sr-only'));
}

/** Marks the end of an element in the walk's stack. */
interface Close {
  close: Element;
}

/** Reads the facts of a finished tree in one walk (iterative: nesting is bounded by the check, but need not be). */
export function readFacts(tree: Root, options: ArticleFactsOptions): BodyFacts {
  const blocks: TextBlock[] = [];
  const headings: Heading[] = [];
  const linked = new Set<string>();
  let run: string[] = [];
  let inHeading = 0;
  let leadFrom = -1;
  let leadOf: Element | undefined;
  let lead = '';
  const cut = () => {
    if (run.length === 0) return;
    const text = run.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, heading: inHeading > 0 });
    run = [];
  };
  const stack: (RootContent | Close)[] = [...tree.children].reverse();
  while (stack.length) {
    const node = stack.pop() as RootContent | Close;
    if ('close' in node) {
      cut();
      if (HEADING.test(node.close.tagName)) inHeading--;
      if (node.close === leadOf) {
        lead = blocks.slice(leadFrom).map((b) => b.text).join(' ');
        if (!lead) leadOf = undefined;
      }
      continue;
    }
    if (node.type === 'text') {
      run.push(node.value);
      continue;
    }
    if (node.type !== 'element') continue;
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || (el.properties['hidden'] !== undefined && el.properties['hidden'] !== false)) continue;
    if (el.tagName === 'img' && typeof el.properties['alt'] === 'string') run.push(el.properties['alt']);
    if (el.tagName === 'a' && unseenText(el)) continue;
    if (el.tagName === 'a' && typeof el.properties['href'] === 'string') {
      const target = resolveSiteLink(el.properties['href'], options.siteUrl);
      if (target.kind === 'article') linked.add(target.slug);
    }
    if (!BLOCKS.has(el.tagName)) {
      // A ruby's reading is read apart from its word (ruby-text.ts).
      const children = el.tagName === 'ruby' ? rubyTextChildren(el) : el.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RootContent);
      continue;
    }
    cut();
    const heading = HEADING.test(el.tagName);
    if (heading && typeof el.properties['id'] === 'string') headings.push({ depth: Number(el.tagName[1]), slug: el.properties['id'], text: readingText(el).replace(/\s+/g, ' ').trim() });
    if (unseenText(el)) continue;
    if (heading) inHeading++;
    if (el.tagName === 'p' && !lead && leadOf === undefined) {
      leadOf = el;
      leadFrom = blocks.length;
    }
    stack.push({ close: el });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as RootContent);
  }
  cut();
  const text = blocks.map((b) => b.text).join(' ');
  return { text, wordCount: countWords(text), blocks, lead, linked: [...linked], headings };
}

export default function rehypeArticleFacts(options: ArticleFactsOptions) {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    file.data['facts'] = readFacts(tree, options);
  };
}
