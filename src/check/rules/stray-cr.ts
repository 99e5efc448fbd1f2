/**
 * A carriage return alone in the body (CR not followed by LF: a paste from an old Mac file or a CMS export): the
 * renderer breaks the line there, while this check, git and most editors see one line, so the page and every
 * `file:line` disagree. One error at the first, naming the lines of the others. (A lone CR in the frontmatter or
 * the first line is frontmatter.ts's line; a CRLF file is fine.)
 */
import type { Position } from '#/check/frontmatter.ts';
import { fewNamed } from './few-named.ts';

const LONE_CR = /\r(?!\n)/g;

export function strayCarriageReturns(body: string, bodyLine: number): { message: string; pos: Position }[] {
  if (!body.includes('\r')) return [];
  const lines: { line: number; column: number }[] = [];
  let lineStart = 0;
  let line = 0;
  for (const m of body.matchAll(LONE_CR)) {
    // Lines are counted by LF, as every other line of the check counts them.
    for (let nl = body.indexOf('\n', lineStart); nl !== -1 && nl < m.index; nl = body.indexOf('\n', lineStart)) {
      lineStart = nl + 1;
      line++;
    }
    if (lines.at(-1)?.line !== bodyLine + line) lines.push({ line: bodyLine + line, column: m.index - lineStart + 1 });
  }
  const [first, ...others] = lines;
  if (!first) return [];
  const more = others.length ? ` (and on ${others.length === 1 ? 'line' : 'lines'} ${fewNamed(others.map((o) => String(o.line)), 'line')})` : '';
  return [
    {
      message: `a lone carriage return (CR not followed by LF) is here${more}: the page breaks the line at it, where this check and most editors see one line; save the file with LF or CRLF line endings`,
      pos: { line: first.line, column: first.column },
    },
  ];
}
