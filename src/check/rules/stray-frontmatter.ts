/**
 * Frontmatter typed below the closing `---` (round 15, finding 3). Two shapes:
 * - a second `---` block at the start of the body, of `field: value` lines naming the article's fields (a CMS or a
 *   script that put a fresh frontmatter above the old one, fields added in a block of their own);
 * - a first line that is one field (`draft: true` typed one line too low).
 * Nothing reads them: the story is published with the desk's YAML as its first heading or paragraph, and
 * `draft: true` keeps nothing back. One line each, with the fields named. A rule, a note and a rule
 * (`---` / `Update: …` / `---`) is prose: only lower-case keys that are the article's own fields count.
 */
import { articleFrontmatterSchema } from '#/schemas/article.ts';
import type { BodyProblem } from './body-text.ts';

/** The article's frontmatter fields. */
const FIELDS = new Set(Object.keys(articleFrontmatterSchema.shape));
const FENCE = /^-{3}[ \t]*$/;
const KEY = /^([a-z][A-Za-z]*)[ \t]*:(?:[ \t]|$)/;
/** A YAML line inside the block: a key, a list item or an indented continuation. */
const YAML_LINE = /^(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)|[ \t]+\S|-[ \t]|#)/;
/** The longest block looked at: a frontmatter is a few dozen lines. */
const MAX_BLOCK = 80;

export function strayFrontmatter(body: string, bodyLine: number): BodyProblem[] {
  const lines = body.split('\n', MAX_BLOCK + 40).map((l) => l.replace(/\r$/, ''));
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length) return [];
  const at = { line: bodyLine + first, column: 1 };
  if (FENCE.test(lines[first]!)) {
    const fields: string[] = [];
    let known = false;
    for (let j = first + 1; j < lines.length && j <= first + MAX_BLOCK; j++) {
      const line = lines[j]!;
      if (FENCE.test(line)) {
        if (!known) return [];
        const named = fields.map((f) => `"${f}"`).join(', ');
        return [{ message: `a second frontmatter block starts the body (lines ${at.line}–${bodyLine + j}): its fields (${named}) are not read, and the page would print them as a heading; move them into the frontmatter above and delete this block's two "---" lines`, pos: at }];
      }
      if (line.trim() === '') continue;
      if (!YAML_LINE.test(line)) return [];
      const key = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(line)?.[1];
      if (key === undefined) continue;
      if (!fields.includes(key)) fields.push(key);
      if (KEY.test(line) && FIELDS.has(key)) known = true;
    }
    return [];
  }
  const key = KEY.exec(lines[first]!)?.[1];
  const next = lines[first + 1];
  // One field on a line of its own: the paragraph ends there, or more fields follow.
  const written = lines[first]!.trim();
  const value = written.slice(written.indexOf(':') + 1).trim();
  // A value as YAML has it (`true`, a date, `[a, b]`, a quoted or a short plain value), not a sentence.
  const yamlValue = /^(?:"[^"]*"|'[^']*'|\[[^\]]*\])$/.test(value) || (value.length <= 80 && !/[.!?…"”'’)]$/.test(value));
  if (key !== undefined && FIELDS.has(key) && yamlValue && (next === undefined || next.trim() === '' || KEY.test(next))) {
    return [{ message: `"${written.length > 60 ? `${written.slice(0, 60)}…` : written}" is below the frontmatter's closing "---": it is not read, and the page would print it as the story's first line; move it above the "---"`, pos: at }];
  }
  return [];
}
