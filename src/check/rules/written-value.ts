/**
 * A value as the editor typed it, for messages that quote it: YAML reads `.nan` as NaN, `1e400` as Infinity and
 * `9007199254740993` as 9007199254740992, none of which the editor wrote. Read from the file at the value's
 * position: up to a ` #` comment or the end of the line, or, inside a flow list, up to the next `,`, `]` or `}`.
 */
import type { Position } from '#/check/frontmatter.ts';
import { openBrackets } from './yaml-brackets.ts';

const MAX_SHOWN = 40;

export function writtenValue(source: string, pos: Position): string | undefined {
  let start = 0;
  for (let line = 1; line < pos.line; line++) {
    const next = source.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  const rest = source.slice(start + pos.column - 1, end === -1 ? undefined : end).replace(/\r$/, '');
  // Inside a flow list or set (`[{slug: x}, null, 42]`), the value ends at the next `,`, `]` or `}`.
  const inFlow = openBrackets(source.slice(start, start + pos.column - 1)) > 0;
  const value = (inFlow ? (/^[^,\]}]*/.exec(rest)?.[0] ?? rest) : rest.replace(/\s+#.*$/, '')).trim();
  if (value === '' || value.startsWith('"') || value.startsWith("'")) return undefined;
  return [...value].length > MAX_SHOWN ? `${[...value].slice(0, MAX_SHOWN).join('')}…` : value;
}
