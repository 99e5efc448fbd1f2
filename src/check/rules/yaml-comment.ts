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
