/**
 * In YAML, ` #` starts a comment even in the middle of unquoted text: `title: Kabul talks #2 resume` publishes
 * "Kabul talks". Headlines with "#1", "#MeToo" or "No. #3" are ordinary copy, so a text field whose plain value
 * is cut by a comment is one problem that shows the value quoted. (Comments after ids, dates and booleans, and
 * on lines of their own, and `# notes` with a space after the hash, stay allowed.) One pass over the lines: linear in the frontmatter.
 */

/** Fields whose values are text readers see. */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['title', 'description', 'dateline', 'source', 'alt', 'caption', 'credit', 'text', 'name', 'role']);

// `key: value` (optionally a list item `- key: value`), where the value starts as a plain scalar.
const LINE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][\w-]*)[ \t]*:[ \t]+(?=[^\s"'[{|>#&*!%@`])/;

export interface EatenText {
  /** Offset of the value in the YAML text. */
  offset: number;
  field: string;
  message: string;
}

export function findCommentsInText(yaml: string): EatenText[] {
  const found: EatenText[] = [];
  const lines = splitLines(yaml);
  for (let i = 0; i < lines.length; i++) {
    const { text: line, start } = lines[i]!;
    const m = LINE.exec(line) ?? EMPTY_VALUE.exec(line);
    const key = m?.[2];
    if (!m || !key || !TEXT_FIELDS.has(key)) continue;
    const valueAt = m[0].length;
    const first = line.slice(valueAt);
    // The value goes on over the lines indented deeper than its key (blank lines included): a plain multi-line
    // scalar, as editors wrap a long headline or standfirst.
    const keyColumn = (m[1] ?? '').length;
    let last = i;
    let hashAt: number | undefined;
    const parts = [first.trim()];
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!.text;
      const indent = /^[ \t]*/.exec(next)![0].length;
      if (next.trim() === '') continue;
      if (indent <= keyColumn) break;
      // An empty first line: the value's first line must itself be plain text, not a list, a block or a quote.
      if (first.trim() === '' && parts.length === 1 && (/^[-"'[{|>&*!%@`]/.test(next.slice(indent)) || /^[\w-]+[ \t]*:(?:\s|$)/.test(next.slice(indent)))) break;
      last = j;
      parts.push(next.trim());
      // `#2 resume` at the start of a line, or ` #MeToo` inside it: a comment, which ends the value there.
      const body = next.slice(indent);
      if (body.startsWith('#') && !/^#[^\s#]/.test(body)) {
        // A comment with a space after its hash (`# note`) ends the value as its writer meant.
        parts.pop();
        break;
      }
      const cut = body.startsWith('#') ? indent : next.search(/[ \t]#(?=[^\s#])/);
      if (cut >= 0 && hashAt === undefined) hashAt = lines[j]!.start + cut;
    }
    const hash = first.search(/[ \t]#(?=[^\s#])/);
    if (hash > 0) {
      found.push({ offset: start + valueAt, field: key, message: eatenMessage(key, first.slice(hash).trim(), [first.trim()]) });
    } else if (hashAt !== undefined) {
      const lost = yaml.slice(hashAt, yaml.indexOf('\n', hashAt) === -1 ? undefined : yaml.indexOf('\n', hashAt)).replace(/\r$/, '').trim();
      found.push({ offset: hashAt + (yaml[hashAt] === '#' ? 0 : 1), field: key, message: eatenMessage(key, lost, parts.filter((p) => p !== ''), true) });
    }
    i = last;
  }
  return found;
}

// `key:` with nothing after it but spaces: the value may start on the next line.
const EMPTY_VALUE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][\w-]*)[ \t]*:[ \t]*$/;

function eatenMessage(key: string, lost: string, parts: string[], wrapped = false): string {
  const whole = parts.join(' ');
  const quoted = `"${whole.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (!wrapped) return `" #" starts a YAML comment, so "${lost}" would be dropped from the text; put the whole value in quotes: ${key}: ${quoted}`;
  return `the value goes on over several lines, and "#" at the start of a line (or after a space) starts a YAML comment there, so "${lost}" and anything after it would be dropped from the text; put the whole value in quotes on one line: ${key}: ${quoted}`;
}

/** The lines of `text` with their offsets (a trailing "\r" left out). */
function splitLines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    out.push({ text: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, ''), start });
    if (end === -1) return out;
    start = end + 1;
  }
}

// `key: [ …` : a flow list written on one line.
const LIST_LINE = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][\w-]*)[ \t]*:[ \t]*\[/;

/**
 * `tags: [#rail, trade]`: a "#" that starts a list item starts a YAML comment, so the rest of the line is dropped
 * and the list never closes (the parser then reports a missing "]" and a misplaced comment). One line that says
 * so and shows the list with that item quoted. One pass over the lines, quotes skipped.
 */
export function findCommentsInLists(yaml: string): EatenText[] {
  const found: EatenText[] = [];
  let start = 0;
  while (start <= yaml.length) {
    const end = yaml.indexOf('\n', start);
    const line = yaml.slice(start, end === -1 ? yaml.length : end).replace(/\r$/, '');
    const m = LIST_LINE.exec(line);
    if (m && m[2]) {
      const hash = itemHash(line, m[0].length);
      if (hash !== undefined) {
        const close = line.indexOf(']', hash);
        const inner = line.slice(m[0].length, close === -1 ? undefined : close);
        const items = inner.split(',').map((item) => {
          const t = item.trim();
          return t.startsWith('#') ? `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : t;
        });
        found.push({
          offset: start + hash,
          field: m[2],
          message: `a list item starting with "#" starts a YAML comment, so "${line.slice(hash).trim()}" would be dropped and the list left open; put that item in quotes: ${m[2]}: [${items.join(', ')}]`,
        });
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  return found;
}

/** Offset in `line` of a "#" that begins a flow-list item (after "[" or ","), outside quotes, or undefined. */
function itemHash(line: string, from: number): number | undefined {
  let quote = '';
  let itemStart = true;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (itemStart && c === '#') return i;
    itemStart = c === ',' || c === '[';
    if (c === '"' || c === "'") quote = c;
    if (c === ']') return undefined;
  }
  return undefined;
}
