/**
 * Story threads as clusters: a thread's members reinforce each other. A first pass keeps each article's best
 * candidates with their evidence (`weights.ts`); a candidate B of article A then gains THREAD points for every
 * article C that is among A's best and is itself related to B:
 *
 *   thread(A, B) = THREAD · Σ over C in A's best (C ≠ B) of min(evidence(A, C), evidence(C, B)) / THREAD_SCALE
 *
 * Follow-ups of one story share many such neighbours; an article from the same desk that happens to share a
 * few words with A shares few, and weakly. Linear: each article looks at K neighbours of K neighbours.
 */
import { RELATED_WEIGHTS } from './weights.ts';

export interface Neighbours {
  /** Per article, up to `k` best candidates (row i is `doc[i·k .. i·k + size[i])`) and their evidence. */
  k: number;
  doc: Int32Array;
  evidence: Float64Array;
  size: Int32Array;
}

export function neighbours(n: number, k: number): Neighbours {
  return { k, doc: new Int32Array(n * k), evidence: new Float64Array(n * k), size: new Int32Array(n) };
}

/** Evidence between c and b when b is among c's best, else 0. */
function evidenceOf(nb: Neighbours, c: number, b: number): number {
  for (let r = c * nb.k, e = r + (nb.size[c] ?? 0); r < e; r++) if (nb.doc[r] === b) return nb.evidence[r] ?? 0;
  return 0;
}

/**
 * The thread part for candidate b of article a; with `via`, the neighbours that brought it and their points
 * are passed on (for `npm run related`).
 */
export function threadPart(nb: Neighbours, a: number, b: number, via?: (c: number, points: number) => void): number {
  const W = RELATED_WEIGHTS;
  let sum = 0;
  for (let r = a * nb.k, e = r + (nb.size[a] ?? 0); r < e; r++) {
    const c = nb.doc[r] ?? 0;
    if (c === b) continue;
    const m = Math.min(nb.evidence[r] ?? 0, evidenceOf(nb, c, b));
    if (m <= 0) continue;
    sum += m;
    via?.(c, (W.thread * m) / W.threadScale);
  }
  return (W.thread * sum) / W.threadScale;
}
