/**
 * A newsroom's own placeholders left in a story (round 23): filler text (`Lorem ipsum`), a bracketed slot for a fact
 * not yet in (`[DATE]`, `[NAME]`, `[INSERT QUOTE]`, `[TK]`) and "TKTK" are errors outside a draft: never news copy.
 * A lone "TK" ("to come") is a warning: it is also an airline's code and a shop's name. Outside code, one pass each.
 */
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { matchesOf, onePerLine } from './each-line.ts';

const FILLER = /\blorem ipsum\b/gi;
const SLOT = /\[(?:TK|TKTK|TBD|TBC|TBA|XX+|DATE|TIME|DAY|NAME|PLACE|PHOTO|LINK|URL|QUOTE|FIGURE|NUMBER|INSERT(?: [A-Z]+)*|CHECK(?: [A-Z]+)*|FILL(?: [A-Z]+)*)\]|\bTKTK\b/g;
const TO_COME = /(?<![\p{L}\p{N}])TK(?![\p{L}\p{N}])/gu;

export interface PlaceholderProblem {
  message: string;
  pos: { line: number; column: number };
  severity: 'error' | 'warning';
}

export function checkPlaceholders(body: string, bodyLine: number, draft: boolean): PlaceholderProblem[] {
  if (draft || !/lorem|\[|TK/i.test(body)) return [];
  const text = blankCode(body);
  const pos = positionFinder(body, bodyLine);
  const fix = 'write the fact, or keep "draft: true" until it is in';
  const errors = onePerLine(
    [
      ...matchesOf(FILLER, text, () => `"Lorem ipsum" is filler text, not the story; ${fix}`),
      ...matchesOf(SLOT, text, (m) => `"${m}" is a placeholder for something not written yet, and readers would see it; ${fix}`),
    ].sort((a, b) => a.index - b.index),
    pos,
    (n) => `…and ${n} more lines with placeholders below; fill them in too`,
  ).map((p) => ({ ...p, severity: 'error' as const }));
  const warnings = onePerLine(matchesOf(TO_COME, text.replace(SLOT, (m) => ' '.repeat(m.length)), () => `"TK" marks a fact "to come" on most desks; ${fix} (if it is a name, such as an airline's code, this line can be ignored)`), pos, (n) => `…and ${n} more lines with "TK" below`).map((p) => ({ ...p, severity: 'warning' as const }));
  return [...errors, ...warnings];
}
