/**
 * A tag that may hold only words (`<b>`, `<span>`, `<i>` …) opened on a line of its own and left open over the
 * paragraphs below it: Google Docs wraps a pasted story in `<b style="font-weight:normal;" id="docs-internal-guid-…">`.
 * The HTML parser puts the paragraphs (lists, quotes, tables) inside it, and the page, where such an element holds
 * no blocks, keeps their words and drops their breaks: the whole story was one bold run, the check clean (round 24a
 * #2). One line per such tag, decided from the renderer's parse of the body's note skeleton (skeleton-parse.ts,
 * shared with the other body rules): a tag left open in a block of raw HTML, followed by a block of Markdown or by
 * a block-level tag before it is closed (one never closed is
 * unclosed-tags.ts's).
 */
import type { Nodes } from 'mdast';
import type { Position } from '#/check/frontmatter.ts';
import { positionFinder } from '#/check/text-position.ts';
import { readHtmlTokens } from '#/check/html-tokens.ts';
import { parseSkeleton } from './skeleton-parse.ts';
import { truncateGraphemes } from './graphemes.ts';

export interface WrappedBlocksProblem {
  message: string;
  pos: Position;
}

/** Elements the page keeps that hold only words (and the obsolete ones read as such: `<tt>`, `<strike>`). */
const WORDS_ONLY = new Set('b i em strong span u s small sub sup mark abbr cite code kbd samp var q dfn time data bdi bdo tt strike'.split(' '));
/** Elements that are blocks: inside a words-only element they give way to their words. */
const BLOCKS = new Set('p div h1 h2 h3 h4 h5 h6 ul ol dl table blockquote figure pre details section hr'.split(' '));
const CANDIDATE = new RegExp(`^[ \\t>]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)*<[^\\n]*<?(?:${[...WORDS_ONLY].join('|')})[\\s/>]`, 'im');

interface Open {
  name: string;
  at: number;
  tag: string;
}

export function wrappedBlocks(body: string, bodyLine: number): WrappedBlocksProblem[] {
  if (!CANDIDATE.test(body)) return [];
  const parse = parseSkeleton(body);
  const pos = positionFinder(body, bodyLine);
  const found: Open[] = [];
  const container = (children: readonly Nodes[]) => {
    let open: Open[] = [];
    const report = () => {
      if (open[0]) found.push(open[0]);
      open = [];
    };
    for (const child of children) {
      if (child.type === 'definition') continue;
      if (child.type !== 'html') {
        if (open.length > 0) report();
        if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'table') container(child.children as Nodes[]);
        continue;
      }
      const start = child.position?.start.offset ?? 0;
      const raw = parse.text.slice(start, child.position?.end.offset ?? start);
      readHtmlTokens(raw, {
        onStartTag(token) {
          const name = token.tagName;
          // A block on a later line than the open tag: the tag is left open over it. On the same line
          // (`<p><span><div>…</div></span></p>`) it is a nesting slip the page repairs, not a wrapped story.
          const from = token.location?.startOffset ?? 0;
          if (open[0] && BLOCKS.has(name) && parse.text.slice(open[0].at, start + from).includes('\n')) report();
          else if (WORDS_ONLY.has(name) && !token.selfClosing) {
            open.push({ name, at: start + from, tag: raw.slice(from, token.location?.endOffset ?? from) });
          }
        },
        onEndTag(token) {
          const last = open.findLastIndex((o) => o.name === token.tagName);
          if (last !== -1) open.length = last;
        },
      });
    }
  };
  container(parse.tree.children as Nodes[]);
  // One never closed has its own line (unclosed-tags.ts: the rest of the article is set in it).
  const closed = (o: Open) => new RegExp(`</${o.name}[\\s>]`, 'i').test(parse.text.slice(o.at));
  return found.filter(closed).map((o) => ({ message: message(o), pos: pos(parse.toBody(o.at)) }));
}

function message({ name, tag }: Open): string {
  const shown = truncateGraphemes(tag.replace(/\s+/g, ' '), 80);
  const docs = /docs-internal-guid/i.test(tag) ? ' (Google Docs wraps a pasted story in one)' : '';
  return `"${shown}" is left open over the paragraphs below it, but <${name}> may hold only words, so the page runs them together into one block and loses their breaks; remove the <${name}> and its </${name}>${docs}, or put a <${name}> inside each paragraph`;
}
