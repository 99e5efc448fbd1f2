/**
 * A value as the editor typed it, for messages that quote it: YAML reads `.nan` as NaN, `1e400` as Infinity and
 * `9007199254740993` as 9007199254740992, none of which the editor wrote. Read from the file at the value's
 * position: up to a ` #` comment or the end of the line, or, inside a flow list, up to the next `,`, `]` or `}`.
 */
import type { Position } from '#/check/frontmatter.ts';
import { openBrackets } from './yaml-brackets.ts';

const MAX_SHOWN = 40;

/** The line of `source` at `pos`: where it starts, and its text from `pos` on; undefined past the end. */
function lineFrom(source: string, pos: Position): { start: number; rest: string } | undefined {
  let start = 0;
  for (let line = 1; line < pos.line; line++) {
    const next = source.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  const end = source.indexOf('\n', start);
  return { start, rest: source.slice(start + pos.column - 1, end === -1 ? undefined : end).replace(/\r$/, '') };
}

/**
 * `#Breaking news` at the value's position (`title: #Breaking news`, `- #envoys`): a hashtag YAML read as a comment,
 * so as no value (round 23: told "is empty … or remove the line", which dropped a dateline or a wire credit). The
 * text to quote, or undefined.
 */
export function commentedValue(source: string, pos: Position): string | undefined {
  const rest = lineFrom(source, pos)?.rest.trim();
  return rest !== undefined && /^#[^\s#]/.test(rest) ? rest : undefined;
}

export function writtenValue(source: string, pos: Position): string | undefined {
  const line = lineFrom(source, pos);
  if (!line) return undefined;
  const { start, rest } = line;
  // Inside a flow list or set (`[{slug: x}, null, 42]`), the value ends at the next `,`, `]` or `}`.
  const inFlow = openBrackets(source.slice(start, start + pos.column - 1)) > 0;
  const value = (inFlow ? (/^[^,\]}]*/.exec(rest)?.[0] ?? rest) : rest.replace(/\s+#.*$/, '')).trim();
  if (value === '' || value.startsWith('"') || value.startsWith("'")) return undefined;
  return [...value].length > MAX_SHOWN ? `${[...value].slice(0, MAX_SHOWN).join('')}…` : value;
}
