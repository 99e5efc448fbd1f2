/**
 * How deep an article body nests, measured in one linear pass before anything is rendered. The Markdown and
 * HTML tree walkers recurse once per level: 2,000 nested `> ` or `<div>` overflow the stack, and deep link or
 * emphasis nesting makes the parser's work grow with the square of the depth. A news story needs a handful of
 * levels; the limits leave ample room and keep every render within its budget.
 */
import { linkPastLimit } from './link-count.ts';
import { blankCode } from './link-scan.ts';
import { positionFinder } from './text-position.ts';

export const NESTING_LIMITS = {
  /** Blockquotes and list items inside one another (`> > - - x` is four). */
  blocks: 100,
  /** HTML elements inside one another. */
  html: 100,
  /** Links and images inside one another (`[![…](…)](…)` is two). */
  brackets: 100,
  /** `*` and `_` in a row outside a line of its own (a rule), i.e. about 50 levels of emphasis. */
  emphasisRun: 100,
} as const;

/**
 * How much markup one body may hold. The Markdown parser (micromark) does more than linear work on some
 * floods of markup (unclosed link titles, code-span openers of many lengths: each rescans the paragraph), so
 * the amount of it is bounded; a long article uses a few hundred of these characters, a 1,000-row table
 * about 5,000.
 */
export const MARKUP_LIMITS = {
  /** Characters Markdown and HTML use for markup, outside code: [ ] ( ) < > * _ ` | ~ ! \ & */
  characters: 10_000,
  lines: 25_000,
  /** `#` headings and `=`/`-` underlines: each setext underline makes the parser look back over the body. */
  headings: 1_000,
  /**
   * Blockquotes and list items opened (a `>` after a line with fewer, every list marker): each is a block of its
   * own for the parser and the renderer. 9,900 separate quotes fit the markup limit and took 2.2 s to render
   * (round 22); a long live blog or list of names has a few hundred.
   */
  containers: 4_000,
  /**
   * Lazy lines: lines that carry on a quote's or list item's paragraph without its `>` or indent. For each, the
   * parser walks back over the whole paragraph so far (micromark's document tokenizer): `> a` and then 4,000 plain
   * lines took 2.6 s to parse, `- a` and 21,000 took 100 s (found in round 22). Counted as that work: the lines of
   * the paragraph at each lazy line, summed. A pasted quote marked on its first line only is a few dozen lines.
   */
  lazyWork: 2_000_000,
  /**
   * Links: Markdown links and the addresses the renderer links bare (link-count.ts). Each is several nodes for every
   * tree walk of the renderer: 116,000 `www.a.co` took 5–7 s to render (round 36); a long article has a few hundred.
   */
  links: 5_000,
} as const;

const HEADING_LINE = /^ {0,3}(#{1,6}([ \t]|\r?\n|$)|(=+|-+)[ \t]*(\r?\n|$))/;

const MARKUP = new Set([...'[]()<>*_`|~!\\&']);

export interface NestingProblem {
  /** 1-based line and column within the body. */
  line: number;
  column: number;
  message: string;
}

/** HTML's void elements: no closing tag, nothing inside. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;

/** The first place where `body` nests deeper than {@link NESTING_LIMITS}, or undefined. */
/** As the check asks its memo (body-answers.ts): the problem, or null; under line 1, since its lines are the body's own. */
export const bodyNesting = (body: string): NestingProblem | null => nestingProblem(body) ?? null;

export function nestingProblem(body: string): NestingProblem | undefined {
  const text = blankCode(body);
  return sizeProblem(text) ?? linkCountProblem(text) ?? blockProblem(text) ?? inlineProblem(text);
}

function linkCountProblem(text: string): NestingProblem | undefined {
  const at = linkPastLimit(text, MARKUP_LIMITS.links);
  if (at === -1) return undefined;
  return {
    ...positionFinder(text)(at),
    message: `the body has more than ${MARKUP_LIMITS.links.toLocaleString('en-US')} links (Markdown links and the web and e-mail addresses the page links by themselves) (the limit); split it into several articles or link the data instead`,
  };
}

function sizeProblem(text: string): NestingProblem | undefined {
  let lines = 1;
  let markup = 0;
  let headings = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n' || i === 0) {
      if (HEADING_LINE.test(text.slice(c === '\n' ? i + 1 : i, i + 16)) && ++headings > MARKUP_LIMITS.headings) {
        return { line: c === '\n' ? lines + 1 : lines, column: 1, message: `the body has more than ${MARKUP_LIMITS.headings.toLocaleString('en-US')} headings and underlines (the limit); split it into several articles` };
      }
    }
    if (c === '\n') {
      if (++lines > MARKUP_LIMITS.lines) {
        return { line: lines, column: 1, message: `the body has more than ${MARKUP_LIMITS.lines.toLocaleString('en-US')} lines (the limit); split it into several articles or link the data instead` };
      }
    } else if (MARKUP.has(c) && ++markup > MARKUP_LIMITS.characters) {
      const column = i - text.lastIndexOf('\n', i);
      return {
        line: lines,
        column,
        message: `the body has more than ${MARKUP_LIMITS.characters.toLocaleString('en-US')} markup characters ([ ] ( ) < > * _ \` | ~ ! \\ &) outside code (the limit); split it into several articles or link the data instead`,
      };
    }
  }
  return undefined;
}

function blockProblem(text: string): NestingProblem | undefined {
  // Content columns of the open list items; an item indented less than an open item's content closes it.
  const items: number[] = [];
  let lineNo = 0;
  let opened = 0;
  let quotesBefore = 0;
  // Whether the line before was text in a quote or list item, or carried one on; how many lines carried one on.
  let inContainer = false;
  let lazyBefore = false;
  // Lines of the quote's or item's paragraph so far, and the parser's walks back over it at lazy lines.
  let paragraphLines = 0;
  let lazyWork = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    let i = start;
    let quotes = 0;
    let markers = 0;
    // Blockquote markers, each after up to three spaces.
    for (;;) {
      let j = i;
      while (j < end && j - i < 3 && text[j] === ' ') j++;
      if (text[j] !== '>') break;
      quotes++;
      i = j + 1;
      if (text[i] === ' ') i++;
      if (quotes > NESTING_LIMITS.blocks) break;
    }
    let indent = 0;
    while (i + indent < end && (text[i + indent] === ' ' || text[i + indent] === '\t')) indent++;
    const blank = i + indent >= end || (i + indent === end - 1 && text[end - 1] === '\r');
    const itemColumn = items[items.length - 1];
    if (i + indent < end) {
      while (items.length && (items[items.length - 1] as number) > indent) items.pop();
      // List markers, possibly several on one line (`- - x`), each opening a level.
      let k = i + indent;
      let column = indent;
      for (;;) {
        const m = LIST_MARKER.exec(text.slice(k, Math.min(end, k + 12)));
        if (!m) break;
        markers++;
        column += m[0].length;
        k += m[0].length;
        if (items.length + markers > NESTING_LIMITS.blocks) break;
      }
      for (let n = 0; n < markers; n++) items.push(column);
      // Only the last marker's content column matters for deeper items; the others sit before it.
    }
    // A text line without the `>` the line before had, or indented less than the open item's words.
    const isLazy: boolean = inContainer && !blank && quotes === 0 && markers === 0 && (quotesBefore > 0 || lazyBefore || (itemColumn !== undefined && indent < itemColumn));
    if (isLazy && (lazyWork += paragraphLines) > MARKUP_LIMITS.lazyWork) {
      return {
        line: lineNo,
        column: 1,
        message: `lines that carry on a quote or list item without its ">" or indent make the Markdown parser rescan the ${paragraphLines.toLocaleString('en-US')} lines before them, and this one takes it past its limit; start each quoted line with ">" (or indent the item's lines), or end the quote or list with a blank line`,
      };
    }
    inContainer = !blank && (quotes > 0 || items.length > 0 || isLazy);
    paragraphLines = inContainer ? paragraphLines + 1 : 0;
    lazyBefore = isLazy;
    opened += markers + Math.max(0, quotes - quotesBefore);
    // A line with fewer `>` (a blank line closes the quotes; one holding only `>` keeps them) before a `>` opens one.
    quotesBefore = quotes;
    if (opened > MARKUP_LIMITS.containers) {
      return {
        line: lineNo,
        column: 1,
        message: `the body opens more than ${MARKUP_LIMITS.containers.toLocaleString('en-US')} blockquotes and list items (the limit); split it into several articles or link the data instead`,
      };
    }
    if (quotes + items.length > NESTING_LIMITS.blocks) {
      return {
        line: lineNo,
        column: 1,
        message: `blockquotes and lists are nested more than ${NESTING_LIMITS.blocks} levels deep (the limit); flatten the structure`,
      };
    }
    start = end + 1;
  }
  return undefined;
}

function inlineProblem(text: string): NestingProblem | undefined {
  let line = 1;
  let lineStart = 0;
  let html = 0;
  const brackets: number[] = [];
  let run = 0;
  let runStart = 0;
  const at = (offset: number, message: string): NestingProblem => ({ line, column: offset - lineStart + 1, message });
  // A rule line can hold many long runs: it is judged once.
  let ruleLine = 0;
  const onRuleLine = (offset: number) => {
    if (ruleLine === line) return true;
    if (!isRuleLine(text, offset)) return false;
    ruleLine = line;
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '*' || c === '_') {
      if (run === 0) runStart = i;
      run++;
      continue;
    }
    if (run > NESTING_LIMITS.emphasisRun && !onRuleLine(runStart)) {
      return at(runStart, `${run} "*" and "_" in a row nest emphasis too deeply (the limit is ${NESTING_LIMITS.emphasisRun}); remove the extra markers`);
    }
    run = 0;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      // A blank line ends a paragraph, and with it any open link text.
      let j = i + 1;
      while (text[j] === ' ' || text[j] === '\t' || text[j] === '\r') j++;
      if (j >= text.length || text[j] === '\n') brackets.length = 0;
    } else if (c === '\\') {
      i++;
    } else if (c === '[') {
      brackets.push(0);
    } else if (c === ']' && brackets.length) {
      // Depth of this pair: one more than the deepest pair closed inside it; passed on to the pair around it.
      const depth = (brackets.pop() as number) + 1;
      if (depth > NESTING_LIMITS.brackets) return at(i, `links and images are nested more than ${NESTING_LIMITS.brackets} deep (the limit); remove the extra brackets`);
      if (brackets.length) brackets[brackets.length - 1] = Math.max(brackets[brackets.length - 1] as number, depth);
    } else if (c === '<') {
      const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?(\/?)>/.exec(text.slice(i, i + 512));
      if (!tag) continue;
      const name = (tag[2] as string).toLowerCase();
      if (tag[1]) html = Math.max(0, html - 1);
      else if (!tag[3] && !VOID_ELEMENTS.has(name)) html++;
      if (html > NESTING_LIMITS.html) return at(i, `HTML elements are nested more than ${NESTING_LIMITS.html} deep (the limit); close them or remove the extra tags`);
      i += tag[0].length - 1;
    }
  }
  if (run > NESTING_LIMITS.emphasisRun && !onRuleLine(runStart)) {
    return at(runStart, `${run} "*" and "_" in a row nest emphasis too deeply (the limit is ${NESTING_LIMITS.emphasisRun}); remove the extra markers`);
  }
  return undefined;
}

/** A line made only of `*`, `_`, `-` and spaces (a thematic break or setext underline) is not emphasis. */
function isRuleLine(text: string, offset: number): boolean {
  // Any other character on the line is found within the run's own line: scan out from the run, stop at the first.
  for (let i = offset; i < text.length && text[i] !== '\n'; i++) if (!' \t*_-\r'.includes(text[i] as string)) return false;
  for (let i = offset - 1; i >= 0 && text[i] !== '\n'; i--) if (!' \t*_-\r'.includes(text[i] as string)) return false;
  return true;
}
