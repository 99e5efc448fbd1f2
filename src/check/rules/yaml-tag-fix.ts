/**
 * The fix for a value carrying a YAML type tag is what its field needs, never the next error: `draft: !!bool true`
 * and `draft: ! true` → `draft: true`, `updated: !!timestamp 2026-11-21` → `updated: 2026-11-21`, `image: !!map
 * {…}` → `image: {…}`, `tags: !!seq [rail]` and `tags: !!set {rail: null}` → `tags: [rail]`. Quoting the whole
 * value is right only for text fields (`description: !Breaking Wheat…`), where the editor meant the text.
 */

type Kind = 'bool' | 'date' | 'list' | 'object' | 'number' | 'text';

/** The kind of value each non-text field holds, by its last key (`corrections.date` → date). */
const KINDS: Readonly<Record<string, Kind>> = {
  draft: 'bool',
  published: 'date',
  updated: 'date',
  date: 'date',
  until: 'date',
  tags: 'list',
  authors: 'list',
  related: 'list',
  corrections: 'list',
  top: 'list',
  image: 'object',
  lead: 'object',
  order: 'number',
};

/** Fields a page cannot do without: "remove the line" would be the next error. */
const REQUIRED: ReadonlySet<string> = new Set(['title', 'description', 'published', 'authors', 'section', 'name', 'slug', 'alt', 'src', 'date', 'text']);

/** Tags whose value a text field takes as written, quoted (`title: !!str 2026` → `title: "2026"`). */
const VALUE_TAGS: ReadonlySet<string> = new Set(['', 'str', 'bool', 'int', 'float', 'timestamp']);

const TRUE_WORDS = /^(?:y|yes|on)$/i;
const FALSE_WORDS = /^(?:n|no|off)$/i;

export interface TaggedValue {
  /** The tag as written: `!!bool`, `!<tag:yaml.org,2002:bool>`, `!`, `!Breaking`. */
  token: string;
  /** The value from the tag on, as written (up to a comment, or the list item's end inside brackets). */
  value: string;
  /** The line up to the tag (`draft: `, `  - `). */
  before: string;
  /** Dotted field the value belongs to. */
  field: string | undefined;
  /** Inside a `[…]`/`{…}` on the line. */
  inFlow: boolean;
  /** The lines below are indented under this one (a block list or object follows the tag). */
  blockFollows: boolean;
}

/**
 * The advice after "YAML reads `!!x` as a type tag, which frontmatter has no use for; ", or undefined when quoting
 * the whole value is the fix (a text field and a tag the editor meant as text).
 */
export function typeTagAdvice(t: TaggedValue): string | undefined {
  const name = standardTag(t.token);
  const key = t.field?.split('.').pop();
  const item = t.inFlow || /^\s*-\s+$/.test(t.before);
  // An item of a list or object is text or an id; a field not listed here is text.
  const kind: Kind = item ? 'text' : (key && KINDS[key]) || 'text';
  let rest = t.value.slice(t.token.length).trim();
  const lead = t.before.trimStart();
  const shown = (v: string) => (t.inFlow ? `${v} (inside the list)` : `${lead}${v}`);
  if (name === 'null' || (rest === '' && !t.blockFollows && kind !== 'text' && kind !== 'bool')) {
    if (item) return `remove the item (YAML would read it as nothing)`;
    const label = key ?? 'the field';
    if (key && REQUIRED.has(key)) return `write ${label}'s value after the colon, without the tag`;
    return `remove the line (YAML would read ${label} as empty; leaving it out ${key === 'draft' ? 'means false' : 'leaves it unset'})`;
  }
  if (rest === '' && kind !== 'bool') return `remove \`${t.token}\``;
  if (kind === 'text') {
    // Only YAML's own value tags and the bare `!` say "this is the value": other tags were meant as text, quoted whole.
    if (name === undefined || !VALUE_TAGS.has(name)) return undefined;
    return `write the value without it: ${shown(quote(/^(["'])(.*)\1$/.exec(rest)?.[2] ?? rest))}`;
  }
  const unquoted = /^(["'])(.*)\1$/.exec(rest)?.[2];
  if (kind === 'bool') {
    const word = unquoted ?? rest;
    if (/^(?:true|false)$/i.test(word)) return `write the value without it: ${shown(word.toLowerCase())}`;
    const meant = TRUE_WORDS.test(word) ? 'true' : FALSE_WORDS.test(word) ? 'false' : undefined;
    if (meant) return `\`${word}\` is not a boolean here (only true and false are); write: ${shown(meant)}`;
    return `${key} is true or false; write: ${shown('true')} or ${shown('false')}`;
  }
  if (kind === 'number') return `write the value without it: ${shown(unquoted ?? rest)}`;
  if (kind === 'list' && /^\{.*\}$/s.test(rest)) {
    // A set (`{rail: null, trade}`): its keys are the list.
    const keys = rest.slice(1, -1).split(',').map((p) => p.split(/:(?:\s|$)/)[0]!.trim()).filter(Boolean);
    rest = `[${keys.join(', ')}]`;
  } else if (kind === 'list' && !rest.startsWith('[')) rest = `[${rest}]`;
  // A date, a list in brackets, an object in braces: the value as written, without the tag.
  return `write the value without it: ${shown(rest)}`;
}

/** `bool` for `!!bool` and `!<tag:yaml.org,2002:bool>`, `''` for the non-specific `!`, else undefined. */
function standardTag(token: string): string | undefined {
  if (token === '!') return '';
  return /^!!([a-z]+)$/.exec(token)?.[1] ?? /^!<tag:yaml\.org,2002:([a-z]+)>$/.exec(token)?.[1];
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
