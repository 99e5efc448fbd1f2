/**
 * What the related engine knows of each article, built once per run from the canonical article list: term
 * vectors (BM25-weighted, names boosted, unit length) with their postings, and tags weighted by rarity and by
 * specificity (how alike the articles carrying them are). See `weights.ts` for the formulas.
 */
import { bagReader, type TermBag } from './bag.ts';
import type { RelatedInput } from './types.ts';
import { IntList, idRows, interner, invert, type Rows } from './structures.ts';
import { RELATED_LIMITS, RELATED_WEIGHTS } from './weights.ts';

export interface TextVectors {
  /** Row d: article d's heaviest terms, ascending by id; `weight` holds their unit-length weights. */
  rows: Rows;
  weight: Float64Array;
  /** 1 where the article writes the term as a proper name. */
  named: Uint8Array;
  /** Row d: article d's heaviest terms, the ones that propose candidates. */
  generators: Rows;
  postings: Rows;
  /** Term strings by id (multi-word names contain a space). */
  terms: string[];
}

export interface TagFeatures {
  rows: Rows;
  postings: Rows;
  /** rarity · specificity of each tag, between 0 and 1. */
  weight: Float64Array;
  names: string[];
}

/** Each article's headline (counted twice), standfirst and body terms, merged into one row of counts. */
interface TermCounts {
  rows: Rows;
  tf: Int32Array;
  named: Uint8Array;
  length: Float64Array;
  df: Int32Array;
  terms: string[];
}

function countTerms(docs: readonly RelatedInput[]): TermCounts {
  const n = docs.length;
  const reader = bagReader();
  const ids = interner();
  let tf = new Int32Array(4096);
  let named = new Uint8Array(4096);
  let df = new Int32Array(4096);
  const start = new Int32Array(n + 1);
  const rowTerms = new IntList();
  const rowTf = new IntList();
  const rowNamed = new IntList();
  const seen = new IntList();
  const length = new Float64Array(n);
  const add = (bag: TermBag, times: number, names: boolean) => {
    for (let k = 0; k < bag.terms.length; k++) {
      const id = ids.id(bag.terms[k] as string);
      if (id >= tf.length) {
        const size = Math.max(tf.length * 2, id + 1);
        const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
        tf = grow(tf, new Int32Array(size));
        named = grow(named, new Uint8Array(size));
        df = grow(df, new Int32Array(size));
      }
      if (tf[id] === 0) seen.push(id);
      tf[id] = (tf[id] ?? 0) + times * (bag.counts[k] ?? 0);
      if (names && (bag.named[k] ?? 0) > 0) named[id] = 1;
    }
    return bag.words * times;
  };
  for (let d = 0; d < n; d++) {
    const a = docs[d] as RelatedInput;
    const body = typeof a.body === 'string' || Array.isArray(a.body) ? reader.read(a.body, a.lang, { body: true, names: true }) : (a.body as TermBag);
    length[d] =
      add(reader.read(a.title, a.lang, { body: false, names: false }), 2, false) +
      add(reader.read(a.description, a.lang, { body: false, names: true }), 1, true) +
      add(body, 1, true);
    start[d] = rowTerms.length;
    for (let k = 0; k < seen.length; k++) {
      const id = seen.data[k] ?? 0;
      rowTerms.push(id);
      rowTf.push(tf[id] ?? 0);
      rowNamed.push(named[id] ?? 0);
      df[id] = (df[id] ?? 0) + 1;
      tf[id] = 0;
      named[id] = 0;
    }
    seen.length = 0;
  }
  start[n] = rowTerms.length;
  return {
    rows: { start, items: rowTerms.view() },
    tf: rowTf.view(),
    named: Uint8Array.from(rowNamed.view()),
    length,
    df,
    terms: ids.names,
  };
}

/** BM25's smoothed idf; 0 for a feature on fewer than two articles (it cannot relate two). */
export function smoothedIdf(n: number, df: number): number {
  return df >= 2 ? Math.log(1 + (n - df + 0.5) / (df + 0.5)) : 0;
}

/** Unit-length vectors of each article's heaviest terms, with postings. */
export function buildVectors(docs: readonly RelatedInput[]): TextVectors {
  const counts = countTerms(docs);
  const n = docs.length;
  const W = RELATED_WEIGHTS;
  const T = RELATED_LIMITS.termsPerArticle;
  const G = Math.min(T, RELATED_LIMITS.candidateTerms);
  let avgLength = 0;
  for (const l of counts.length) avgLength += l / Math.max(1, n);
  avgLength ||= 1;
  // Boilerplate (on more than half the articles) weighs nothing: RELATED_LIMITS.boilerplateShare.
  const common = n >= RELATED_LIMITS.boilerplateFrom ? n * RELATED_LIMITS.boilerplateShare : Number.POSITIVE_INFINITY;
  const idf = Float64Array.from({ length: counts.terms.length }, (_, t) => ((counts.df[t] ?? 0) > common ? 0 : smoothedIdf(n, counts.df[t] ?? 0)));

  const start = new Int32Array(n + 1);
  const items = new Int32Array(n * T);
  const weight = new Float64Array(n * T);
  const named = new Uint8Array(n * T);
  const genStart = new Int32Array(n + 1);
  const genItems = new Int32Array(n * G);
  const topTerm = new Int32Array(T);
  const topWeight = new Float64Array(T);
  const topNamed = new Uint8Array(T);
  let filled = 0;
  for (let d = 0; d < n; d++) {
    start[d] = filled;
    const norm = W.k1 * (1 - W.b + (W.b * (counts.length[d] ?? 0)) / avgLength);
    let size = 0;
    for (let k = counts.rows.start[d] ?? 0, e = counts.rows.start[d + 1] ?? 0; k < e; k++) {
      const id = counts.rows.items[k] ?? 0;
      const tf = counts.tf[k] ?? 0;
      const isName = counts.named[k] ?? 0;
      const w = (idf[id] ?? 0) * ((tf * (W.k1 + 1)) / (tf + norm)) * (isName ? W.name : 1);
      if (w <= 0) continue;
      // Keep the top T (weight descending, then term id ascending).
      let p = size;
      while (p > 0 && ((topWeight[p - 1] ?? 0) < w || ((topWeight[p - 1] ?? 0) === w && (topTerm[p - 1] ?? 0) > id))) p--;
      if (p >= T) continue;
      for (let q = Math.min(size, T - 1); q > p; q--) {
        topWeight[q] = topWeight[q - 1] ?? 0;
        topTerm[q] = topTerm[q - 1] ?? 0;
        topNamed[q] = topNamed[q - 1] ?? 0;
      }
      topWeight[p] = w;
      topTerm[p] = id;
      topNamed[p] = isName;
      if (size < T) size++;
    }
    let sq = 0;
    for (let k = 0; k < size; k++) sq += (topWeight[k] ?? 0) ** 2;
    const unit = Math.sqrt(sq) || 1;
    const g = Math.min(G, size);
    genItems.set(topTerm.subarray(0, g), genStart[d] ?? 0);
    genStart[d + 1] = (genStart[d] ?? 0) + g;
    // Into the flat store ascending by term id (insertion sort of at most T items).
    for (let k = 0; k < size; k++) {
      const id = topTerm[k] ?? 0;
      let p = filled + k;
      while (p > filled && (items[p - 1] ?? 0) > id) {
        items[p] = items[p - 1] ?? 0;
        weight[p] = weight[p - 1] ?? 0;
        named[p] = named[p - 1] ?? 0;
        p--;
      }
      items[p] = id;
      weight[p] = (topWeight[k] ?? 0) / unit;
      named[p] = topNamed[k] ?? 0;
    }
    filled += size;
  }
  start[n] = filled;
  const rows = { start, items: items.subarray(0, filled) };
  return {
    rows,
    weight: weight.subarray(0, filled),
    named: named.subarray(0, filled),
    generators: { start: genStart, items: genItems.subarray(0, genStart[n] ?? 0) },
    postings: invert(rows, counts.terms.length),
    terms: counts.terms,
  };
}

/**
 * Mean pairwise cosine of the vectors in `members` (rows of `text`), from the length of their sum:
 * |Σv|² = m + 2·Σ pairs cos, so the mean is (|Σv|² − m) / (m(m − 1)). Linear in the members' terms.
 */
function coherence(text: TextVectors, members: Int32Array, sum: Float64Array, touched: IntList): number {
  const m = members.length;
  if (m < 2) return 0;
  touched.length = 0;
  for (const d of members) {
    for (let k = text.rows.start[d] ?? 0, e = text.rows.start[d + 1] ?? 0; k < e; k++) {
      const t = text.rows.items[k] ?? 0;
      if (sum[t] === 0) touched.push(t);
      sum[t] = (sum[t] ?? 0) + (text.weight[k] ?? 0);
    }
  }
  let sq = 0;
  for (let k = 0; k < touched.length; k++) {
    const t = touched.data[k] ?? 0;
    sq += (sum[t] ?? 0) ** 2;
    sum[t] = 0;
  }
  return (sq - m) / (m * (m - 1));
}

/** Tags with their weight: rarity (idf relative to a tag on two articles) times specificity (by spread). */
export function buildTags(docs: readonly RelatedInput[], text: TextVectors): TagFeatures {
  const n = docs.length;
  const tags = interner();
  const rows = idRows(
    docs.map((a) => a.tags),
    (t) => tags.id(t),
  );
  const postings = invert(rows, tags.size);
  const sum = new Float64Array(text.terms.length);
  const touched = new IntList();
  const all = Int32Array.from({ length: n }, (_, d) => d);
  const baseline = Math.max(0, coherence(text, all, sum, touched));
  const top = smoothedIdf(n, 2) || 1;
  const weight = new Float64Array(tags.size);
  for (let t = 0; t < tags.size; t++) {
    const members = postings.items.subarray(postings.start[t] ?? 0, postings.start[t + 1] ?? 0);
    const spread = (coherence(text, members, sum, touched) - baseline) / (RELATED_WEIGHTS.specificCoherence - baseline);
    weight[t] = (smoothedIdf(n, members.length) / top) * Math.min(1, Math.max(0, spread));
  }
  return { rows, postings, weight, names: tags.names };
}
