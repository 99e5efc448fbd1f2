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
  let start = 0;
  while (start <= yaml.length) {
    const end = yaml.indexOf('\n', start);
    const line = yaml.slice(start, end === -1 ? yaml.length : end).replace(/\r$/, '');
    const m = LINE.exec(line);
    const key = m?.[2];
    if (m && key && TEXT_FIELDS.has(key)) {
      const valueAt = m[0].length;
      const value = line.slice(valueAt);
      // `# note` (a space after the hash) is a comment someone meant; `#2`, `#MeToo` are copy.
      const hash = value.search(/[ \t]#(?=[^\s#])/);
      if (hash > 0) {
        const whole = value.trimEnd();
        const quoted = `"${whole.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
        found.push({
          offset: start + valueAt,
          field: key,
          message: `" #" starts a YAML comment, so "${value.slice(hash).trim()}" would be dropped from the text; put the whole value in quotes: ${key}: ${quoted}`,
        });
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  return found;
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
