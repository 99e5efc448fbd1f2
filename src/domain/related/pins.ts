/**
 * Picks for every article: the editor's pins first, in their order, then the best automatic candidates.
 * Candidates come from inverted indexes (the article's tags, its heaviest terms, same-section neighbours in
 * time), reading a whole postings list only when it is short and the articles nearest in time otherwise, so
 * each article looks at a bounded number of candidates and the whole run stays linear in the archive.
 */
import { neighbours, threadPart } from './cluster.ts';
import type { RelatedInput, RelatedPick, RelatedResult, SharedEvidence } from './types.ts';
import type { TagFeatures, TextVectors } from './features.ts';
import type { Context, Scorer } from './scoring.ts';
import { IntList, invert, type Rows } from './structures.ts';
import { RELATED_LIMITS, RELATED_WEIGHTS } from './weights.ts';

export interface RankOptions {
  count: number;
  nearMisses: number;
  /** Shared names, terms and tags listed per pick (0: none, the build's setting). */
  explain: number;
}

export function rankAll(
  docs: readonly RelatedInput[],
  ctx: Context,
  text: TextVectors,
  tags: TagFeatures,
  s: Scorer,
  opts: RankOptions,
): Map<string, RelatedResult> {
  const L = RELATED_LIMITS;
  const { count, nearMisses } = opts;
  const n = docs.length;
  const index = new Map(docs.map((a, i) => [a.slug, i]));
  const { published, langOf, sectionOf } = ctx;

  // Each article's best candidates by evidence (first pass), which reinforce one another (`cluster.ts`). How many
  // are kept shapes every thread part, so it depends on `count` alone: asking for near misses (`npm run related`)
  // must not change the picks (round 29: it widened this list, and the tool listed other links than the pages).
  const nb = neighbours(n, Math.max(8, count + 3));
  const finalScore = (i: number, j: number): number => {
    const direct = s.score(i, j);
    if (direct < 0) return -1;
    // Reinforcement at most doubles the direct evidence: neighbours alone never make a link.
    const thread = Math.min(threadPart(nb, i, j), RELATED_WEIGHTS.threadCap * (s.parts.tags + s.parts.text));
    s.parts.thread = thread;
    return direct + thread;
  };
  const pick = (i: number, j: number, pinned: boolean): RelatedPick => {
    const total = finalScore(i, j);
    const has = total >= 0;
    const p = s.parts;
    const shared = (): SharedEvidence[] => {
      const list = s.shared(j);
      threadPart(nb, i, j, (c, points) => list.push({ kind: 'thread', value: (docs[c] as RelatedInput).slug, points }));
      list.sort((a, b) => b.points - a.points || (a.value < b.value ? -1 : 1));
      const perKind = new Map<string, number>();
      return list.filter((e) => {
        const seen = perKind.get(e.kind) ?? 0;
        perKind.set(e.kind, seen + 1);
        return seen < opts.explain;
      });
    };
    return {
      slug: (docs[j] as RelatedInput).slug,
      pinned,
      score: has ? total : 0,
      parts: has
        ? { tags: p.tags, text: p.text, thread: p.thread, section: p.section, author: p.author, time: p.time }
        : { tags: 0, text: 0, thread: 0, section: 0, author: 0, time: 0 },
      sameLang: langOf[i] === langOf[j],
      ...(opts.explain > 0 && has ? { shared: shared() } : {}),
    };
  };

  // Candidates, marked with the article's number so each is taken once (the article, its pins and the
  // articles its body links to are marked first, so they are never candidates).
  const mark = new Int32Array(n);
  const candidates = new IntList();
  // The stamp of the first pass (negative, so the second pass's marks never collide with it); 0 after it.
  let firstPass = 0;
  const propose = (postings: Rows, feature: number, i: number, full: number, window: number) => {
    const st = postings.start[feature] ?? 0;
    const e = postings.start[feature + 1] ?? 0;
    const items = postings.items;
    let from = st;
    let to = e;
    if (e - st > full) {
      // A common tag or term: only the articles nearest in time (postings are in time order).
      let lo = st;
      let hi = e;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((items[mid] ?? 0) < i) lo = mid + 1;
        else hi = mid;
      }
      from = Math.max(st, lo - window);
      to = Math.min(e, lo + window + 1);
    }
    const stamp = firstPass || i + 1;
    for (let k = from; k < to; k++) {
      const j = items[k] ?? 0;
      if (mark[j] !== stamp) {
        mark[j] = stamp;
        candidates.push(j);
      }
    }
  };
  // One section per article: row d is just [section of d].
  const sectionPostings = invert({ start: Int32Array.from({ length: n + 1 }, (_, d) => d), items: sectionOf }, ctx.sections);

  // Ranking: same language first, then higher score, then newer, then canonical position (for equal times,
  // slug order).
  const bestDoc = new Int32Array(nb.k + 1);
  const bestScore = new Float64Array(nb.k + 1);
  const rank = (i: number, want: number, scoreOf: (i: number, j: number) => number): number => {
    const lang = langOf[i];
    let size = 0;
    for (let c = 0; c < candidates.length; c++) {
      const j = candidates.data[c] ?? 0;
      const sc = scoreOf(i, j);
      if (sc < 0) continue;
      const same = langOf[j] === lang;
      let p = size;
      while (p > 0) {
        const o = bestDoc[p - 1] ?? 0;
        const os = bestScore[p - 1] ?? 0;
        const oSame = langOf[o] === lang;
        const better =
          same !== oSame ? same : sc !== os ? sc > os : published[j] !== published[o] ? (published[j] ?? 0) > (published[o] ?? 0) : j < o;
        if (!better) break;
        p--;
      }
      if (p >= want) continue;
      for (let q = Math.min(size, want - 1); q > p; q--) {
        bestDoc[q] = bestDoc[q - 1] ?? 0;
        bestScore[q] = bestScore[q - 1] ?? 0;
      }
      bestDoc[p] = j;
      bestScore[p] = sc;
      if (size < want) size++;
    }
    return size;
  };

  const evidence = (i: number, j: number) => (s.score(i, j) < 0 ? -1 : s.parts.tags + s.parts.text);
  const findCandidates = (i: number) => {
    candidates.length = 0;
    for (let k = tags.rows.start[i] ?? 0, e = tags.rows.start[i + 1] ?? 0; k < e; k++) {
      propose(tags.postings, tags.rows.items[k] ?? 0, i, L.fullPostings, L.postingWindow);
    }
    const gen = text.generators;
    for (let k = gen.start[i] ?? 0, e = gen.start[i + 1] ?? 0; k < e; k++) {
      propose(text.postings, gen.items[k] ?? 0, i, L.fullPostings, L.postingWindow);
    }
    propose(sectionPostings, sectionOf[i] ?? 0, i, 0, L.sectionNeighbours);
  };

  // First pass: every article's best candidates by evidence (pins and body links included: they are still
  // articles of the same story).
  for (let i = 0; i < n; i++) {
    firstPass = -(i + 1);
    mark[i] = firstPass;
    s.scatter(i, true);
    findCandidates(i);
    const size = rank(i, nb.k, evidence);
    nb.doc.set(bestDoc.subarray(0, size), i * nb.k);
    nb.evidence.set(bestScore.subarray(0, size), i * nb.k);
    nb.size[i] = size;
    s.scatter(i, false);
  }
  firstPass = 0;

  // Second pass: pins, then the first pass's candidates ranked with their thread part.
  const result = new Map<string, RelatedResult>();
  for (let i = 0; i < n; i++) {
    const a = docs[i] as RelatedInput;
    const stamp = i + 1;
    mark[i] = stamp;
    s.scatter(i, true);
    // Pins: visible, not the article itself, no repeats, in the editor's order; kept even if the body links them.
    const pins: number[] = [];
    for (const slug of a.pinned) {
      const j = index.get(slug);
      if (j === undefined || mark[j] === stamp) continue;
      mark[j] = stamp;
      pins.push(j);
    }
    // Automatic picks never repeat a link the body already has.
    for (const slug of a.linked) {
      const j = index.get(slug);
      if (j !== undefined) mark[j] = stamp;
    }
    const free = Math.max(0, count - pins.length);
    let size = 0;
    if (free + nearMisses > 0) {
      candidates.length = 0;
      for (let r = i * nb.k, e = r + (nb.size[i] ?? 0); r < e; r++) {
        const j = nb.doc[r] ?? 0;
        if (mark[j] !== stamp) candidates.push(j);
      }
      size = rank(i, free + nearMisses, finalScore);
    }
    const picks = pins.map((j) => pick(i, j, true));
    const misses: RelatedPick[] = [];
    for (let k = 0; k < size; k++) (k < free ? picks : misses).push(pick(i, bestDoc[k] ?? 0, false));
    result.set(a.slug, { picks, nearMisses: misses });
    s.scatter(i, false);
  }
  return result;
}
