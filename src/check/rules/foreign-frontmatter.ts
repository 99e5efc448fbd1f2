/**
 * Front matter in the two other forms Hugo writes (round 27b #11): TOML between `+++` lines, and a JSON object
 * opening the file. Both were told "the file does not start with a "---" line", though it does start with its
 * front matter; followed (`+++` → `---`), the next line was a generic "must be a list of field: value lines".
 * One line each that names the form and gives the YAML to write. Reads the first lines only.
 */

/** A TOML `key = value` line (`title = "x"`, `authors = ["a"]`), with its YAML form, or undefined. */
function tomlToYaml(line: string): string | undefined {
  const m = /^([A-Za-z_][\w-]*)[ \t]*=[ \t]*(\S.*)$/.exec(line.trim());
  if (!m) return undefined;
  // A bare TOML date-time (`published = 2026-12-01T10:00:00+04:30`) is text here: quoted, as the site reads dates.
  const value = /^\d{4}-\d{2}-\d{2}[T ]\S+$/.test(m[2]!) ? `"${m[2]}"` : m[2]!;
  return `${m[1]}: ${value}`;
}

const MAX_SHOWN = 80;

/** The first TOML line's YAML form, as an example for the message. */
function example(lines: readonly string[]): string {
  for (const line of lines) {
    const yaml = tomlToYaml(line);
    if (yaml) return yaml.length > MAX_SHOWN ? `${yaml.slice(0, MAX_SHOWN - 1)}…` : yaml;
  }
  return 'title: "…"';
}

/** The line for a file that opens with `+++` (TOML) or `{` (JSON) instead of `---`, or undefined. */
export function foreignFrontmatter(text: string): string | undefined {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096).split(/\r?\n/);
  const first = head[0]?.trim() ?? '';
  if (first === '+++') {
    return `the front matter is TOML (between "+++" lines), which this site does not read; write it as YAML between "---" lines, each "field = value" as "field: value" (${example(head.slice(1))})`;
  }
  if (first.startsWith('{')) {
    return 'the front matter is a JSON object with no "---" lines, which this site does not read; put a line "---" above its "{" and another below its closing "}" (JSON between "---" lines is read as YAML), or write it as "field: value" lines';
  }
  return undefined;
}

/** Inside `---` lines: TOML `field = value` lines (a `+++` file whose fences alone were changed), or undefined. */
export function tomlBetweenDashes(yamlText: string): string | undefined {
  const lines = yamlText.slice(0, 4096).split(/\r?\n/);
  const first = lines.find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (first === undefined || !tomlToYaml(first)) return undefined;
  return `the front matter is written as TOML ("field = value"), which this site does not read; write each line as YAML "field: value" (${example(lines)})`;
}
