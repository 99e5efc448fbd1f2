/**
 * Small inputs that render into huge or slow output, refused before rendering (one line each, linear scans):
 * - a GFM table pads every row to the header's width, and keeps taking lines until a blank one: 1,000 header
 *   cells over 5,000 lines of "x" (14 KB) is five million cells;
 * - every use of a reference link copies its definition's URL: 1,000 × `[x]` with one 400 KB URL is 400 MB;
 * - the Markdown parser (micromark) tries each closing `*`/`_` run against the opening ones before it, quadratic
 *   in their number: 5,000 × `_a*` (15 KB) takes 20 s.
 */
import { blankCode } from '#/check/link-scan.ts';
import type { Position } from '#/check/frontmatter.ts';

export const AMPLIFICATION_LIMITS = {
  /** Columns of one table. */
  tableColumns: 64,
  /** Cells of one table (columns × rows, header included). */
  tableCells: 20_000,
  /** Characters of one reference definition's URL (the sitemaps.org limit for a URL). */
  urlLength: 2_048,
  /** Links (`[`) × the longest reference definition: what reference links can expand to. */
  referenceExpansion: 2_000_000,
  /** `*`/`_` runs that could open × runs that could close, in one paragraph (news copy: a few dozen). */
  emphasisPairs: 1_000_000,
} as const;

export interface AmplificationProblem {
  message: string;
  pos: Position;
}

const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$/;
const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * One body's answer, computed the first time a rule asks and kept for the others (the body rules, its links, its
 * character references): the check makes one per body (content-check.ts) and passes it down. A rule called
 * without one makes its own, so each rule has one code path.
 */
export type Amplification = () => AmplificationProblem[];

export function amplificationOf(body: string, bodyLine: number): Amplification {
  let answer: AmplificationProblem[] | undefined;
  return () => (answer ??= checkAmplification(body, bodyLine));
}

export function checkAmplification(body: string, bodyLine: number): AmplificationProblem[] {
  const problems: AmplificationProblem[] = [];
  const text = blankCode(body);
  const lines = text.split('\n');
  const L = AMPLIFICATION_LIMITS;

  // Tables: a row with "|" followed by a delimiter row; rows run to the next blank line.
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i] ?? '';
    const delimiter = lines[i + 1] ?? '';
    if (!head.includes('|') || !delimiter.includes('-') || !DELIMITER_ROW.test(delimiter)) continue;
    const columns = delimiter.replace(/^[ \t]*\|?|\|?[ \t]*\r?$/g, '').split('|').length;
    let end = i + 2;
    while (end < lines.length && !/^[ \t]*\r?$/.test(lines[end] ?? '')) end++;
    const cells = columns * (end - i - 1);
    const pos = { line: bodyLine + i, column: 1 };
    if (columns > L.tableColumns) {
      problems.push({ message: `this table has ${fmt(columns)} columns (the limit is ${L.tableColumns}); split it or link the data instead`, pos });
    } else if (cells > L.tableCells) {
      problems.push({ message: `this table has ${fmt(columns)} columns × ${fmt(end - i - 1)} rows = ${fmt(cells)} cells (the limit is ${fmt(L.tableCells)}; every line up to the next blank line is a row); end the table with a blank line, or split it or link the data`, pos });
    }
    i = end - 1;
  }

  // Reference definitions (`[x]: url` at the start of a line): every use copies the URL, so its length is
  // bounded and so is links × the longest one. (An inline link's URL appears once in the page, as in the file.)
  let longestDefinition = 0;
  let brackets = 0;
  let reportedUrl = false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 91 /* [ */) brackets++;
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+)/.exec(lines[i] ?? '');
    const length = m?.[1]?.replace(/^<|>$/g, '').length ?? 0;
    longestDefinition = Math.max(longestDefinition, length);
    if (length > L.urlLength && !reportedUrl) {
      reportedUrl = true;
      problems.push({ message: `this link definition's URL is ${fmt(length)} characters long (the limit is ${fmt(L.urlLength)}); shorten the URL`, pos: { line: bodyLine + i, column: 1 } });
    }
  }
  if (!reportedUrl && brackets * longestDefinition > L.referenceExpansion) {
    problems.push({
      message: `${fmt(brackets)} links with reference definitions up to ${fmt(longestDefinition)} characters long could expand to more than ${fmt(L.referenceExpansion)} characters of page (the limit); use fewer links or shorter URLs`,
      pos: { line: bodyLine, column: 1 },
    });
  }

  // Emphasis delimiter runs per paragraph (blank-line separated): the parser tries each run that could close
  // against the runs before it that could open, so their product bounds its work. A list marker is not a run;
  // an opener-only flood (`*a ` repeated) or well-paired emphasis costs little.
  let openers = 0;
  let closers = 0;
  let paragraphLine = 0;
  const blank = (c: string | undefined) => c === undefined || /\s/.test(c);
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^[ \t]*\r?$/.test(line)) {
      openers = closers = 0;
      paragraphLine = i + 1;
      continue;
    }
    const content = line.replace(/^[ \t]*(?:[*+-][ \t]+)+/, '');
    for (const m of content.matchAll(/\*+|_+/g)) {
      const before = content[m.index - 1];
      const after = content[m.index + m[0].length];
      if (m[0][0] === '_' && word(before) && word(after)) continue; // snake_case: never emphasis
      if (!blank(after)) openers++;
      if (!blank(before)) closers++;
    }
    if (openers * closers > L.emphasisPairs) {
      problems.push({
        message: `this paragraph has ${fmt(openers)} "*"/"_" that could open emphasis and ${fmt(closers)} that could close it (more than ${fmt(L.emphasisPairs)} pairs to try, the limit); write a literal * or _ as \\* or \\_, or split the paragraph`,
        pos: { line: bodyLine + paragraphLine, column: 1 },
      });
      // One line per body is enough for this rule.
      break;
    }
  }
  return problems;
}
