import type { Diagnostic } from '#/check/diagnostics.ts';
import type { Position } from '#/check/frontmatter.ts';

/** How a rule reports a problem: file, field, message (what is wrong and the fix), where, and how bad. */
export type Report = (file: string, field: string, message: string, pos?: Position, severity?: Diagnostic['severity']) => void;
