/**
 * Raw HTML tags the page KEEPS but that are left open, judged from the renderer's own parse (body-tree.ts): an
 * editor's `<A>`, `<B>` or `<EM>` (any case) in a sentence is an opening tag to HTML, so the letters vanish and the
 * element runs on: the rest of the article is a link, bold, struck through, or the paragraph is split there
 * (round 10, finding 2). One line per tag, naming it, what the page would do and the two fixes:
 * - in a paragraph, heading or table cell, an element opened by inline HTML must close in that block (an element
 *   closed in a later paragraph is repaired by the HTML parser, which carries the style over everything between);
 * - a void element that breaks the text (`<hr>`) must not stand inside a sentence;
 * - HTML blocks (a tag starting a line) may open an element that a later block closes (`<details>` … `</details>`,
 *   README "HTML in articles"); one still open at the end of the body is reported, and so is a formatting element
 *   (`<b>`, `<a>` …) left open when the block element around it closes (the parser reopens it after).
 * Tags the sanitiser drops are body-text.ts's and dropped-words.ts's; comments are desk-notes.ts's.
 */
import type { Html, Nodes, Root } from 'mdast';
import type { Token } from 'parse5';
import { readHtmlTokens } from '#/check/html-tokens.ts';
import { sanitizeSchema } from '#/markdown/sanitize-schema.ts';
import type { Find } from './each-line.ts';
import { breaksBlock, splitEffect } from './paragraph-breakers.ts';

const KEPT: ReadonlySet<string> = new Set(sanitizeSchema.tagNames ?? []);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** HTML's formatting elements: left open, the parser reopens them in every later block. */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** Elements whose end tag may be left out: closing the element around them closes them too. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'summary']);
type InlineBlock = 'paragraph' | 'heading' | 'table cell';
const INLINE_BLOCKS: Partial<Record<Nodes['type'], InlineBlock>> = { paragraph: 'paragraph', heading: 'heading', tableCell: 'table cell' };

const EFFECT: Record<string, string> = {
  a: 'makes the rest a link to nowhere',
  b: 'sets the rest in bold',
  strong: 'sets the rest in bold',
  i: 'sets the rest in italics',
  em: 'sets the rest in italics',
  cite: 'sets the rest in italics',
  dfn: 'sets the rest in italics',
  var: 'sets the rest in italics',
  s: 'strikes the rest through',
  del: 'strikes the rest through',
  u: 'underlines the rest',
  ins: 'underlines the rest',
  q: 'puts the rest in quotation marks nobody typed',
  code: 'sets the rest in monospace',
  kbd: 'sets the rest in monospace',
  samp: 'sets the rest in monospace',
  sub: 'sets the rest as subscript',
  sup: 'sets the rest as superscript',
  small: 'sets the rest in small type',
  mark: 'highlights the rest',
  bdo: 'overrides the direction of the rest',
};

function effect(name: string): string {
  return EFFECT[name] ?? (KEPT.has(name) && !['span', 'abbr', 'time', 'data'].includes(name) ? 'breaks the text there and puts the rest inside it' : 'wraps the rest in it');
}

interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  /** Offset of the `<` in the node's value, and the tag as typed. */
  start: number;
  written: string;
}

/** One inline HTML node is one tag, comment or declaration (CommonMark's inline raw HTML): read without a tokenizer. */
const ONE_TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/;

function inlineTag(html: string): Tag[] {
  const m = ONE_TAG.exec(html);
  if (!m) return [];
  return [{ name: (m[2] ?? '').toLowerCase(), end: m[1] === '/', selfClosing: html.endsWith('/>'), start: 0, written: html }];
}

/** The tags of one HTML block as the HTML tokenizer reads them (comments, and text-only elements' content, skipped). */
function tagsIn(html: string): Tag[] {
  const found: Tag[] = [];
  const tag = (token: Token.TagToken, end: boolean) => {
    const start = token.location?.startOffset ?? 0;
    found.push({ name: token.tagName, end, selfClosing: token.selfClosing, start, written: html.slice(start, token.location?.endOffset ?? html.length) });
  };
  readHtmlTokens(html, { onStartTag: (token) => tag(token, false), onEndTag: (token) => tag(token, true) });
  return found;
}

interface Open {
  tag: Tag;
  /** Offset of the tag in the body. */
  at: number;
}

function message(open: Open, where: string, also = ''): string {
  const { name, written } = open.tag;
  const shown = written.length > 60 ? `${written.slice(0, 59)}…` : written;
  const typed = written.slice(1).replace(/\s.*$/s, '').replace(/>$/, '');
  const asText = `"&lt;${typed}>" (or "\\<${typed}>")`;
  if (VOID.has(name)) return `"${shown}" is an HTML <${name}> element, which ends the paragraph here and draws a line across the page; to show the letters write ${asText}, or put the <${name}> on a line of its own`;
  return `"${shown}" opens an HTML <${name}> element that is not closed ${where}${also}, so the page hides the letters and ${effect(name)}; to show the letters write ${asText}, or close it with </${name}>`;
}

/** A block element typed inside a sentence and closed there (`prices rose <div>sharply</div> on Monday.`). */
function splitMessage(open: Open, block: InlineBlock, dropped = false): string {
  const { name, written } = open.tag;
  const shown = written.length > 60 ? `${written.slice(0, 59)}…` : written;
  const typed = written.slice(1).replace(/\s.*$/s, '').replace(/>$/, '');
  if (dropped) return `"${shown}" inside a sentence is an HTML <${name}> block, which the page drops but which still ends the ${block} before it and leaves the words after it outside any paragraph; to show the letters write "&lt;${typed}>" (or "\\<${typed}>"), or remove the tag`;
  return `"${shown}" inside a sentence is an HTML <${name}> block: the page ends the ${block} before it, ${splitEffect(name)}; to show the letters write "&lt;${typed}>" (or "\\<${typed}>"), or put <${name}> … </${name}> on lines of their own with a blank line before and after`;
}

/** The tags left open after the first, named (up to three) in its line: `; so are "<B>" and "<U>" after it`. */
function alsoOpen(more: Open[]): string {
  if (!more.length) return '';
  const named = more.slice(0, 3).map((o) => `"${o.tag.written.length > 30 ? `${o.tag.written.slice(0, 29)}…` : o.tag.written}"`);
  const rest = more.length - named.length;
  const list = rest > 0 ? `${named.join(', ')} and ${rest} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
  return ` (nor ${more.length === 1 ? 'is' : 'are'} ${list} after it)`;
}

/** Tags the page keeps that are left open where they are typed, as offsets in the body with their messages. */
export function unclosedTags(tree: Root): Find[] {
  const finds: Find[] = [];
  /** Elements opened by HTML blocks, across the body. */
  const blockStack: Open[] = [];

  const leftOpen = (o: Open) => finds.push({ index: o.at, message: message(o, 'before the element around it closes') });
  const offsetOf = (node: Html, tag: Tag) => (node.position?.start.offset ?? 0) + tag.start;

  const inline = (block: Nodes, name: InlineBlock) => {
    const stack: Open[] = [];
    /**
     * Block elements opened in the text, outermost only (a `<li>` inside a `<ul>` splits nothing more), with their
     * place on the stack: each splits the block where it stands (reported if closed there; else as left open).
     */
    const splits: { open: Open; depth: number }[] = [];
    const isOpen = (s: { open: Open; depth: number }) => stack[s.depth] === s.open;
    const walk = (node: Nodes) => {
      if (node.type === 'html') {
        for (const tag of inlineTag(node.value)) {
          if (!KEPT.has(tag.name)) {
            // Dropped by the sanitiser, but the paragraph was split before it ran (paragraph-breakers.ts).
            const last = splits.at(-1);
            if (!tag.end && breaksBlock(tag.name, name) && !(last && isOpen(last))) finds.push({ index: offsetOf(node, tag), message: splitMessage({ tag, at: 0 }, name, true) });
            continue;
          }
          if (tag.end) {
            if (!closeIn(stack, tag.name, leftOpen)) closeIn(blockStack, tag.name, leftOpen);
          } else if (VOID.has(tag.name)) {
            if (breaksBlock(tag.name, name)) finds.push({ index: offsetOf(node, tag), message: message({ tag, at: 0 }, '') });
          } else {
            const open = { tag, at: offsetOf(node, tag) };
            const last = splits.at(-1);
            if (breaksBlock(tag.name, name) && !(last && isOpen(last))) splits.push({ open, depth: stack.length });
            stack.push(open); // `<b/>` opens a <b> too: HTML ignores the slash
          }
        }
        return;
      }
      if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    };
    walk(block);
    for (const split of splits) if (!isOpen(split)) finds.push({ index: split.open.at, message: splitMessage(split.open, name) });
    const where = name === 'heading' ? 'on the heading line' : `in the same ${name}`;
    // The outermost one is the line; the ones after it are counted in it (99 `<b title>` in a row are one line).
    const [first, ...more] = stack;
    if (first) finds.push({ index: first.at, message: message(first, where, alsoOpen(more)) });
  };

  const visit = (node: Nodes) => {
    const name = INLINE_BLOCKS[node.type];
    if (name) return inline(node, name);
    if (node.type === 'html') {
      for (const tag of tagsIn(node.value)) {
        if (!KEPT.has(tag.name) || VOID.has(tag.name)) continue;
        if (tag.end) closeIn(blockStack, tag.name, leftOpen);
        else blockStack.push({ tag, at: offsetOf(node, tag) });
      }
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  for (const open of blockStack) {
    if (!OPTIONAL_END.has(open.tag.name)) finds.push({ index: open.at, message: message(open, 'anywhere in the article') });
  }
  return finds.sort((a, b) => a.index - b.index);
}

/**
 * Closes the innermost open element of that name; the ones opened inside it close with it (the parser does so),
 * and a formatting element among them is reported through `leftOpen` (the parser reopens it after). False when no
 * element of that name is open.
 */
function closeIn(stack: Open[], name: string, leftOpen: (open: Open) => void): boolean {
  let i = stack.length - 1;
  while (i >= 0 && stack[i]!.tag.name !== name) i--;
  if (i < 0) return false;
  for (const inner of stack.splice(i)) if (inner.tag.name !== name && FORMATTING.has(inner.tag.name)) leftOpen(inner);
  return true;
}
