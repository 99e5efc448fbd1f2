/**
 * The Markdown links of a body exactly as the renderer makes them: every `link` and every `definition` of the
 * renderer's own Markdown parse (remark-parse and the pipeline's remark plugins, src/markdown/body-tree.ts), wherever
 * it sits (a blockquote, a list item, a footnote, a table), with the destination on the next line, an escaped
 * bracket in its label, or a `]` inside a tag, a comment or an autolink in its text. So the content check verifies
 * the links the page carries, and none the page prints as text (round 12, finding 9).
 *
 * The parse reads the body's link skeleton (note-skeleton.ts, with every line a link may span kept as written: see
 * `linkLines`), so prose costs next to nothing; positions are mapped back to the body, and a link's text is quoted
 * from the body. Callers bound the markup first (nesting.ts); a body over the amplification or scan budgets is not
 * parsed here (it is refused by those rules).
 *
 * Also read from the same tree: a definition typed on the line right after paragraph text (CommonMark reads it as
 * text of that paragraph, so no link uses it), and footnote calls inside a raw `<a>…</a>` (round 12, finding 10).
 */
import type { Nodes, Parent } from 'mdast';
import { transformedBody } from '#/markdown/body-tree.ts';
import type { LinksInLinks } from '#/markdown/remark-raw-anchor-text.ts';
import { htmlScanProblem } from '#/markdown/html-scan-cost.ts';
import type { BodyLink } from './link-scan.ts';
import { noteSkeleton } from './rules/note-skeleton.ts';
import { amplificationOf, type Amplification } from './rules/amplification.ts';
import { positionFinder } from './text-position.ts';
import { labelEnd, linkInput, oneLine, strayDefinitionAt, writtenDestination } from './link-syntax.ts';
import { typedLinkBudget, typedLinksIn, type TypedLink } from './typed-links.ts';
import { linkNodeShows, writtenLinkShows } from './rules/shown-words.ts';

export interface MarkdownLink extends BodyLink {
  /** `[text](…)`, a reference definition `[label]: …` that a link uses, or an autolink `<scheme:…>`. */
  kind: 'inline' | 'definition' | 'autolink';
}

export interface Placed {
  /** What to quote: the definition line's start, or the footnote call as written. */
  text: string;
  line: number;
  column: number;
}

export interface BodyMarkdownLinks {
  /** In body order. */
  links: MarkdownLink[];
  /** `[x]: ../story.md` on the line right after paragraph text: printed as text, so the link it defines is not made. */
  strayDefinitions: Placed[];
  /** Footnote calls (`[^1]`) between a raw `<a …>` and its `</a>`: the page splits the link around them. */
  footnotesInRawLinks: Placed[];
  /** A link written inside another (remark-raw-anchor-text.ts): `raw` when the inner one is a raw `<a …>`. */
  linksInLinks: (Placed & { raw: boolean })[];
  /** Link and image syntax the page prints as typed (a space in the address, no `)`…: typed-links.ts). */
  typedAsText: (Placed & { image: boolean; message: string })[];
  /** Reference links (`[&nbsp;][ref]`) whose text shows nothing (rules/shown-words.ts), quoted as written. */
  blankReferences: Placed[];
}

const NONE: BodyMarkdownLinks = { links: [], strayDefinitions: [], footnotesInRawLinks: [], linksInLinks: [], typedAsText: [], blankReferences: [] };
/** A raw `<a>` opening and closing, counted as the renderer's own step counts them (remark-raw-anchor-text.ts). */
const OPEN_A = /<a\b[^>]*>/gi;
const CLOSE_A = /<\/a\s*>/gi;
/** An autolink the bare-URL rule (rules/raw-links.ts) already reads. */
const WEB = /^https?:/i;

export function markdownLinks(body: string, firstLine = 1, opts: { leaveOutLinkless?: boolean; amplification?: Amplification | undefined } = {}): BodyMarkdownLinks {
  // Every link, definition and footnote call ends with "]"; an autolink is "<scheme:…>".
  if (!body.includes(']') && !/<[a-z][a-z0-9+.-]{1,31}:/i.test(body)) return NONE;
  // Markup the parser would spend seconds on is refused by those rules; nothing to verify before it is fixed.
  if (htmlScanProblem(body) || (opts.amplification ?? amplificationOf(body, firstLine))().length) return NONE;
  const lines = body.split('\n');
  // Lines that matter only for where a title or link ends are cut to that (link-syntax.ts), then the skeleton.
  const { input, from, keep } = linkInput(lines, opts);
  const skeleton = noteSkeleton(input.join('\n'), keep);
  const nested: LinksInLinks = { markdownInRaw: [], rawInMarkdown: [] };
  const tree = transformedBody(skeleton.text, { linksInLinks: nested });
  const pos = positionFinder(body, firstLine);
  const toBody = input.length === lines.length && input.every((line, i) => line === lines[i]) ? (offset: number) => offset : lineMap(lines, input, from);
  const at = (offset: number | undefined) => toBody(skeleton.toBody(offset ?? 0));

  const definitions = new Map<string, Extract<Nodes, { type: 'definition' }>>();
  const used = new Set<string>();
  const out: { offset: number; link: MarkdownLink }[] = [];
  const strays: { offset: number; text: string }[] = [];
  const inRawLinks = new Set<number>();
  const typed: TypedLink[] = [];
  const budget = typedLinkBudget();
  const blankRefs: { offset: number; text: string }[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    } else if (node.type === 'linkReference') {
      used.add(node.identifier);
      const blank = blankReference(body, node, at);
      if (blank) blankRefs.push(blank);
    }
    else if (node.type === 'link' && node.position) {
      const start = at(node.position.start.offset);
      const link = inlineOrAutolink(body, node, start, at);
      if (link) out.push({ offset: start, link: { ...link, ...pos(start) } });
    } else if (node.type === 'paragraph' && node.position) {
      const from = at(node.position.start.offset);
      const to = at(node.position.end.offset);
      for (let nl = body.indexOf('\n', from); nl !== -1 && nl < to; nl = body.indexOf('\n', nl + 1)) {
        const stray = strayDefinitionAt(body, nl + 1);
        if (stray) strays.push(stray);
      }
    }
    typed.push(...typedLinksIn(node, body, at, budget));
    if ('children' in node) {
      if (node.children.some((c) => c.type === 'html')) for (const o of footnotesInsideRawAnchors(node)) inRawLinks.add(o);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  for (const [identifier, d] of definitions) {
    // A definition no link uses makes no link (one only images use is an image: images.ts; an unused one is
    // footnotes.ts's line): where it points is not judged.
    if (!used.has(identifier) || !d.position) continue;
    const start = at(d.position.start.offset);
    const end = labelEnd(body, start);
    const href = d.url === '' ? '' : (writtenDestination(body, end + 2) ?? d.url);
    out.push({ offset: start, link: { kind: 'definition', text: oneLine(body.slice(start + 1, end)), href, ...pos(start) } });
  }
  const placed = (offset: number, shown: string): Placed => ({ text: shown, ...pos(offset) });
  return {
    links: out.sort((a, b) => a.offset - b.offset).map((x) => x.link),
    strayDefinitions: strays.sort((a, b) => a.offset - b.offset).map((s) => placed(s.offset, s.text)),
    blankReferences: blankRefs.sort((a, b) => a.offset - b.offset).map((r) => placed(r.offset, r.text)),
    footnotesInRawLinks: [...inRawLinks]
      .map(at)
      .sort((a, b) => a - b)
      .map((offset) => placed(offset, /^\[\^[^\]\n]{0,100}\]/.exec(body.slice(offset, offset + 104))?.[0] ?? '[^…]')),
    linksInLinks: [...nested.markdownInRaw.map((o) => ({ offset: at(o), raw: false })), ...nested.rawInMarkdown.map((o) => ({ offset: at(o), raw: true }))]
      .sort((a, b) => a.offset - b.offset)
      .map(({ offset, raw }) => ({ ...placed(offset, writtenLink(body, offset, raw)), raw })),
    typedAsText: typed.sort((a, b) => a.offset - b.offset).map((t) => ({ ...placed(t.offset, ''), image: t.image, message: t.message })),
  };
}

/**
 * From an offset in the lines as cut and joined (`input`; `from`: each one's body line) to the body's: exact on
 * every line kept as written (where links, labels and definitions start and end); on a cut one, its first body
 * line's start plus the column, at most that line's end.
 */
function lineMap(lines: string[], input: string[], from: number[]): (offset: number) => number {
  const bodyStarts: number[] = [];
  let b = 0;
  for (const line of lines) {
    bodyStarts.push(b);
    b += line.length + 1;
  }
  const inputStarts: number[] = [];
  let c = 0;
  for (const line of input) {
    inputStarts.push(c);
    c += line.length + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = inputStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((inputStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = from[lo] ?? 0;
    return (bodyStarts[line] ?? 0) + Math.min(offset - (inputStarts[lo] ?? 0), (lines[line] ?? '').length);
  };
}

/** An inline link `[text](dest)` or an autolink `<mailto:…>`, with its text quoted from the body; undefined for others. */
function inlineOrAutolink(body: string, node: Extract<Nodes, { type: 'link' }>, start: number, at: (offset: number | undefined) => number): Omit<MarkdownLink, 'line' | 'column'> | undefined {
  if (body[start] === '<') {
    const end = at(node.position?.end.offset);
    const written = body.slice(start + 1, end - 1);
    // `<news@example.org>` is an e-mail autolink: its address is the parser's `mailto:…`, not a path on this site.
    const href = /^[a-z][a-z0-9+.-]*:/i.test(written) ? written : node.url;
    return WEB.test(href) ? undefined : { kind: 'autolink', text: written, href };
  }
  // A bare URL linked by the renderer (no position) is the bare-URL rule's; a `[` starts every Markdown link.
  if (body[start] !== '[') return undefined;
  const last = node.children[node.children.length - 1];
  // The "]" that ends the text: right after its last child (on a line kept as written), or after the "[".
  const from = last?.position ? at(last.position.end.offset) : start + 1;
  const close = body[from] === ']' ? from : body.indexOf(']', from);
  if (close === -1) return undefined;
  const href = body[close + 1] === '(' ? writtenDestination(body, close + 2) : undefined;
  // An empty address (`[x]()`) stays empty, as the page has it (empty-address.ts names it).
  const text = oneLine(body.slice(start + 1, close));
  const blank = !linkNodeShows(node.children) || !writtenLinkShows(text);
  return { kind: 'inline', text, href: node.url === '' ? '' : (href ?? node.url), ...(blank ? { blank } : {}) };
}

/** How a link inside another is quoted: the raw tag (`<a href="…">`), or the Markdown link's text and address as written. */
function writtenLink(body: string, offset: number, raw: boolean): string {
  const end = raw ? body.indexOf('>', offset) + 1 : body.indexOf(')', offset) + 1;
  return oneLine(body.slice(offset, end > offset && end - offset <= 300 ? end : Math.min(body.length, offset + 60)));
}

/** Offsets (in the skeleton) of footnote calls between a raw `<a …>` and its `</a>` among a parent's children. */
function footnotesInsideRawAnchors(parent: Parent): number[] {
  const found: number[] = [];
  let open = 0;
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'html') {
      open = Math.max(0, open + (child.value.match(OPEN_A)?.length ?? 0) - (child.value.match(CLOSE_A)?.length ?? 0));
    } else if (open > 0) {
      // The call itself, or one inside emphasis in the link's text (link text nests no deeper than the check's limit).
      const inner: Nodes[] = [child];
      while (inner.length) {
        const n = inner.pop()!;
        if (n.type === 'footnoteReference' && n.position?.start.offset !== undefined) found.push(n.position.start.offset);
        else if ('children' in n) inner.push(...(n.children as Nodes[]));
      }
    }
  }
  return found;
}

/** A reference link (`[&nbsp;][ref]`, `[&nbsp;][]`) that shows nothing: where it starts and how it is written; else undefined. */
function blankReference(body: string, node: Extract<Nodes, { type: 'linkReference' }>, at: (offset: number | undefined) => number): { offset: number; text: string } | undefined {
  if (!node.position || linkNodeShows(node.children)) return undefined;
  const start = at(node.position.start.offset);
  if (body[start] !== '[') return undefined;
  const last = node.children[node.children.length - 1];
  const from = last?.position ? at(last.position.end.offset) : start + 1;
  const close = body[from] === ']' ? from : body.indexOf(']', from);
  if (close === -1 || writtenLinkShows(body.slice(start + 1, close))) return undefined;
  const end = Math.min(at(node.position.end.offset), start + 200);
  return { offset: start, text: oneLine(body.slice(start, end)) };
}
