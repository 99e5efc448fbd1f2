/**
 * Other tools' Markdown, published as typed (round 27b #2), like the shortcodes of round 20 (shortcodes.ts): MDX
 * `import …`/`export …` lines (the page joined them into a smart-quoted paragraph: an error, never news copy) and
 * `{props.value}` expressions; GitHub's task-list boxes `- [x]` / `- [ ]` (printed "[x]"); emoji shortcodes
 * `:smile:` (printed as typed). The last three may be meant (a bracket, braces or colons in copy): warnings.
 * Outside code (blankCode), one pass per bounded pattern: linear.
 */
import type { Position } from '#/check/frontmatter.ts';
import { blankCode } from '#/check/link-scan.ts';
import { positionFinder } from '#/check/text-position.ts';
import { matchesOf, onePerLine, type Find } from './each-line.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';

/** `import X from '…'`, `import { a, b } from "…"`, `import '…'` on a line of its own. */
const MDX_IMPORT = /^ {0,3}import[ \t]+(?:[\w$*{][^\n]{0,300}?[ \t]from[ \t]+)?["'][^"'\n]{1,300}["'];?[ \t]*$/gm;
/** `export const meta = …`, `export default …`, `export function …` on a line of its own. */
const MDX_EXPORT = /^ {0,3}export[ \t]+(?:const|let|var|default|function|async[ \t]+function|class)[ \t][^\n]{0,300}/gm;
/** `{props.value}`, `{meta.title}`, `{format(date)}`: a name with a member or a call, alone in braces. */
const MDX_EXPRESSION = /(?<!\{)\{[A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}|\([^(){}\n]{0,100}\)){1,10}\}(?!\})/g;
/** A list item opening with a task box. */
const TASK = /^(?: {0,3}>[ \t]?)* {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?=[ \t])/gm;
/** `:smile:`, `:+1:`, `:flag-af:`: not inside a word, a time (`10:30:45`), an address or `::`. */
const EMOJI = /(?<![\w:/])(?::(?=[a-z0-9_+-]{0,40}[a-z])[a-z0-9_+-]{2,40}:|:[+-]1:)(?![\w:])/g;

const NO_MDX = 'this site runs no MDX, so the page prints it as typed (in feeds and search too)';

export function otherMarkdown(body: string, bodyLine: number): { message: string; pos: Position; severity: 'error' | 'warning' }[] {
  if (!/import|export|\{|\[|:/.test(body)) return [];
  const text = blankCode(body);
  const pos = positionFinder(body, bodyLine);
  const sorted = (finds: Iterable<Find>[]) => finds.flatMap((f) => [...f]).sort((a, b) => a.index - b.index);
  const errors = sorted([
    matchesOf(MDX_IMPORT, text, (m) => `"${truncate(m.trim(), 60)}" is an MDX import line; ${NO_MDX}; remove it`),
    matchesOf(MDX_EXPORT, text, (m) => `"${truncate(m.trim(), 60)}" is an MDX export line; ${NO_MDX}; remove it (a story's facts go in the frontmatter)`),
  ]);
  const warnings = sorted([
    matchesOf(MDX_EXPRESSION, text, (m) => `"${truncate(m, 60)}" is an MDX expression; ${NO_MDX}; write the words it stands for, or remove it`),
    matchesOf(TASK, text, (m) => `"${m.trim()}" is a task-list box (GitHub), which this site does not draw: the page prints "${m.trim().slice(-3)}" as typed; remove it, or write the state in words`),
    matchesOf(EMOJI, text, (m) => `"${m}" is an emoji shortcode, which this site does not convert: the page prints it as typed; type the emoji itself, or remove it`),
  ]);
  return [
    ...onePerLine(errors, pos, (n) => `…and ${n} more lines below with MDX import or export lines; remove them too`).map((p) => ({ ...p, severity: 'error' as const })),
    ...onePerLine(warnings, pos, (n) => `…and ${n} more lines below with task boxes, emoji shortcodes or MDX expressions printed as typed`).map((p) => ({ ...p, severity: 'warning' as const })),
  ];
}
