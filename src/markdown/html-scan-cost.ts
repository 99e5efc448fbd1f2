/**
 * A bound on the one quadratic step left in the Markdown parser (micromark): an inline HTML comment, processing
 * instruction, CDATA section or declaration that is never closed makes the parser scan to the end of its
 * paragraph for the close, give up, and go on one character later. 1,000 unclosed `<!--` in one long paragraph
 * took the renderer 7.4 s. The content check refuses such bodies (src/check/rules/desk-notes.ts), and every step
 * that parses a body first asks this cheap, linear estimate of the characters those vain scans would read:
 * the renderer refuses a body over the budget with one line (a body the check refused is never rendered, whatever
 * the path), and the check's own parses (reference images, anchor targets) skip it.
 *
 * The estimate is from the text alone, per block of lines between blank lines (a paragraph never runs past a
 * blank line): each opener with no closer after it in its block costs the rest of the block. It counts high where
 * an opener sits in code (the parser does not scan there), never low.
 */

/** What opens an inline construct that the parser scans for its close, and that close. */
const OPENERS: readonly { open: string; close: string }[] = [
  { open: '<!--', close: '-->' },
  { open: '<?', close: '?>' },
  { open: '<![CDATA[', close: ']]>' },
];
/** A declaration: `<!` and an ASCII letter, closed by the next `>`. */
const DECLARATION = /<![A-Za-z]/g;

/**
 * Characters the parser may scan in vain: measured, 1,000 openers in a 1 MB paragraph (1 G) took 7.4 s; 100 KB of
 * running text with every opener closed costs nothing here. 40 M is ~0.3 s of parsing, a few times more than any
 * article the check accepts (it refuses every unclosed inline note).
 */
export const HTML_SCAN_BUDGET = 40_000_000;

export interface HtmlScanCost {
  /** Characters the parser may scan in vain. */
  cost: number;
  /** Offset of the first opener counted, or -1. */
  first: number;
}

/** The estimate for a whole body. Linear: one pass per kind of opener. */
export function unclosedHtmlScanCost(markdown: string): HtmlScanCost {
  const out = { cost: 0, first: -1 };
  if (!markdown.includes('<')) return out;
  const count = (at: number, end: number) => {
    out.cost += end - at;
    if (out.first === -1 || at < out.first) out.first = at;
  };
  for (const [start, end] of blocks(markdown)) {
    const block = markdown.slice(start, end);
    if (!block.includes('<')) continue;
    for (const { open, close } of OPENERS) for (const at of unclosed(block, open, block.lastIndexOf(close))) count(start + at, end);
    // A declaration closes at any later `>`.
    const lastClose = block.lastIndexOf('>');
    for (const m of block.matchAll(DECLARATION)) if (m.index + 2 > lastClose) count(start + m.index, end);
  }
  return out;
}

/** Why the renderer will not parse `markdown`, or undefined when it is within the budget. */
export function htmlScanProblem(markdown: string, known?: HtmlScanCost): string | undefined {
  const { cost } = known ?? unclosedHtmlScanCost(markdown);
  if (cost <= HTML_SCAN_BUDGET) return undefined;
  return `raw HTML openers ("<!--", "<?", "<![CDATA[" or "<!x") are left unclosed in a long paragraph, and the Markdown parser would rescan the paragraph for each (${Math.round(cost / 1e6)} million characters; the limit is ${HTML_SCAN_BUDGET / 1e6} million); close each note in its paragraph (<!-- … -->), or write "&lt;" for a "<" meant as text`;
}

/** Offsets of the openers after the last closer of their kind in the block: each costs the rest of the block. */
function* unclosed(block: string, open: string, lastClose: number): Generator<number> {
  for (let at = block.indexOf(open, Math.max(0, lastClose - open.length + 1)); at !== -1; at = block.indexOf(open, at + 1)) {
    // `<!-->` and `<!--->` are complete (empty) comments.
    if (open === '<!--' && (block.startsWith('>', at + 4) || block.startsWith('->', at + 4))) continue;
    if (lastClose === -1 || at + open.length > lastClose) yield at;
  }
}

/** [start, end) of each run of lines between blank lines. */
function* blocks(s: string): Generator<[number, number]> {
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  for (const m of s.matchAll(blank)) {
    yield [start, m.index];
    start = m.index + m[0].length;
  }
  yield [start, s.length];
}
