/**
 * A table the page prints as a paragraph of pipes (round 13, finding 12): its second line would be the delimiter
 * row, but autocorrect made its `---` em or en dashes (`|—|—|`), a no-break space stands among them
 * (`| ---␣| --- |`), or the table is typed with fullwidth bars `｜` (U+FF5C, from an East Asian input method). GFM
 * makes a table only of a header line followed by a row of `-`, `:`, `|`, spaces and tabs. Candidates on the lines
 * as written (a line that starts and ends with a bar, then a line of dashes, bars, colons and spaces that holds one
 * of these slips); the parse confirms the header is text in a paragraph (typed-markup.ts).
 */
import { MARKERS } from './note-skeleton.ts';
import { linesOf, NO_BREAK, spaceName, type Candidate } from './printed-as-typed.ts';

const BAR = /[|｜]/;
const FULLWIDTH = '｜';
/** Dashes autocorrect and keyboards put where `-` belongs (hyphen, non-breaking hyphen, figure, en, em, bar, minus, box drawing). */
const OTHER_DASHES = /[\u2010-\u2015\u2212\u2500\u2501]/;
const DASH_NAMES: [RegExp, string][] = [
  [/\u2014/, 'em dashes "—"'],
  [/\u2013/, 'en dashes "–"'],
  [/[\u2010\u2011\u2012\u2015\u2212\u2500\u2501]/, 'dashes that are not "-"'],
];
const DELIMITER_LIKE = /^[|｜:\-\u2010-\u2015\u2212\u2500\u2501 \t\u00A0\u202F\u2007]+$/;

function header(line: string): string | undefined {
  const row = line.trim();
  if (row.length < 3 || !BAR.test(row[0] ?? '') || !BAR.test(row.at(-1) ?? '')) return undefined;
  return row;
}

function delimiterSlip(row: string, head: string): string | undefined {
  if (!DELIMITER_LIKE.test(row) || !BAR.test(row) || !/[-\u2010-\u2015\u2212\u2500\u2501]/.test(row)) return undefined;
  const reasons: string[] = [];
  const dashes = OTHER_DASHES.test(row) ? DASH_NAMES.find(([re]) => re.test(row))?.[1] : undefined;
  if (dashes) reasons.push(`it is made of ${dashes}, as autocorrect turns "---"`);
  const space = NO_BREAK.exec(row)?.[0];
  if (space) reasons.push(`it holds ${spaceName(space)}, where only "-", ":", "|" and ordinary spaces may stand`);
  if (row.includes(FULLWIDTH) || head.includes(FULLWIDTH)) reasons.push(`the table's bars are fullwidth "｜" (U+FF5C), which GFM does not read as column bars`);
  return reasons.length ? reasons.join('; ') : undefined;
}

/** `| --- | --- |` for as many columns as the header has. */
function delimiterFor(head: string): string {
  const cells = head.split(/[|｜]/).slice(1, -1).length || 1;
  return `|${' --- |'.repeat(Math.min(cells, 64))}`;
}

export function* tableLookalikes(text: string): Generator<Candidate> {
  let previous: { first: number; row: string } | undefined;
  for (const [line, start] of linesOf(text)) {
    const lead = BAR.test(line) ? (MARKERS.exec(line)?.[0].length ?? 0) : 0;
    const words = line.slice(lead);
    const slip = previous && delimiterSlip(words.trim(), previous.row);
    if (previous && slip) {
      const head = previous;
      const bars = head.row.includes(FULLWIDTH) ? 'type the bars as "|" and ' : '';
      const at = start + lead + (words.length - words.trimStart().length);
      yield { at, confirm: [head.first], message: (n) => `this looks like a table, but line ${n} is not a delimiter row (${slip}); ${bars}write ${delimiterFor(head.row)} there` };
      previous = undefined;
    } else {
      const row = BAR.test(words) ? header(words) : undefined;
      previous = row ? { first: start + lead + (words.length - words.trimStart().length), row } : undefined;
    }
  }
}
