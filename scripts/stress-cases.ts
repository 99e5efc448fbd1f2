/**
 * Worst-case article bodies for the content check and the renderer, each within the 1 MiB file limit: the
 * inputs that made a scanner or plugin quadratic (or deeper than the stack) before, and the ones a parser's
 * author would try next. Used by `npm run stress` (timings) and tests/unit/stress.test.ts (each case once, with
 * a generous timeout, so a regression to quadratic work fails CI).
 */

/** Room left for the frontmatter under the 1 MiB limit. */
const BUDGET = 1024 * 1024 - 1024;

/** `unit` repeated to fill `bytes` (UTF-8), or `times` times when given. */
function fill(unit: string, bytes = BUDGET): string {
  return unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
}

export interface StressCase {
  name: string;
  /** What it attacks. */
  about: string;
  body: () => string;
  /** The content check must refuse it (a limit), rather than pass it to the renderer. */
  refused?: boolean;
  /** The content check must accept it (it is within every limit), and the renderer render it. */
  rendered?: boolean;
  /** Lines the refusal prints when not one (a body rule that shows its first few places). */
  lines?: number;
  /**
   * Other articles written beside it (slug and body), e.g. the long articles its links point into. Their own check
   * is not the case's: the check time shown is the newsroom's with the case minus the newsroom's without it.
   */
  others?: () => { slug: string; body: string }[];
  /**
   * Also handed to the renderer when the check refuses it (as a path that skipped the check would): the renderer
   * must answer with one line, quickly, never parse it (src/markdown/html-scan-cost.ts).
   */
  renderAnyway?: boolean;
}

/**
 * `unit` repeated as often as the content check accepts: up to the markup-character and line limits (and the
 * size limit), so the renderer's budget is shown on the largest accepted flood of each kind.
 */
function atLimit(unit: string, markupChars = 10_000, lines = 25_000): string {
  const markup = [...unit].filter((c) => '[]()<>*_`|~!\\&'.includes(c)).length;
  const breaks = [...unit].filter((c) => c === '\n').length;
  const times = Math.min(
    markup ? Math.floor(markupChars / markup) : Infinity,
    breaks ? Math.floor((lines - 1) / breaks) : Infinity,
    Math.floor(BUDGET / Buffer.byteLength(unit)),
  );
  return unit.repeat(times);
}

/** `lines` lines of 16 words drawn (seeded) from a list of `words` words: plain prose, no markup at all. */
function proseLines(lines: number, words: number): string {
  const list = 'wheat price trade border kabul market rail freight minister talks crossing traders flour harvest route northern eastern yard wagons customs officials figures monday reopen season export import'.split(' ').slice(0, words);
  const rand = prng(8);
  return Array.from({ length: lines }, () => Array.from({ length: 16 }, () => list[Math.floor(rand() * list.length)]!).join(' ')).join('\n');
}

/** `notes` unclosed openers spread evenly through one paragraph of words (~1 MB unless `bytes`; no blank line). */
function unclosedNotes(notes: number, bytes = BUDGET - 200, opener = '<!-- '): string {
  const words = fill('word ', bytes - notes * opener.length);
  const step = Math.floor(words.length / notes);
  return Array.from({ length: notes }, (_, i) => `${words.slice(i * step, (i + 1) * step)}${opener}`).join('');
}

/** `times` copies of `insert` spread evenly through ~1 MB of words (one paragraph, or `joiner` between pieces). */
function spread(times: number, insert: string, joiner = ''): string {
  const words = fill('word ', BUDGET - 200 - times * (insert.length + joiner.length));
  const step = Math.floor(words.length / times);
  return Array.from({ length: times }, (_, i) => `${words.slice(i * step, (i + 1) * step)}${insert}`).join(joiner);
}

function growingBacktickRuns(): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < BUDGET - 4000; n++) {
    parts.push('`'.repeat(n));
    size += n + 2;
  }
  return parts.join(' x ');
}

function indentedListLadder(): string {
  const lines: string[] = [];
  let size = 0;
  for (let depth = 0; size < BUDGET / 2; depth++) {
    const line = `${'  '.repeat(depth)}- item ${depth}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function hugeTable(columns: number): string {
  const header = `|${' h |'.repeat(columns)}\n|${'---|'.repeat(columns)}\n`;
  const row = `|${' c |'.repeat(columns)}\n`;
  return header + fill(row, BUDGET - header.length);
}

function wordTable(columns: number, rows: number): string {
  const word = (i: number) => `${['wheat', 'flour', 'price', 'kabul', 'herat', 'trade', 'route', 'rail'][i % 8]}${i % 97}`;
  const line = (cells: string[]) => `| ${cells.join(' | ')} |\n`;
  const header = line(Array.from({ length: columns }, (_, c) => `h${c}`)) + `|${'---|'.repeat(columns)}\n`;
  return `Intro.\n\n${header}${Array.from({ length: rows }, (_, r) => line(Array.from({ length: columns }, (_, c) => word(r * columns + c)))).join('')}`;
}

export const STRESS_CASES: StressCase[] = [
  { name: 'open brackets', about: '"[" × 1,000,000 (link scanner)', body: () => fill('[') },
  { name: 'open brackets then a link', about: '"[" × 300,000 and one link', body: () => `${'['.repeat(300_000)}[the talks](https://example.org/)` },
  { name: 'bracket-paren pairs', about: '"](" × 500,000 (link destinations)', body: () => fill('](') },
  { name: 'unclosed angle destinations', about: '"[a](<" repeated (destination and related-link scans)', body: () => fill('[a](<') },
  { name: 'unclosed titles', about: '"[a](b (" repeated (link titles)', body: () => fill('[a](b (') },
  { name: 'growing backtick runs', about: 'backtick runs of length 1, 2, 3 … (code spans)', body: growingBacktickRuns },
  { name: 'backticks', about: '"`" × 1,000,000', body: () => fill('`') },
  { name: 'repeated headings', about: '"## a" × 170,000 (heading ids)', body: () => fill('## a\n\n') },
  { name: 'nested blockquotes', about: '"> " × 2,000', body: () => `${'> '.repeat(2000)}deep`, refused: true },
  { name: 'nested blockquotes (1 MiB)', about: '"> " × 500,000', body: () => `${fill('> ', BUDGET - 10)}deep`, refused: true },
  { name: 'nested divs', about: '"<div>" × 2,000', body: () => `${'<div>'.repeat(2000)}deep`, refused: true },
  { name: 'nested divs (1 MiB)', about: '"<div>" × 200,000', body: () => `${fill('<div>', BUDGET - 10)}deep`, refused: true },
  { name: 'nested list markers', about: '"- " × 50,000 on one line', body: () => `${'- '.repeat(50_000)}deep`, refused: true },
  { name: 'indented list ladder', about: 'each list item indented two more spaces', body: indentedListLadder, refused: true },
  { name: 'nested inline HTML', about: '"<b>" × 100,000 in a paragraph', body: () => `text ${'<b>'.repeat(100_000)}deep`, refused: true },
  { name: 'one long word', about: 'a single 1 MiB word', body: () => fill('a') },
  { name: 'one long line', about: 'a single 1 MiB line of words', body: () => fill('word ') },
  { name: 'many short lines', about: '"a\\n" × 500,000', body: () => fill('a\n') },
  { name: 'emphasis delimiters', about: '"*a " × 250,000', body: () => fill('*a ') },
  { name: 'emphasis runs', about: '"*" × 1,000,000', body: () => fill('*') },
  { name: 'nested emphasis', about: '"*_" × 100,000 around a word', body: () => `${'*_'.repeat(100_000)}x${'_*'.repeat(100_000)}`, refused: true },
  { name: 'nested links', about: '"[![" × 1,000 around a word', body: () => `${'[!['.repeat(1000)}x${'](y)]'.repeat(1000)}`, refused: true },
  { name: 'strikethrough delimiters', about: '"~~a " × 200,000', body: () => fill('~~a ') },
  { name: 'escapes', about: '"\\\\" × 1,000,000', body: () => fill('\\') },
  { name: 'many footnotes', about: '20,000 footnote references and definitions', body: () => Array.from({ length: 20_000 }, (_, i) => `Claim[^${i}].`).join(' ') + '\n\n' + Array.from({ length: 20_000 }, (_, i) => `[^${i}]: Note ${i}.`).join('\n') },
  { name: 'many links', about: '"[a](https://example.org/) " × 38,000', body: () => fill('[a](https://example.org/) ') },
  { name: 'many bare URLs', about: '"https://example.org/a " × 45,000 in one paragraph', body: () => fill('https://example.org/a ') },
  // Round 36 (F6): short autolinks, the most links a 1 MiB body can hold without any markup character.
  { name: 'short www autolinks', about: '"www.a.co " × 116,000 in one paragraph (refused: the link limit)', body: () => fill('www.a.co '), refused: true },
  { name: 'short http autolinks', about: '"http://a.co " × 87,000 in one paragraph (refused: the link limit)', body: () => fill('http://a.co '), refused: true },
  { name: 'short e-mail autolinks', about: '"a@b.co " × 149,000 in one paragraph (refused: the link limit)', body: () => fill('a@b.co '), refused: true },
  { name: 'short www autolinks (at the limit)', about: '"www.a.co " × 5,000 in one paragraph (the link limit)', body: () => 'www.a.co '.repeat(5_000), rendered: true },
  { name: 'short e-mail autolinks (at the limit)', about: '"a@b.co " × 5,000 in one paragraph (the link limit)', body: () => 'a@b.co '.repeat(5_000), rendered: true },
  // Round 37d: GFM's autolink-literal tokenizer (micromark-extension-gfm-autolink-literal 2.1, the reference
  // pipeline's) checks at each "." of a domain or path whether the run of punctuation from there ends the address,
  // reading the run to its end each time: quadratic ("www." and 40,000 dots then a letter, 17 s). The shipped
  // pipeline's own pass (bare-addresses.ts) and the check read such a run once.
  { name: 'dots after a www address', about: '"See www.example.org" then 1 MiB of "." and a letter', body: () => `See www.example.org${'.'.repeat(BUDGET - 100)}a`, rendered: true },
  { name: 'dots in a www address path', about: '"See www.example.org/" then 1 MiB of "." and a letter', body: () => `See www.example.org/${'.'.repeat(BUDGET - 100)}a`, rendered: true },
  { name: 'short autolinks in 1 MiB of prose (at the limit)', about: '5,000 "http://a.co" through ~1 MB of words (the link limit)', body: () => spread(5_000, ' http://a.co '), rendered: true },
  // Round 36 (F7): marks stacked on letters, and emoji sequences, each character segmented only where a run of them is.
  { name: 'stacked marks', about: '"a" and 20 acute accents then a space, × 24,000 in one paragraph (refused: one line)', body: () => fill(`a${'\u0301'.repeat(20)} `), refused: true },
  { name: 'one letter under 500,000 marks', about: '"a" and ~520,000 acute accents (one character; refused: one line)', body: () => `a${fill('\u0301', BUDGET - 10)}`, refused: true },
  { name: 'emoji joined by ZWJ', about: '"👨" + ZWJ × 150,000 (one emoji sequence; refused: one line)', body: () => fill('\u{1F468}\u200D'), refused: true },
  { name: 'e-mail-shaped words', about: '"a@b." × 240,000 (addresses kept out of typography)', body: () => fill('a@b.') },
  { name: 'addresses between words', about: '"x a@b.org -- " repeated (typography around addresses)', body: () => fill('x a@b.org -- ') },
  { name: 'URL with closing parentheses', about: 'one bare URL followed by 1,000,000 ")"', body: () => `https://example.org/${fill(')', BUDGET - 30)}` },
  { name: 'bare URLs between emphasis', about: '"https://e.org/ *x* " repeated (text nodes in one paragraph)', body: () => fill('https://e.org/ *x* ') },
  { name: 'reference definitions', about: '20,000 reference definitions and uses', body: () => Array.from({ length: 20_000 }, (_, i) => `[r${i}]: https://example.org/${i}`).join('\n') + '\n\n' + fill('[r1] ', 100_000) },
  // Reference images are resolved by the renderer's own parse (src/check/reference-images.ts) for any body holding "![" and "]:".
  { name: 'image openers and definition marks', about: '"![x]: " × 174,000 (refused by the markup limit before any parse)', body: () => fill('![x]: '), refused: true },
  {
    name: 'one reference image in 1 MiB of prose',
    about: '"word " × 209,000 with one "![a][r]" and its definition (the whole body parsed to resolve it)',
    body: () => `![a][r]\n\n${fill('word ', BUDGET - 100)}\n\n[r]: ./images/envoy-arrival.png`,
    rendered: true,
  },
  {
    name: 'reference images (at the limit)',
    about: '"![a][r] " × 1,990 and one local photo definition (each through the image rules)',
    body: () => `Words.\n\n${'![a][r] '.repeat(1990)}\n\n[r]: ./images/envoy-arrival.png`,
    rendered: true,
  },
  // Markdown links are read from the renderer's own parse of the body's link skeleton (src/check/markdown-links.ts):
  // the lines a link may span are kept, so these keep the most.
  {
    name: 'one link then 1 MiB of quoted prose in one paragraph',
    about: 'a link, then ~13,000 lines of prose with quotes and apostrophes and no blank line (each line may end the link\'s title: cut to its quotes and parentheses, the run joined into one line)',
    body: () => `See [the talks](https://example.org/) and\n${fill('"Traders\'" said the road reopened on Monday, officials, not all, agreed.\n', BUDGET - 100)}`,
    rendered: true,
  },
  {
    name: 'one open bracket then 1 MiB of prose',
    about: '"[" and ~13,000 lines of prose in one paragraph (kept only within a label\'s length of the bracket)',
    body: () => `See [the talks\n${fill('Traders said the road reopened on Monday and officials agreed.\n', BUDGET - 100)}`,
    rendered: true,
  },
  {
    name: 'links in every paragraph (at the limit)',
    about: 'a paragraph of prose with a link, × 2,400 (every link read from the parse)',
    body: () => atLimit('The committee met again on Tuesday to discuss [the transit annex](https://example.org/a) in full.\n\n', 9_950, 24_990),
    rendered: true,
  },
  // Round 13: bare URLs end before a closing quote (src/markdown/bare-url-end.ts), and link syntax printed as typed
  // is one line each (src/check/typed-links.ts, the first 20 and a count).
  {
    name: 'bare URLs in curly quotes',
    about: '"“https://example.org/a”, " × 5,000 (each link ended before its closing quote; the link limit)',
    body: () => '“https://example.org/a”, '.repeat(5_000),
    rendered: true,
  },
  {
    name: 'link syntax printed as typed (at the limit)',
    about: '"![a](./images/a b.png) " repeated up to the markup limit (a path with a space: every one judged, 20 lines and a count)',
    body: () => `Words.\n\n${atLimit('![a](./images/a b.png) ', 9_950, 24_990)}`,
    lines: 21,
  },
  {
    name: 'a Windows reference in 1 MiB of prose with raw HTML',
    about: '"<b>x</b> and the minister&#146;s" then "word " × 209,000 (the check reads where raw HTML stands to judge the reference)',
    body: () => `<b>x</b> and the minister&#146;s plan.\n\n${fill('word ', BUDGET - 100)}`,
    lines: 1,
  },
  { name: 'wide table', about: 'a table 5,000 columns wide', body: () => hugeTable(5000) },
  { name: 'long table', about: 'a three-column table of 60,000 rows', body: () => hugeTable(3) },
  { name: 'table pipes', about: '"|" × 1,000,000', body: () => `a|b\n-|-\n${fill('|', BUDGET - 20)}` },
  // Round 17: a table of words inside every limit (64 columns, 9,472 cells, 93 KB), each cell text to typeset.
  { name: 'wide table of words', about: 'a 64-column table of 148 rows of words (9,472 cells)', body: () => wordTable(64, 148), rendered: true },
  { name: 'entity flood', about: '"&amp;" × 200,000', body: () => fill('&amp; ') },
  { name: 'numeric entity flood', about: '"&#x1F600;" × 100,000', body: () => fill('&#x1F600;') },
  { name: 'unclosed comments', about: '"<!--" × 250,000', body: () => `text ${fill('<!--', BUDGET - 10)}` },
  { name: 'comments', about: '"<!-- a -->" × 100,000', body: () => fill('<!-- a -->') },
  { name: 'CDATA flood', about: '"<![CDATA[" × 100,000', body: () => fill('<![CDATA[ ') },
  { name: 'open angle brackets', about: '"<" × 1,000,000', body: () => fill('<') },
  { name: 'unclosed tags', about: '"<a " × 300,000', body: () => fill('<a ') },
  { name: 'many paragraphs of HTML', about: '"<p>x</p>\\n\\n" × 80,000 (raw HTML blocks)', body: () => fill('<p>x</p>\n\n') },
  { name: 'fences', about: '"~~~\\n" × 250,000 (fenced code open and close)', body: () => fill('~~~\n') },
  { name: 'setext underlines', about: '"a\\n=\\n" × 250,000', body: () => fill('a\n=\n') },
  { name: 'mixed hostile', about: 'brackets, backticks, HTML, entities and emphasis interleaved', body: () => fill('[`<div>*&amp;_](<') },
  { name: 'zero-width spaces', about: '"\\u200B" × 349,000 before one word (invisible characters, round 6)', body: () => `${fill('\u200B', BUDGET - 10)}end`, refused: true },
  { name: 'scattered invisible characters', about: '"word\\u200B " × 170,000 (one line each for the first three, the rest counted)', body: () => fill('word\u200B '), refused: true, lines: 3 },
  // Small inputs that render into huge or slow output (src/check/rules/amplification.ts), from the blind tester's findings.
  { name: 'padded table rows', about: '1,000 header cells over 5,000 one-letter lines (GFM pads every row)', body: () => `${'|a'.repeat(1000)}|\n${'|-'.repeat(1000)}|\n${'x\n'.repeat(5000)}`, refused: true },
  { name: 'long table of short lines', about: '10 header cells over 25,000 one-letter lines', body: () => `${'|a'.repeat(10)}|\n${'|-'.repeat(10)}|\n${'x\n'.repeat(24_000)}`, refused: true },
  { name: 'reference to a long URL', about: '"[x] " × 1,000 and one 400,000-character definition', body: () => `${'[x] '.repeat(1000)}\n\n[x]: https://example.org/${'a'.repeat(400_000)}`, refused: true },
  { name: 'references to a 2 KB URL', about: '"[x] " × 4,900 and one 2,000-character definition', body: () => `${'[x] '.repeat(4900)}\n\n[x]: https://example.org/${'a'.repeat(1_970)}`, refused: true },
  { name: 'mixed emphasis delimiters', about: '"_a*" × 5,000 in one paragraph', body: () => '_a*'.repeat(5000), refused: true },
  { name: 'mixed emphasis delimiters (at the limit)', about: '"_a*" × 500 in each of 10 paragraphs', body: () => `${'_a*'.repeat(500)}\n\n`.repeat(10), rendered: true },
  // The same floods cut to what the check accepts: rendered within the budget.
  ...([
    ['open brackets', '['],
    ['bracket-paren pairs', ']('],
    ['unclosed angle destinations', '[a](<'],
    ['unclosed titles', '[a](b ('],
    ['emphasis delimiters', '*a '],
    ['strikethrough delimiters', '~~a '],
    ['escapes', '\\'],
    ['many links', '[a](https://example.org/) '],
    ['footnote references', 'Claim[^1]. '],
    ['entity flood', '&amp; '],
    ['open angle brackets', '<'],
    ['unclosed tags', '<a '],
    ['table pipes', '|'],
    ['long table rows', '| c | c | c |\n'],
    ['many short lines', 'a\n'],
    ['mixed hostile', '[`<div>*&amp;_](<'],
  ] as const).map(([name, unit]): StressCase => ({
    name: `${name} (at the limit)`,
    about: `${JSON.stringify(unit)} repeated up to the markup and line limits`,
    // (Mixed hostile opens more <div>s than the nesting limit allows, so the check may refuse it.)
    // A sentence first: a body of nothing but markup (brackets, backslashes) is refused as having no visible text.
    body: () => 'Words.\n\n' + (name === 'long table rows' ? '| h | h | h |\n|---|---|---|\n' : name === 'table pipes' ? 'a|b\n-|-\n' : name === 'footnote references' ? '[^1]: The note.\n\n' : '') + atLimit(unit, 9_950, 24_990),
    // (Table pipes is one row of ~9,950 cells under a two-column header: refused since round 10, as the page would
    // drop every cell past the second; one line.)
    ...(name === 'table pipes' ? { refused: true } : { rendered: name !== 'mixed hostile' }),
  })),
  // Desk notes are judged on a parse of the body (src/check/rules/desk-notes.ts, note-skeleton.ts).
  { name: 'desk notes in every paragraph (at the limit)', about: 'a paragraph of prose with a closed note, × 3,300', body: () => atLimit('The committee met again on Tuesday to discuss the transit annex. <!-- check the day -->\n\n', 9_950, 24_990), rendered: true },
  { name: 'notes opened inside a note (at the limit)', about: '"Words <!-- " × 4,900 in one paragraph (each opener scans the paragraph for its close)', body: () => atLimit('Words <!-- ', 9_950, 24_990), refused: true },
  {
    // Round 21: each definition is a container of its own for the Markdown parser, which costs more than prose.
    name: 'distinct footnotes (at the limit)',
    about: '2,400 sentences each with its own footnote, and the 2,400 definitions (as many as the markup limit accepts)',
    body: () => `${Array.from({ length: 2400 }, (_, i) => `Claim ${i + 1} is sourced.[^n${i + 1}]`).join(' ')}\n\n${Array.from({ length: 2400 }, (_, i) => `[^n${i + 1}]: Source ${i + 1}, page ${i + 1}.`).join('\n')}`,
    rendered: true,
  },
  // Round 22: the parser copied its whole event list each time a quote, list or footnote definition closed
  // (src/markdown/micromark-linear.ts): 4,800 separate quotes took 4.6 s to parse, and every parse is done twice.
  // Round 22: each line that carries on a quote or list item without its marker makes the parser walk back over
  // the paragraph so far (src/check/nesting.ts, lazyWork): "> a" and 21,000 plain lines took ~100 s to parse.
  { name: 'lazy quote lines', about: '"> A quoted line." then 21,000 lines without ">" (each carries the quote on)', body: () => '> A quoted line.\n' + 'Carried on.\n'.repeat(21_000), refused: true },
  { name: 'lazy quote lines (at the limit)', about: '"> A quoted line." × 9,900, then 200 lines without ">"', body: () => '> A quoted line.\n'.repeat(9_900) + 'carried on.\n'.repeat(200), rendered: true },
  { name: 'separate quotes', about: '"> A quoted line.\\n\\n" × 9,900 (each quote closes before the next; within the markup limit)', body: () => 'Words.\n\n' + '> A quoted line.\n\n'.repeat(9_900), refused: true },
  { name: 'separate quotes (at the limit)', about: '"> A quoted line.\\n\\n" × 3,990', body: () => 'Words.\n\n' + '> A quoted line.\n\n'.repeat(3_990), rendered: true },
  { name: 'lists between paragraphs (at the limit)', about: '"- An item.\\n\\nA paragraph.\\n\\n" × 3,990 (a list closed by each paragraph)', body: () => 'Words.\n\n' + '- An item.\n\nA paragraph.\n\n'.repeat(3_990), rendered: true },
  { name: 'repeated headings (at the limit)', about: '"## a" × 1,000 (heading ids)', body: () => '## a\n\n'.repeat(1000), rendered: true },
  {
    name: 'anchor links (at the limit)',
    about: '"## a" × 1,000 and 2,400 "[x](#a-N)" links to them (the check reads the ids and looks each link up)',
    body: () => `${'## a\n\n'.repeat(1000)}${Array.from({ length: 2400 }, (_, i) => `[x](#a-${(i % 999) + 1})`).join(' ')}`,
    rendered: true,
  },
  {
    name: 'anchor links into long articles',
    about: 'a 1 KB article linking "#key" in 20 other articles of "https://example.org/a " × 45,000 each (the check reads each target\'s ids; time: the linking article\'s share of the check)',
    body: () => `The figures are in ${Array.from({ length: 20 }, (_, i) => `[part ${i}](./t-${i}.md#key)`).join(', ')}.`,
    others: () => Array.from({ length: 20 }, (_, i) => ({ slug: `t-${i}`, body: `## Key\n\n${'https://example.org/a '.repeat(45_000)}` })),
    rendered: true,
  },
  {
    name: 'anchor links into long setext and HTML-block articles',
    about: 'a 1 KB article linking "#key" in 10 articles of ~1 MB of prose (8,700 lines of 16 words) over one "===" and 10 with the same prose in one <div> (round 8; time: the linking article\'s share of the check)',
    body: () => `The figures are in ${Array.from({ length: 10 }, (_, i) => `[k${i}](./t-setext-${i}.md#key) [s${i}](./t-div-${i}.md#key)`).join(', ')}.`,
    others: () => {
      const prose = proseLines(8_700, 27);
      return Array.from({ length: 10 }, (_, i) => [
        { slug: `t-setext-${i}`, body: `## Key\n\n${prose}\n===` },
        { slug: `t-div-${i}`, body: `## Key\n\n<div>\n${prose}\n</div>` },
      ]).flat();
    },
    rendered: true,
  },
  // Unclosed notes spread through one long paragraph: each "<!--" makes the parser rescan to the paragraph's end
  // (1,000 took the renderer 7.4 s). The check refuses the body; no path may parse it (round 10).
  {
    name: 'unclosed notes in a long paragraph',
    about: '"<!--" × 1,000 spread through ~1 MB of one paragraph; also handed to the renderer directly, as a path that skipped the check would',
    body: () => unclosedNotes(1000),
    refused: true,
    renderAnyway: true,
  },
  {
    name: 'anchor links into articles of unclosed notes',
    about: 'a 1 KB article linking "#key" in 10 articles whose one paragraph holds "<!--" × 1,000 in ~1 MB (time: the linking article\'s share; each target has its own error line)',
    body: () => `The figures are in ${Array.from({ length: 10 }, (_, i) => `[part ${i}](./t-notes-${i}.md#key)`).join(', ')}.`,
    others: () => Array.from({ length: 10 }, (_, i) => ({ slug: `t-notes-${i}`, body: `## Key\n\n${unclosedNotes(1000)}` })),
    rendered: true,
  },
  {
    name: 'unclosed processing instructions',
    about: '"<? " × 5,000 through one 50 KB paragraph (each scans to the paragraph\'s end for "?>"); also handed to the renderer directly',
    body: () => unclosedNotes(5000, 50_000, '<? '),
    refused: true,
    renderAnyway: true,
  },
  {
    name: 'anchor links into long setext headings with marks',
    about: 'a 1 KB article linking "#key" in 10 articles of ~1 MB of prose (8,700 lines of 16 words) over one "===", with a "*" (5 of them) or a "~" (5) on every line (round 10; time: the linking article\'s share)',
    body: () => `The figures are in ${Array.from({ length: 10 }, (_, i) => `[k${i}](./t-marks-${i}.md#key)`).join(', ')}.`,
    others: () => {
      const prose = proseLines(8_700, 27).split('\n');
      return Array.from({ length: 10 }, (_, i) => ({ slug: `t-marks-${i}`, body: `## Key\n\n${prose.map((l) => l.replace(' ', i < 5 ? ' *' : ' ~')).join('\n')}\n===` }));
    },
    rendered: true,
  },
  {
    name: 'anchor links into long setext headings with code',
    about: 'a 1 KB article linking "#key" in 10 articles of ~1 MB of prose (8,700 lines of 16 words) over one "===", with a backtick on every line (round 11; time: the linking article\'s share)',
    body: () => `The figures are in ${Array.from({ length: 10 }, (_, i) => `[k${i}](./t-code-${i}.md#key)`).join(', ')}.`,
    others: () => {
      const prose = proseLines(8_700, 27).split('\n');
      return Array.from({ length: 10 }, (_, i) => ({ slug: `t-code-${i}`, body: `## Key\n\n${prose.map((l) => l.replace(' ', ' `')).join('\n')}\n===` }));
    },
    rendered: true,
  },
  // Look-alike tags (text-tags.ts) in long lines of prose, at the markup limit: the tag rules parse the lines that
  // hold them, cut short around the tags (text-runs.ts; round 11).
  {
    name: 'look-alike tags in one long paragraph',
    about: '2,400 "<a href=x?a=b>label</a>" through ~1 MB of one paragraph (refused: printed as typed)',
    body: () => spread(2_400, ' <a href=x?a=b>label</a> '),
    refused: true,
  },
  {
    name: 'look-alike tags on long lines',
    about: '2,400 "<b x=y=>" fragments, one on each of 2,400 lines of ~430 bytes (refused: printed as typed; one line a line, 20 shown)',
    body: () => spread(2_400, ' <b x=y=>x</b>', '\n'),
    refused: true,
    lines: 21,
  },
  // Markdown printed as typed (typed-markup.ts, round 13): candidates found on the lines, confirmed by one parse of
  // the body's skeleton with the first 200 candidate lines kept; one line a line, 20 shown and one counting the rest.
  { name: 'no-break spaces after list markers (at the limit)', about: '"-\\u00A0item" on each of 24,990 lines (refused: printed as typed)', body: () => atLimit('-\u00A0item rose\n', 10_000, 24_990), refused: true, lines: 21 },
  { name: 'emphasis slips (at the limit)', about: '"**Note:**Prices rose." as paragraphs, up to the markup limit (refused: printed as typed)', body: () => atLimit('**Note:**Prices rose.\n\n', 9_950), refused: true, lines: 21 },
  { name: 'emphasis slips in paragraphs of prose', about: '2,400 "**Note:**Prices" through ~1 MB of paragraphs (refused: printed as typed)', body: () => spread(2_400, ' **Note:**Prices ', '\n\n'), refused: true, lines: 21 },
  { name: 'table look-alikes (at the limit)', about: '"| a | b |" over "|—|—|", up to the markup limit (refused: not a delimiter row)', body: () => atLimit('| a | b |\n|—|—|\n\n', 9_950), refused: true, lines: 21 },
  { name: 'block tags in one long paragraph', about: '1,200 "<div>x</div> <nav>y</nav>" through ~1 MB of one line (round 13; the split pre-check walks the line once)', body: () => spread(1_200, ' <div>x</div> <nav>y</nav> '), refused: true, lines: 2 },
  { name: 'block tags in sentences (at the limit)', about: '"Prices rose <div>x</div> on Monday." paragraphs up to the markup limit (refused: the paragraph is split)', body: () => atLimit('Prices rose <div>x</div> on Monday.\n\n', 9_950), refused: true, lines: 21 },
  { name: 'setext underlines (at the limit)', about: '"a\\n=" × 1,000', body: () => 'a\n=\n'.repeat(1000), rendered: true },
  { name: 'growing backtick runs (at the limit)', about: 'backtick runs of length 1 … 140', body: () => Array.from({ length: 140 }, (_, n) => '`'.repeat(n + 1)).join(' x '), rendered: true },
];

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic } from '#/check/diagnostics.ts';
import { relatedBag } from '#/domain/related/inputs.ts';
import { renderBody, runJob } from '#/build/render-batch.ts';
import { prng } from './seeded-random.mjs';
import { checkWithCase, timed, withStressNewsroom } from './stress-newsroom.ts';

export interface StressResult {
  name: string;
  bytes: number;
  checkMs: number;
  /** CPU time of the check (user + system): on a shared machine, wall time also counts other people's work. */
  checkCpuMs: number;
  /** The check's lines about the stress article. */
  diagnostics: string[];
  /** Render time (Markdown to HTML, word count, related-links input); undefined when the check refused it. */
  renderMs: number | undefined;
  renderCpuMs: number | undefined;
  htmlBytes: number | undefined;
  /** The renderer's one line for a refused body handed to it anyway (`renderAnyway`). */
  renderError?: string | undefined;
}

/** Checks the case as one article of the test newsroom, then renders it the way the build does (unless refused). */
export function runStressCase(c: StressCase, opts: { share?: boolean } = {}): StressResult {
  return withStressNewsroom('stress', (content): StressResult => {
    const body = c.body();
    mkdirSync(join(content, 'articles/2026/11'), { recursive: true });
    const article = (title: string, text: string) => `---\ntitle: ${title}\ndescription: A generated worst case for the content check and the renderer.\npublished: 2026-11-06T10:00:00+04:30\nauthors: [zarlasht-niazai]\nsection: economy\n---\n\n${text}\n`;
    const source = article('Stress case', body);
    // With other articles, the case's share of the check is measured against the newsroom holding them.
    const others = c.others?.() ?? [];
    for (const o of others) writeFileSync(join(content, `articles/2026/11/${o.slug}.md`), article(`Other ${o.slug}`, o.body));
    const { result, checkMs, checkCpuMs } = checkWithCase(content, () => writeFileSync(join(content, 'articles/2026/11/stress-case.md'), source), others.length > 0 && opts.share !== false);
    const diagnostics = result.diagnostics.filter((d) => d.file.endsWith('stress-case.md')).map(formatDiagnostic);
    const base = { name: c.name, bytes: Buffer.byteLength(source), checkMs, checkCpuMs, diagnostics };
    if (diagnostics.length && c.renderAnyway) {
      // As the build's render jobs do: whatever the pipeline throws is one line (render-batch.ts).
      const direct = timed(() => runJob({ body }));
      const out = direct.value;
      return { ...base, renderMs: direct.ms, renderCpuMs: direct.cpuMs, htmlBytes: 'error' in out ? undefined : out.html.length, renderError: 'error' in out ? out.error : undefined };
    }
    if (diagnostics.length) return { ...base, renderMs: undefined, renderCpuMs: undefined, htmlBytes: undefined };
    const rendered = timed(() => {
      const out = renderBody(body);
      relatedBag(out.blocks, undefined);
      return out;
    });
    return { ...base, renderMs: rendered.ms, renderCpuMs: rendered.cpuMs, htmlBytes: rendered.value.html.length };
  });
}
