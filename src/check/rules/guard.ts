/**
 * Per-file fences: whatever goes wrong while reading, checking or rendering one content file (a bug in a rule, a
 * library that throws on some input, a stack overflow) becomes one diagnostic naming that file, never a stack
 * trace, and the other files are still checked.
 */
import type { Position } from '#/check/frontmatter.ts';

type Report = (file: string, field: string, message: string, pos?: Position) => void;

/** The first line of what was thrown, without the stack. */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return (text.split('\n').find((l) => l.trim() !== '') ?? 'unknown error').trim().slice(0, 300);
}

/** What an editor reads when Dateline itself failed on a file: what happened, and what to do about it. */
export function failureMessage(stage: 'checked' | 'rendered', error: unknown): string {
  return `could not be ${stage}: ${errorLine(error)} (Dateline failed on something in this file rather than finding a broken rule; look for unusual content in it and report it to the site's developers)`;
}

/** Runs `work` for one file; anything it throws is reported as one line for that file. */
export function guarded(file: string, report: Report, work: () => void, where: Position = { line: 1, column: 1 }): void {
  try {
    work();
  } catch (error) {
    report(file, 'file', failureMessage('checked', error), where);
  }
}
