/** Turns Zod's validation issues into one-line diagnostics that name the field and say how to fix it. */
import type { z } from 'astro/zod';
import type { ParsedFrontmatter, Position } from '#/check/frontmatter.ts';
import { snippetPosition } from '#/check/text-position.ts';
import { truncateGraphemes } from './graphemes.ts';
import { didYouMean } from './suggest.ts';
import { importFieldHint } from './import-fields.ts';
import { jekyllDate } from './import-field-names.ts';
import { commentedValue, writtenValue } from './written-value.ts';
import { endSpaceNote, withSpacesShown } from './end-spaces.ts';

type Report = (field: string, message: string, pos?: Position) => void;

/** `source`: the file, to quote a number as written (`.nan`, `1e400`) rather than as YAML read it (NaN, Infinity). */
export function reportIssue(fm: ParsedFrontmatter, issue: z.core.$ZodIssue, schema: z.ZodObject, report: Report, source?: string) {
  const path = issue.path as PropertyKey[];
  const keys = Object.keys(schema.shape);
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      // An article's import field that keeps a story back: the line that keeps it back here (import-fields.ts).
      const kept = path.length === 0 && keys.includes('draft') ? importFieldHint(key, fm.data?.[key], fm.data) : undefined;
      if (kept) {
        report(fieldName([...path, key]), `unknown field ${kept}`, fm.locate([...path, key]));
        continue;
      }
      // `description` + a no-break space: named, not "did you mean" the name on screen (round 28b #6).
      const spaced = endSpaceNote(key);
      if (spaced && path.length === 0 && keys.includes(key.trim())) {
        const message = `unknown field ${spaced}, which makes it another field than "${key.trim()}"; delete it`;
        const at = fm.locate([...path, key]);
        // At the space itself: the key's line is searched from its start (the value comes after the name).
        report(key.trim(), message, characterAt(source, { line: at.line, column: 1 }, message, key) ?? at);
        continue;
      }
      const misnamed = misnamedRequired(fm, schema, path);
      if (misnamed?.unknown === key) {
        report(withSpacesShown(fieldName([...path, key])), `unknown field "${withSpacesShown(key)}" where the required "${misnamed.missing}" is missing; did you mean "${misnamed.missing}"?`, fm.locate([...path, key]));
        continue;
      }
      const near = didYouMean(key, path.length === 0 ? keys : []);
      report(withSpacesShown(fieldName([...path, key])), `unknown field "${withSpacesShown(key)}"; ${near ? `did you mean "${near}"?` : 'remove it or check the spelling in the README\'s content reference'}`, fm.locate([...path, key]));
    }
    return;
  }
  const input = (issue as { input?: unknown }).input;
  // A required field written with a space at the end of its name has that line (above), not "add a … line".
  if (issue.code === 'invalid_type' && input === undefined && path.length === 1 && Object.keys(fm.data ?? {}).some((k) => k !== path[0] && k.trim() === path[0] && endSpaceNote(k))) return;
  // The required key an unknown one most likely misnames is told on that key's line (above), not as missing too.
  if (issue.code === 'invalid_type' && input === undefined && path.length > 1 && misnamedRequired(fm, schema, path.slice(0, -1))?.missing === path.at(-1)) return;
  const at = fm.locate(path);
  // Jekyll's `published: false` keeps a post back (round 20); here the date is required and draft keeps it back.
  if (path.length === 1 && path[0] === 'published' && input === false && keys.includes('draft')) {
    report('published', 'must be a date; "published: false" is how Jekyll keeps a story back: write draft: true, and give published the date the story is due (2019-12-05 or 2019-12-05T09:30:00+04:30)', at);
    return;
  }
  // Jekyll's `published: true` beside its `date:` (round 30a #6): the date is the value this field wants; the
  // `date` line says to remove itself, which alone would leave no date anywhere.
  if (path.length === 1 && path[0] === 'published' && input === true && keys.includes('draft')) {
    const date = jekyllDate(fm.data);
    if (date) {
      report('published', `must be a date; "published: true" is how Jekyll marks a story public: write published: ${date.value} (the value of ${date.field}) in place of true, and remove the ${date.field} line`, at);
      return;
    }
  }
  // A number or boolean as the editor typed it; text as a quoted string.
  const shown = (bare = false) => {
    const written = (typeof input === 'number' || typeof input === 'boolean') && source !== undefined ? writtenValue(source, at) : undefined;
    return written === undefined ? describeValue(input) : bare ? written : `the ${typeof input} ${written}`;
  };
  // A text field YAML read as a number or boolean (`title: 2026`, `title: true`): the quoted form is the fix.
  const field = String(path.at(-1));
  const asText = (expected: string, value: unknown) => {
    const written = expected === 'string' && typeof path.at(-1) === 'string' && (typeof value === 'number' || typeof value === 'boolean') && source !== undefined && at ? writtenValue(source, at) : undefined;
    if (written === undefined) return '';
    // Quotes are the fix only where the quoted text passes (a headline); `lang: 12` quoted fails next as no
    // language tag (round 17): then the field's own rule is the fix.
    const quoted = fieldSchema(schema, path)?.safeParse?.(written);
    if (quoted && !quoted.success) {
      const own = quoted.error?.issues?.[0]?.message;
      return own && /^must /.test(own) ? `; ${field} ${own}` : '';
    }
    return `; to print ${written}, write ${field}: "${written.replace(/["\\]/g, '\\$&')}"`;
  };
  // `title: null` or `~`: YAML's word for no value, which the editor may have meant as the word.
  const nullWord = () => {
    const written = source !== undefined && at && typeof path.at(-1) === 'string' ? writtenValue(source, at) : undefined;
    if (written === undefined || !/^(?:null|Null|NULL|~)$/.test(written)) return '';
    // The quoted word is a fix only for a text field that takes it (round 25a #9: `draft: "~"` fails next).
    const takesWord = fieldSchema(schema, path)?.safeParse?.(written)?.success === true;
    return takesWord ? ` (YAML reads ${written} as no value; to print it, write ${field}: "${written}")` : ` (YAML reads ${written} as no value)`;
  };
  // `dateline: #KABUL`, `- #envoys`: a hashtag YAML read as a comment; the quoted form keeps the value (round 23).
  const hashtag = () => {
    const written = input === null && source !== undefined && at ? commentedValue(source, at) : undefined;
    if (written === undefined) return undefined;
    const quoted = `"${written.replace(/["\\]/g, '\\$&')}"`;
    return typeof path.at(-1) === 'number'
      ? `is empty: an item starting with "#" is a YAML comment, so YAML reads no value; put it in quotes: - ${quoted}`
      : `is empty: "#" right after "${field}:" starts a YAML comment, so YAML reads no value; put the value in quotes: ${field}: ${quoted}`;
  };
  // The schema's own rule ("must be a whole number from …"), not Zod's default wording.
  const rule = /^must be /.test(issue.message);
  let message = issue.message;
  if (issue.code === 'invalid_type') {
    message =
      input === undefined
        ? `is required; add a "${String(path.at(-1))}:" line`
        : input === null
          ? (hashtag() ?? (typeof path.at(-1) === 'number'
            ? 'is empty (YAML reads ~, null or nothing between commas as no value); write the item, or remove it from the list'
            : `is empty; give it a value${canOmit(schema, path) ? ' or remove the line' : ' (the field is required)'}${nullWord()}`))
          : rule
            ? `${issue.message}, not ${shown(true)}${quotedNumber(field, input, fieldSchema(schema, path))}`
            : issue.expected === 'array' && path.length === 1 && Object.hasOwn(LIST_OF_ENTRIES, field)
              ? `must be ${LIST_OF_ENTRIES[field]!.what}, not ${shown()}; ${LIST_OF_ENTRIES[field]!.fix}`
              : `must be ${article(issue.expected)}, not ${shown()}${asText(issue.expected, input)}${topicAsText(fm, path, input, source, fieldSchema(schema, path))}${slipFix(issue.expected, input, typeof path.at(-1) === 'number' && path.length > 1 ? fieldName(path.slice(0, -1)) : field, fieldSchema(schema, path), typeof path.at(-1) === 'number')}`;
  } else if (rule && typeof input === 'number') {
    // A rule that names the number already (a date written as one: round 27b #5) is not told it twice, and names it
    // as written (`99999999999999999999999`, not `1e+23`: round 37e).
    message = /, not the number /.test(issue.message) ? issue.message.replace(`the number ${String(input)}`, () => `the number ${shown(true)}`) : `${issue.message}, not ${shown(true)}`;
  }
  // `source: ""`: which words to write, or that the line can go (round 36 blind #3).
  if (message === 'must not be empty' && typeof input === 'string') message += emptyFix(field, canOmit(schema, path));
  // Zod's own wording for numbers out of range ("Too big: expected int to be <=9007199254740991") in the house style.
  if ((issue.code === 'too_big' || issue.code === 'too_small') && (issue.origin === 'number' || issue.origin === 'int') && /^Too (big|small)/.test(message)) {
    const limit = issue.code === 'too_big' ? `at most ${String(issue.maximum)}` : `at least ${String(issue.minimum)}`;
    message = `is ${shown()}; it must be ${limit}`;
  }
  report(fieldName(path), message, characterAt(source, at, message, input) ?? at);
}

/**
 * A message that names one character (`U+200B`) points at that character, not at the start of the value: an
 * invisible one cannot be found by eye (round 23). So does a plain-text line that quotes what it found (a character
 * reference, `"&amp;"`) or a note (`<!--`), also on a later line of a folded value (round 36 F3). Only where the text
 * is written as itself on the value's lines (not as a YAML escape); else undefined and the value's start stands.
 */
function characterAt(source: string | undefined, at: Position | undefined, message: string, input: unknown): Position | undefined {
  if (source === undefined || !at || typeof input !== 'string') return undefined;
  const code = /\bU\+([0-9A-F]{4,6})\b/.exec(message)?.[1];
  const plain = message.startsWith('fields are plain text');
  const quoted = plain ? /"([^"]+)"/.exec(message)?.[1] : undefined;
  const note = plain ? ['<!--', '-->'].find((n) => input.includes(n)) : undefined;
  const piece = code !== undefined ? String.fromCodePoint(parseInt(code, 16)) : quoted !== undefined && input.includes(quoted) ? quoted : note;
  if (piece === undefined || !input.includes(piece)) return undefined;
  // The value's own text: a quoted or folded value may run over a few lines, never past twice its length plus quoting.
  return snippetPosition(source, at, piece, input.length * 2 + 16);
}

type Walkable = {
  shape?: Record<string, unknown>;
  element?: unknown;
  out?: unknown;
  unwrap?: () => unknown;
  safeParse?: (v: unknown) => { success: boolean; error?: { issues?: { message?: string }[] } };
};

/**
 * A list whose items are sets of fields, with the entry to copy: "[a, b]" is a wrong example for it (round 36g #2).
 */
const LIST_OF_ENTRIES: Record<string, { what: string; fix: string }> = {
  corrections: { what: 'a list of { date, text } entries', fix: 'write each on its own line under "corrections:", e.g. - { date: 2026-12-01T10:00:00+04:30, text: "Fixed a figure" }' },
};

/** A schema through its optional, default and pipe wrappers. */
function unwrapped(node: Walkable | undefined): Walkable | undefined {
  while (node && !node.shape && !node.element && (node.unwrap || node.out)) node = (node.unwrap ? node.unwrap() : node.out) as Walkable;
  return node;
}

/**
 * In a set of fields below the frontmatter (a correction, the image), one unknown key while exactly one required key
 * is missing: most likely that key misnamed (`note:` for `text:`), told in one line, not two (round 36g #3).
 */
function misnamedRequired(fm: ParsedFrontmatter, schema: z.ZodType, objectPath: readonly PropertyKey[]): { unknown: string; missing: string } | undefined {
  if (objectPath.length === 0) return undefined;
  let value: unknown = fm.data;
  for (const key of objectPath) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const shape = unwrapped(fieldSchema(schema, objectPath))?.shape;
  if (!shape || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields = value;
  const unknown = Object.keys(fields).filter((k) => !Object.hasOwn(shape, k));
  const missing = Object.keys(shape).filter((k) => !Object.hasOwn(fields, k) && (shape[k] as Walkable).safeParse?.(undefined).success !== true);
  return unknown.length === 1 && missing.length === 1 ? { unknown: unknown[0]!, missing: missing[0]! } : undefined;
}

/** The schema of the field at `path` (through optional, default and pipe wrappers). */
function fieldSchema(schema: z.ZodType, path: readonly PropertyKey[]): Walkable | undefined {
  let node = schema as Walkable | undefined;
  for (const key of path) {
    node = unwrapped(node);
    node = (typeof key === 'number' ? node?.element : node?.shape?.[String(key)]) as Walkable | undefined;
  }
  return node;
}

/**
 * The fix for common slips (round 18): `draft: "false"` (quotes around true/false) and `section: [economy]`
 * (one value in brackets where one value belongs); and (round 24a #13) `image: ./images/x.png`, the path alone
 * where a set of fields with `src` and `alt` belongs.
 */
function slipFix(expected: string, input: unknown, field: string, own: Walkable | undefined, item = false): string {
  if (expected === 'boolean' && typeof input === 'string' && /^(?:true|false)$/i.test(input.trim())) return `; remove the quotes: ${field}: ${input.trim().toLowerCase()}`;
  if (expected === 'string' && Array.isArray(input) && input.length === 1 && (typeof input[0] === 'string' || typeof input[0] === 'number')) {
    // An item of a list in brackets of its own (`aliases: [[/a/]]`): one pair of brackets, round 30c #8.
    if (item) return `; one pair of brackets around the list: ${field}: [${String(input[0])}]`;
    return `; one value, without brackets: ${field}: ${String(input[0])}`;
  }
  // `draft: no`, `draft: yes`: YAML 1.2 reads these as words (round 36 blind #3).
  if (expected === 'boolean' && typeof input === 'string') return `; write ${field}: true or ${field}: false`;
  // `tags: [{name: Doha}]`, `- name: Doha`: a set of fields where a word belongs (round 36 blind #3).
  if (expected === 'string' && item && input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const entries = Object.entries(input);
    const [key, value] = entries[0] ?? [];
    const example = entries.length === 1 && typeof value === 'string' ? ` (${value}, not ${key}: ${value})` : ', not "name: value"';
    return `; write each ${field === 'tags' ? 'tag as a plain word or phrase' : `item of ${field} as plain text`}${example}`;
  }
  let fields = own;
  while (fields && !fields.shape && (fields.unwrap || fields.out)) fields = (fields.unwrap ? fields.unwrap() : fields.out) as Walkable;
  if (expected === 'object' && typeof input === 'string' && input.trim() !== '' && fields?.shape?.src && fields.shape.alt) {
    return `; write ${field}: {src: ${input.trim()}, alt: "what it shows"}`;
  }
  return '';
}

/**
 * `tags: [2026, 9/11, true]`: a topic YAML read as a number or boolean. Scalar fields get the quoted value to write;
 * a list item needs the quoting in its list, the less obvious fix (round 26a #14): the list with every such item
 * quoted, or `- "2026"` in a list of one item a line. Only where the quoted text is a valid topic.
 */
function topicAsText(fm: ParsedFrontmatter, path: readonly PropertyKey[], input: unknown, source: string | undefined, own: Walkable | undefined): string {
  if (path.length !== 2 || path[0] !== 'tags' || (typeof input !== 'number' && typeof input !== 'boolean') || source === undefined) return '';
  const shownAs = (v: unknown, at: PropertyKey[]): string | undefined => {
    const written = writtenValue(source, fm.locate(at));
    // A long value is shown cut ("…"): not what to write.
    const whole = written !== undefined && [...written].length < 40 ? written : undefined;
    if (typeof v === 'number' || typeof v === 'boolean') return whole === undefined || own?.safeParse?.(whole).success !== true ? undefined : `"${whole}"`;
    return whole ?? (typeof v === 'string' ? JSON.stringify(v) : undefined);
  };
  const item = shownAs(input, [...path]);
  if (item === undefined) return '';
  const fix = `; to make ${item} a topic, write it in quotes: `;
  const list = fm.data?.['tags'];
  if (!writtenValue(source, fm.locate(['tags']))?.startsWith('[') || !Array.isArray(list)) return `${fix}- ${item}`;
  const items = list.map((v, i) => shownAs(v, ['tags', i]));
  return items.every((i) => i !== undefined) ? `${fix}tags: [${items.join(', ')}]` : `${fix}${item}`;
}

/** `order: "3"`: a number in quotes is text; the number without them is the fix, where the field takes it. */
function quotedNumber(field: string, input: unknown, own: Walkable | undefined): string {
  if (typeof input !== 'string' || !/^[+-]?\d+(?:\.\d+)?$/.test(input.trim())) return '';
  return own?.safeParse?.(Number(input)).success === true ? `; remove the quotes: ${field}: ${Number(input)}` : '';
}

/** What to write in a field left as empty text (`source: ""`), or that its line can go. */
const EMPTY_FIELD_WORDS: Record<string, string> = {
  title: 'the headline',
  description: 'the standfirst',
  source: 'the agency or partner the story is reported for (e.g. source: Reuters)',
  alt: 'what the photo shows',
  caption: 'the caption',
  credit: 'who took or made the photo',
  name: 'the name',
};
function emptyFix(field: string, optional: boolean): string {
  const words = EMPTY_FIELD_WORDS[field] ?? 'a value';
  return optional ? `; remove the line, or write ${words}` : `; write ${words}`;
}

/** Whether the field at `path` may be left out (optional or with a default), so "remove the line" is sound advice. */
function canOmit(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  return fieldSchema(schema, path)?.safeParse?.(undefined).success === true;
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || 'frontmatter';
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'text', array: 'a list (e.g. [a, b] or one "- item" per line)', boolean: 'true or false', number: 'a number', int: 'a whole number', object: 'a set of "field: value" lines' };
  return names[expected] ?? expected;
}

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a set of fields';
  if (typeof v === 'string') return `the text ${JSON.stringify(truncateGraphemes(v, 40))}`;
  return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : typeof v} ${String(v)}`;
}
