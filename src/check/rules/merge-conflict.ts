/**
 * A git merge conflict left in a content file (round 23): `git merge` writes both versions between `<<<<<<<`,
 * `=======` and `>>>>>>>` lines. In a body the page printed both versions of the disputed facts with the markers
 * (the check either passed or read the markers as a heading and a quote, with fixes that kept the conflict); in a
 * frontmatter it was lines of YAML jargon. So the file is refused whole, with one line naming the conflict.
 */

const START = /^<{7}(?:[ \t].*)?$/;
const MIDDLE = /^={7}[ \t]*$/;
const END = /^>{7}(?:[ \t].*)?$/;

/** The one line for a file holding a merge conflict, and where it starts; undefined when there is none. */
export function mergeConflict(source: string): { line: number; message: string } | undefined {
  if (!source.includes('<<<<<<<') || !source.includes('>>>>>>>')) return undefined;
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  const start = lines.findIndex((l) => START.test(l));
  if (start === -1) return undefined;
  const middle = lines.findIndex((l, i) => i > start && MIDDLE.test(l));
  const end = lines.findIndex((l, i) => i > Math.max(start, middle) && END.test(l));
  if (middle === -1 || end === -1) return undefined;
  const more = lines.slice(end + 1).some((l) => START.test(l)) ? ' (and more conflicts below)' : '';
  return {
    line: start + 1,
    message: `holds a git merge conflict, lines ${start + 1}–${end + 1}${more}: both versions between "<<<<<<<", "=======" and ">>>>>>>" would be published with the markers; keep the right version, delete the other and the three marker lines, and check the file again`,
  };
}
