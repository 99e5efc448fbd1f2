/**
 * Words after a closed `[…]` or `{…}` in a field that holds a list or a set of fields (round 11, finding 6): the fix
 * is one list or one set, never quotes, which would turn the field into text (the next error):
 * - `corrections: {…}, {…}` (the brackets around a list forgotten): two values on one line; a list is written
 *   `corrections: [{…}, {…}]`;
 * - `related: [a], [b]`, `tags: [a] b`: one list, `related: [a, b]`;
 * - `image: {src: …, alt: …}, {caption: x}`: one set of fields, `image: {src: …, alt: …, caption: x}`.
 * Text fields (`title: [Update] Talks`) keep the advice to quote the value (yaml-slips.ts).
 */
import type { LIST_LIMITS } from '#/schemas/fields.ts';
import { topLevelParts } from './yaml-brackets.ts';

/** Fields whose value is a list (articles' lists, and the front page's `top`). */
const LIST_FIELDS: ReadonlySet<string> = new Set<keyof typeof LIST_LIMITS | 'top'>(['authors', 'tags', 'related', 'corrections', 'top']);
/** Fields whose value is one set of fields: an article's lead image, the front page's lead story. */
const MAP_FIELDS: ReadonlySet<string> = new Set(['image', 'lead']);

/** The longest fix shown whole; a longer one is shown with its items cut. */
const MAX_FIX = 200;

/**
 * The line for `key: value` where the value's first `[…]`/`{…}` closes at `close` and text follows, when `key`
 * holds a list or a set of fields; undefined for other fields. `at` is the offset in `value`.
 */
export function listOrSetSlip(key: string, value: string, close: number): { at: number; message: string } | undefined {
  const list = LIST_FIELDS.has(key);
  if (!list && !MAP_FIELDS.has(key)) return undefined;
  const first = value.slice(0, close + 1);
  const after = value.slice(close + 1).replace(/[ \t]+#.*$/, '').trim();
  const parts = [first, ...topLevelParts(after.replace(/^,/, ''))];
  const open = first[0];
  const inner = (part: string) => (part[0] === open && /[\]}]$/.test(part) ? part.slice(1, -1).trim() : part);
  const separate = /^,/.test(after);
  if (list && open === '{') {
    // `corrections: {…}, {…}`: each {…} is an item of the list the brackets would make.
    const fix = `${key}: [${parts.join(', ')}]`;
    const what = separate ? 'two values on one line' : `text after the "}" that closes the first value`;
    return { at: separate ? 0 : close + 1, message: `${what} (YAML reads "${key}: {…}" and cannot go on after its "}"); a list is written ${shown(fix, `${key}: [{…}, {…}]`)}` };
  }
  if (list) {
    const fix = `${key}: [${parts.map(inner).filter((p) => p !== '').join(', ')}]`;
    const what = separate ? `two lists on one line, and "${key}" holds one` : `the list closes at the first "]", so "${after.slice(0, 30)}" after it is not in it`;
    return { at: close + 1, message: `${what}; write every item inside one pair of brackets: ${shown(fix, `${key}: [a, b]`)}` };
  }
  if (open === '{' && parts.every((p) => p.startsWith('{'))) {
    const fix = `${key}: {${parts.map(inner).filter((p) => p !== '').join(', ')}}`;
    return { at: close + 1, message: `two sets of fields on one line, and "${key}" is one set; write all its fields inside one pair of braces: ${shown(fix, `${key}: {src: …, alt: …}`)}` };
  }
  const closer = open === '[' ? ']' : '}';
  return { at: close + 1, message: `"${key}" closes at the first "${closer}", so "${after.slice(0, 30)}" after it is not read; write all of "${key}" inside one pair of ${open === '[' ? 'brackets' : 'braces'}` };
}

/** `fix` when it is short enough to read in one line, else the `short` pattern. */
export function shown(fix: string, short: string): string {
  return fix.length <= MAX_FIX ? fix : short;
}
