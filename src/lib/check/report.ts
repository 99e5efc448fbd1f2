import type { Diagnostic } from '../diagnostics.ts';
import type { Position } from '../frontmatter.ts';

/** How a rule reports a problem: file, field, message (what is wrong and the fix), where, and how bad. */
export type Report = (file: string, field: string, message: string, pos?: Position, severity?: Diagnostic['severity']) => void;
