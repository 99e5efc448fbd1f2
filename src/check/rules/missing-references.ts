/**
 * A reference-style link whose definition is missing (round 27b #1): `[the figures][missing]` with no
 * `[missing]: …` line (a CMS export dropped or renamed the definitions at the bottom) is printed with its brackets,
 * the source link gone; `[the annex] [annex]` (a space between) prints "[the annex]" as typed and links only
 * "annex". Read from the renderer's parse (footnote-parse.ts `bracketParse`): only brackets left as text there,
 * in the full form `[text][label]` (or `[text] [label]`); shortcuts (`[sic]`, `[1]`, `[Reuters]`, `[x]`, `[...]`)
 * are prose and stay quiet, as do footnotes (`[^1]`: footnotes.ts) and brackets with no letter (`[1][2]`).
 * One regex pass over each text node's source: linear. Warnings: the brackets may be meant.
 */
import type { Nodes } from 'mdast';
import { positionFinder } from '#/check/text-position.ts';
import { onePerLine, type Find, type LineProblem } from './each-line.ts';
import { bracketParse } from './footnote-parse.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { isShortcode } from './shortcodes.ts';

/** `[text][label]` or `[text] [label]` as written, no backslash or bracket inside, not an image. */
const FULL = /(?<![\\!])\[([^[\]\n\\]{1,200})\]( ?)\[([^[\]\n\\]{1,200})\]/g;
/** A text node's source ending `[text] `, right before a shortcut link: the space split a full reference. */
const SPACED_END = /(?<![\\!])\[([^[\]\n\\]{1,200})\] $/;
/** Bracketed words that are prose, not a link's text: no letter at all (`[1]`, `[...]`), `[sic]`, a checkbox `[x]`. */
const PROSE = /^(?:[^\p{L}]*|sic!?|x)$/iu;
const WRITTEN_DEFINITION = /^[ \t>]*\[([^[\]\n]{1,999})\]:/gm;
/** A candidate at all: `][x` or `] [x` somewhere (cheap; the parse decides). */
const MAYBE = /\] ?\[[^\]\n^]/;

const normalise = (label: string) => label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
const linkOf = (text: string) => `[${truncate(text, 40)}](https://…)`;

export function missingReferences(body: string, bodyLine: number): LineProblem[] {
  if (!MAYBE.test(body)) return [];
  const parse = bracketParse(body);
  if (!parse) return [];
  const defined = new Set<string>();
  // A definition written where the parser reads text (right under a paragraph line) has its own line (links.ts).
  for (const m of body.matchAll(WRITTEN_DEFINITION)) defined.add(normalise(m[1] ?? ''));
  const texts: { node: Nodes; next: Nodes | undefined }[] = [];
  const stack: Nodes[] = [parse.tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'definition') defined.add(normalise(node.label ?? node.identifier));
    if (!('children' in node)) continue;
    const children = node.children as Nodes[];
    children.forEach((child, i) => {
      if (child.type === 'text') texts.push({ node: child, next: children[i + 1] });
      else stack.push(child);
    });
  }
  // In the order written, so a label used twice is told at its first use.
  texts.sort((a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0));
  const finds: Find[] = [];
  const told = new Set<string>();
  const source = (node: Nodes) => parse.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  for (const { node, next } of texts) {
    const start = node.position?.start.offset ?? 0;
    const written = source(node);
    for (const m of written.matchAll(FULL)) {
      const [, text = '', space, label = ''] = m;
      const key = normalise(label);
      if (PROSE.test(text.trim()) || label.startsWith('^') || key === '' || defined.has(key) || told.has(key)) continue;
      // Shortcodes have their own line (shortcodes.ts); `[/name]` closes one a plugin registers, never a reference.
      if (isShortcode(`[${text}]`) || isShortcode(`[${label}]`) || label.startsWith('/')) continue;
      // `[a] [b]` with no definition anywhere is more likely prose (`[sic] [laughs]`) than a reference link.
      if (space && defined.size === 0) continue;
      told.add(key);
      const shown = `[${truncate(label, 40)}]`;
      const join = space ? `, and write [${truncate(text, 40)}]${shown} without the space` : '';
      finds.push({
        index: parse.toBody(start + m.index),
        message: `${truncate(m[0], 80)} uses the reference "${truncate(label, 40)}", which no line defines, so the page prints the brackets as typed; add a line "${shown}: https://…" at the end of the story${join}, or write the link inline: ${linkOf(text)}`,
      });
    }
    const spaced = next?.type === 'linkReference' && next.referenceType === 'shortcut' && next.position?.start.offset === node.position?.end.offset ? SPACED_END.exec(written) : null;
    if (spaced && next) {
      const text = spaced[1] ?? '';
      if (PROSE.test(text.trim())) continue;
      const label = source(next);
      finds.push({
        index: parse.toBody(start + spaced.index),
        message: `the space in "[${truncate(text, 40)}] ${truncate(label, 42)}" breaks the link: the page prints "[${truncate(text, 40)}]" as typed and links only the word${label.includes(' ') ? 's' : ''} of ${truncate(label, 42)}; write [${truncate(text, 40)}]${truncate(label, 42)} without the space`,
      });
    }
  }
  return onePerLine(finds, positionFinder(body, bodyLine), (n) => `…and ${n} more lines below with a reference link printed as typed; fix them too`);
}
