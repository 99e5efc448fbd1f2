import { namingContentFolder } from './content-dir.ts';

/** One content problem, printed as one line an editor can act on. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Frontmatter field (dotted path), or a pseudo-field such as `file`, `body`, `yaml`, `link`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
  severity: 'error' | 'warning';
  /**
   * Printed whatever the per-file cap ({@link MAX_LINES_PER_FILE}): lines that name addresses in batches (the gone
   * addresses of a bulk takedown, every one of which is named: round 31b F8), not one article's problems.
   */
  uncapped?: boolean | undefined;
}

/**
 * `content/articles/foo.md:7:3  published  "2019-02-30" is not a real date (use YYYY-MM-DD)`. Names and values
 * come from content, so control characters (ANSI escapes, carriage returns, line breaks) and the invisible
 * direction overrides are printed as visible escapes (`\x1b`, `\r`, `\u202e`): a file name cannot rewrite the
 * terminal line or fake a message.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return `${escapeControls(where)}  ${escapeControls(shortWords(d.field))}  ${prefix}${escapeControls(oneLine(namingContentFolder(d.message)))}`;
}

function oneLine(s: string): string {
  return shortWords(s.replace(/[ \t]*\r?\n[ \t]*/g, ' '));
}

/**
 * A word past 400 characters (a slug, an address or an id of a hostile file, round 31a #9: one line of 800,299
 * characters; an unknown key of 30,000 characters in the field's place, round 32c F5) is shown by its start and
 * end: the line still names the place and the fix, and stays readable.
 */
const LONG_WORD = /[^\s]{401,}/g;
const shortWords = (s: string): string => s.replace(LONG_WORD, (w) => `${[...w].slice(0, 240).join('')}…(${w.length} characters)…${[...w].slice(-40).join('')}`);

// C0 and C1 controls, DEL, the line/paragraph separators, the bidirectional marks, embeddings, overrides and
// isolates, zero-width space and BOM: everything that is invisible or moves text. (ZWNJ and ZWJ stay: Persian and
// Pashto words and emoji need them.)
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text with every control character written as a visible escape. */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** Most lines printed for one file: a list of 75,000 broken entries is a summary, not 12 MB of output. */
export const MAX_LINES_PER_FILE = 20;

/** Stable order: by file, then line, then column, then field. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
}

/**
 * A GitHub Actions workflow command for the diagnostic, so it shows inline on the changed file of a pull request:
 * `::error file=content/a.md,line=7,col=3,title=published::message`.
 */
export function formatAnnotation(d: Diagnostic): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  // The message and title come from content too (a file name with terminal escapes: round 31a #3): escaped as on the plain line.
  const props = [`file=${prop(escapeControls(d.file))}`, ...(d.line ? [`line=${d.line}`, `col=${d.column ?? 1}`] : []), `title=${prop(escapeControls(shortWords(d.field)))}`];
  return `::${d.severity} ${props.join(',')}::${data(escapeControls(oneLine(namingContentFolder(d.message))))}`;
}

/** Whether problems are also printed as workflow annotations (under GitHub Actions). */
export const annotating = (): boolean => process.env['GITHUB_ACTIONS'] === 'true';

/**
 * The lines to print: every diagnostic, sorted, at most {@link MAX_LINES_PER_FILE} per file followed by one line
 * saying how many more that file has.
 */
export function diagnosticLines(list: Diagnostic[]): string[] {
  const lines: string[] = [];
  const perFile = new Map<string, { n: number; errors: number }>();
  for (const d of sortDiagnostics(list)) {
    if (d.uncapped) {
      lines.push(formatDiagnostic(d));
      continue;
    }
    const seen = perFile.get(d.file) ?? { n: 0, errors: 0 };
    seen.n++;
    perFile.set(d.file, seen);
    if (seen.n <= MAX_LINES_PER_FILE) lines.push(formatDiagnostic(d));
    else if (d.severity === 'error') seen.errors++;
  }
  for (const [file, { n, errors }] of perFile) {
    if (n <= MAX_LINES_PER_FILE) continue;
    const more = n - MAX_LINES_PER_FILE;
    // Placed right after the file's last printed line. Warnings left out are warnings, not problems to fix first.
    const last = lines.findLastIndex((l) => l.startsWith(`${escapeControls(file)}:`) || l.startsWith(`${escapeControls(file)}  `));
    const what = errors === more ? `${more} more problem${more === 1 ? '' : 's'} in this file (fix the ones above first)` : errors === 0 ? `${more} more warning${more === 1 ? '' : 's'} in this file` : `${more} more lines in this file (${errors} error${errors === 1 ? '' : 's'}, ${more - errors} warning${more - errors === 1 ? '' : 's'}; fix the ones above first)`;
    lines.splice(last + 1, 0, `${escapeControls(file)}  file  …and ${what}`);
  }
  return lines;
}

/**
 * Prints every diagnostic, sorted, one line each on stderr (and, under GitHub Actions, each as a workflow
 * annotation on stdout); returns how many are errors and warnings.
 */
export function printDiagnostics(list: Diagnostic[]): { errors: number; warnings: number } {
  for (const line of diagnosticLines(list)) console.error(line);
  if (annotating()) for (const d of sortDiagnostics(list)) console.log(formatAnnotation(d));
  const errors = list.filter((d) => d.severity === 'error').length;
  return { errors, warnings: list.length - errors };
}
