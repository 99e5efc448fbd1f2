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
}

/** `content/articles/foo.md:7:3  published  "2019-02-30" is not a real date (use YYYY-MM-DD)` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${d.field}  ${prefix}${oneLine(d.message)}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}

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
  const props = [`file=${prop(d.file)}`, ...(d.line ? [`line=${d.line}`, `col=${d.column ?? 1}`] : []), `title=${prop(d.field)}`];
  return `::${d.severity} ${props.join(',')}::${data(oneLine(d.message))}`;
}

/** Whether problems are also printed as workflow annotations (under GitHub Actions). */
export const annotating = (): boolean => process.env['GITHUB_ACTIONS'] === 'true';

/**
 * Prints every diagnostic, sorted, one line each on stderr (plus a workflow annotation each under GitHub
 * Actions); returns how many are errors and warnings.
 */
export function printDiagnostics(list: Diagnostic[]): { errors: number; warnings: number } {
  const sorted = sortDiagnostics(list);
  for (const d of sorted) console.error(formatDiagnostic(d));
  if (annotating()) for (const d of sorted) console.log(formatAnnotation(d));
  const errors = sorted.filter((d) => d.severity === 'error').length;
  return { errors, warnings: sorted.length - errors };
}

/** Thrown by the build when content has errors; carries the formatted lines, no stack needed. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        diagnostics.map(formatDiagnostic).join('\n'),
    );
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
