/**
 * A `*` typed for "times" between figures (round 25b #10): CommonMark lets a `*` between two letters or digits open
 * and close emphasis, so `4*5 metres and the hall 6*8 metres` is published as "45 metres and the hall 68 metres",
 * the words between in italics; the figures change silently, on the page, in feeds and in search. Named from the
 * renderer's parse (body-tree.ts): an emphasis or bold whose opening and closing runs both stand between digits.
 * Only bodies with two such `*` are parsed, on the note skeleton with the lines holding a `*` kept as written.
 */
import { positionFinder } from '#/check/text-position.ts';
import type { Nodes, Root } from 'mdast';
import { parseBody } from '#/markdown/body-tree.ts';
import type { LineProblem } from './each-line.ts';
import { noteSkeleton } from './note-skeleton.ts';
import { cutTextRuns } from './text-runs.ts';

const DIGIT_STAR = /\p{Nd}\*{1,2}\p{Nd}/gu;
const DIGIT = /^\p{Nd}$/u;
const MAX_LINES = 20;

export function digitStars(body: string, bodyLine: number): LineProblem[] {
  if (!body.includes('*') || (body.match(DIGIT_STAR)?.length ?? 0) < 2) return [];
  const skeleton = noteSkeleton(body, /\*/);
  const cut = cutTextRuns(skeleton.text);
  const text = cut.text;
  const toBody = (offset: number) => skeleton.toBody(cut.toSource(offset));
  const pos = positionFinder(body, bodyLine);
  const digit = (at: number) => DIGIT.test(text[at] ?? '');
  /** The figure a run stands in, as written in the body (`4*5`). */
  const figure = (start: number, end: number) => {
    let a = start;
    let b = end;
    while (a > 0 && DIGIT.test(body[a - 1] ?? '') && start - a < 12) a--;
    while (DIGIT.test(body[b] ?? '') && b - end < 12) b++;
    return body.slice(a, b);
  };
  const out: LineProblem[] = [];
  const walk = (node: Root | Nodes) => {
    if (out.length >= MAX_LINES) return;
    if ((node.type === 'emphasis' || node.type === 'strong') && node.position) {
      const run = node.type === 'emphasis' ? 1 : 2;
      const s = node.position.start.offset ?? 0;
      const e = node.position.end.offset ?? 0;
      if (text[s] === '*' && text[e - 1] === '*' && digit(s - 1) && digit(s + run) && digit(e - run - 1) && digit(e)) {
        const open = figure(toBody(s), toBody(s) + run);
        const close = figure(toBody(e - run), toBody(e - run) + run);
        const joined = (f: string) => f.replaceAll('*', '');
        const stars = '*'.repeat(run);
        const as = (f: string, by: string) => f.replace(stars, by);
        const fix = run === 1 ? `${as(open, '×')} and ${as(close, '×')} (or ${as(open, '\\*')} and ${as(close, '\\*')})` : `${as(open, '\\*\\*')} and ${as(close, '\\*\\*')}`;
        out.push({
          pos: pos(toBody(s)),
          message: `the ${stars} in "${open}" pairs with the one in "${close}", so the page prints the words between them in ${run === 1 ? 'italics' : 'bold'} and the figures as "${joined(open)}" and "${joined(close)}"; write ${fix}`,
        });
        return;
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parseBody(text));
  return out;
}
