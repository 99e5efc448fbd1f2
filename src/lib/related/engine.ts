/**
 * Related articles an editor would have picked. Pinned slugs first, in the editor's order; then automatic
 * picks scored by rare shared tags, text similarity, section, authors and nearness in time (weights and the
 * formula in `weights.ts`).
 *
 * Input is the list of VISIBLE articles only: drafts and scheduled articles can never be picked, and a pinned
 * slug that is not in the list is dropped.
 *
 * Scale: computed once per build for every article. Candidates come from inverted indexes (tags, top terms,
 * section timelines), reading a whole postings list only when it is short and the nearest articles in time
 * otherwise, so each article looks at a bounded number of candidates; every candidate is then scored exactly
 * from compact per-article arrays. Time and memory grow linearly with the archive.
 *
 * Deterministic: the input is put in a canonical order (oldest first, then slug) before anything else, so the
 * result does not depend on the order articles were read in.
 */
import { RELATED_LIMITS, RELATED_WEIGHTS } from './weights.ts';
import { termReader } from './terms.ts';

export interface RelatedInput {
  slug: string;
  title: string;
  description: string;
  /** Markdown body; only its opening words are used. */
  body: string;
  /** Tag slugs. */
  tags: readonly string[];
  section: string;
  authors: readonly string[];
  /** Publication time, epoch ms. */
  published: number;
  /** Article language (the site's when not set). */
  lang: string;
  /** Slugs pinned by the editor, in order. */
  pinned: readonly string[];
  /** Slugs already linked from the body: not repeated by automatic picks. */
  linked: readonly string[];
}

export interface ScoreParts {
  tags: number;
  text: number;
  section: number;
  author: number;
  time: number;
}

export interface RelatedPick {
  slug: string;
  /** Chosen by the editor (`related:` in the frontmatter); its score is shown for information only. */
  pinned: boolean;
  score: number;
  parts: ScoreParts;
  /** The candidate is in the article's language. */
  sameLang: boolean;
}

export interface RelatedOptions {
  /** Links per article, pinned ones included (every pin is kept even when there are more pins than this). */
  count: number;
  /** How many of the best candidates that just missed to keep, for `npm run related`. Default 0. */
  nearMisses?: number;
}

export interface RelatedResult {
  picks: RelatedPick[];
  nearMisses: RelatedPick[];
}

const DAY = 86_400_000;

/** Growable Int32 buffer. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Compressed rows: row r is `items[start[r] .. start[r + 1])`. */
interface Rows {
  start: Int32Array;
  items: Int32Array;
}

/** Rows from per-row lists (each list sorted, no repeats). */
function rowsOf(lists: readonly (readonly number[])[]): Rows {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((l, r) => {
    start[r] = total;
    total += l.length;
  });
  start[lists.length] = total;
  const items = new Int32Array(total);
  lists.forEach((l, r) => items.set(l, start[r] ?? 0));
  return { start, items };
}

/** Postings (feature → documents, ascending) from rows (document → features). */
function invert(rows: Rows, features: number): Rows {
  const n = rows.start.length - 1;
  const start = new Int32Array(features + 1);
  for (let k = 0; k < rows.items.length; k++) {
    const f = (rows.items[k] ?? 0) + 1;
    start[f] = (start[f] ?? 0) + 1;
  }
  for (let f = 0; f < features; f++) start[f + 1] = (start[f + 1] ?? 0) + (start[f] ?? 0);
  const fill = start.slice(0, features);
  const items = new Int32Array(rows.items.length);
  for (let d = 0; d < n; d++) {
    for (let k = rows.start[d] ?? 0, e = rows.start[d + 1] ?? 0; k < e; k++) {
      const f = rows.items[k] ?? 0;
      const at = fill[f] ?? 0;
      items[at] = d;
      fill[f] = at + 1;
    }
  }
  return { start, items };
}

/** Ids for strings, in first-seen order. */
function interner() {
  const ids = new Map<string, number>();
  return {
    ids,
    id(s: string): number {
      let id = ids.get(s);
      if (id === undefined) ids.set(s, (id = ids.size));
      return id;
    },
  };
}

const sortedUnique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

/** Computes related links for every article once. Returns a map from slug to picks. */
export function computeRelated(inputs: readonly RelatedInput[], opts: RelatedOptions): Map<string, RelatedResult> {
  const W = RELATED_WEIGHTS;
  const L = RELATED_LIMITS;
  const T0 = performance.now(); // TMPPROF
  const count = Math.max(0, Math.floor(opts.count));
  const nearMisses = Math.max(0, Math.floor(opts.nearMisses ?? 0));

  // Canonical order: oldest first, then slug; a repeated slug keeps its first (oldest) article.
  const docs: RelatedInput[] = [];
  const index = new Map<string, number>();
  for (const a of [...inputs].sort((x, y) => x.published - y.published || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0))) {
    if (index.has(a.slug)) continue;
    index.set(a.slug, docs.length);
    docs.push(a);
  }
  const n = docs.length;
  const published = Float64Array.from(docs, (a) => a.published);

  // Small features as integer ids.
  const langs = interner();
  const sections = interner();
  const authors = interner();
  const tagIds = interner();
  const langOf = Int32Array.from(docs, (a) => langs.id(a.lang));
  const sectionOf = Int32Array.from(docs, (a) => sections.id(a.section));
  const authorRows = rowsOf(docs.map((a) => sortedUnique(a.authors.map((x) => authors.id(x)))));
  const tagRows = rowsOf(docs.map((a) => sortedUnique(a.tags.map((t) => tagIds.id(t)))));
  const tagPostings = invert(tagRows, tagIds.ids.size);
  const tagWeight = new Float64Array(tagIds.ids.size);
  for (let t = 0; t < tagWeight.length; t++) {
    tagWeight[t] = Math.log(1 + n / ((tagPostings.start[t + 1] ?? 0) - (tagPostings.start[t] ?? 0)));
  }
  const tagTotal = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    let s = 0;
    for (let k = tagRows.start[d] ?? 0, e = tagRows.start[d + 1] ?? 0; k < e; k++) s += tagWeight[tagRows.items[k] ?? 0] ?? 0;
    tagTotal[d] = s;
  }
  const sectionPostings = invert({ start: Int32Array.from({ length: n + 1 }, (_, d) => d), items: sectionOf }, sections.ids.size);

  // Text: term frequencies of headline (twice), standfirst and lead; then TF-IDF vectors of each article's top
  // terms, unit length, sorted by term id so two vectors meet in one merge.
  const TS = performance.now(); // TMPPROF
  const reader = termReader();
  let tf = new Int32Array(4096);
  let df = new Int32Array(4096);
  const rawStart = new Int32Array(n + 1);
  const rawTerm = new IntList();
  const rawTf = new IntList();
  const seenTerms = new IntList();
  let weight = 1;
  const count1 = (id: number) => {
    if (id >= tf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(Math.max(a.length * 2, id + 1));
        b.set(a);
        return b;
      };
      tf = grow(tf);
      df = grow(df);
    }
    if (tf[id] === 0) seenTerms.push(id);
    tf[id] = (tf[id] ?? 0) + weight;
  };
  for (let d = 0; d < n; d++) {
    const a = docs[d] as RelatedInput;
    weight = 2;
    reader.read(a.title, a.lang, false, Infinity, count1);
    weight = 1;
    reader.read(a.description, a.lang, false, Infinity, count1);
    reader.read(a.body, a.lang, true, L.bodyWords, count1);
    rawStart[d] = rawTerm.length;
    const seen = seenTerms.data;
    for (let k = 0; k < seenTerms.length; k++) {
      const id = seen[k] ?? 0;
      rawTerm.push(id);
      rawTf.push(tf[id] ?? 0);
      df[id] = (df[id] ?? 0) + 1;
      tf[id] = 0;
    }
    seenTerms.length = 0;
  }
  rawStart[n] = rawTerm.length;

  const T1 = performance.now(); // TMPPROF
  const idf = new Float64Array(reader.terms.length);
  for (let t = 0; t < idf.length; t++) idf[t] = (df[t] ?? 0) >= 2 ? Math.log(n / (df[t] ?? 1)) : 0;
  let maxTf = 1;
  for (const c of rawTf.view()) if (c > maxTf) maxTf = c;
  const logTf = Float64Array.from({ length: maxTf + 1 }, (_, c) => (c > 0 ? 1 + Math.log(c) : 0));
  const T = L.termsPerArticle;
  const vecStart = new Int32Array(n + 1);
  const vecTerm = new Int32Array(n * T);
  const vecWeight = new Float64Array(n * T);
  const G = Math.min(T, L.candidateTerms);
  const genStart = new Int32Array(n + 1);
  const genTerm = new Int32Array(n * G);
  const topTerm = new Int32Array(T);
  const topWeight = new Float64Array(T);
  const raw = rawTerm.view();
  const rawCount = rawTf.view();
  let filled = 0;
  for (let d = 0; d < n; d++) {
    vecStart[d] = filled;
    let size = 0;
    for (let k = rawStart[d] ?? 0, e = rawStart[d + 1] ?? 0; k < e; k++) {
      const id = raw[k] ?? 0;
      const w = (logTf[rawCount[k] ?? 1] ?? 0) * (idf[id] ?? 0);
      if (w <= 0) continue; // a term no other article has (or every article has) cannot relate two articles
      // Insert into the top-T list (weight descending, then term id ascending).
      let p = size;
      while (p > 0 && ((topWeight[p - 1] ?? 0) < w || ((topWeight[p - 1] ?? 0) === w && (topTerm[p - 1] ?? 0) > id))) p--;
      if (p >= T) continue;
      for (let q = Math.min(size, T - 1); q > p; q--) {
        topWeight[q] = topWeight[q - 1] ?? 0;
        topTerm[q] = topTerm[q - 1] ?? 0;
      }
      topWeight[p] = w;
      topTerm[p] = id;
      if (size < T) size++;
    }
    let norm = 0;
    for (let k = 0; k < size; k++) norm += (topWeight[k] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    const g = Math.min(G, size);
    genTerm.set(topTerm.subarray(0, g), genStart[d] ?? 0);
    genStart[d + 1] = (genStart[d] ?? 0) + g;
    // Sort the kept terms by id (insertion sort of at most T items) into the flat vector store.
    for (let k = 0; k < size; k++) {
      const id = topTerm[k] ?? 0;
      const w = (topWeight[k] ?? 0) / norm;
      let p = filled + k;
      while (p > filled && (vecTerm[p - 1] ?? 0) > id) {
        vecTerm[p] = vecTerm[p - 1] ?? 0;
        vecWeight[p] = vecWeight[p - 1] ?? 0;
        p--;
      }
      vecTerm[p] = id;
      vecWeight[p] = w;
    }
    filled += size;
  }
  vecStart[n] = filled;
  const termPostings = invert({ start: vecStart, items: vecTerm.subarray(0, filled) }, reader.terms.length);

  // The article being processed, scattered into dense arrays so that scoring a candidate is one pass over the
  // candidate's own short lists (terms and tags ascending by id, so every sum adds in the same order).
  const qTerm = new Float64Array(reader.terms.length);
  const qTag = new Float64Array(tagIds.ids.size);
  const qAuthor = new Int32Array(authors.ids.size);

  // Exact score of candidate j for the scattered article i, into `parts` (tags, text, section, author, time);
  // returns the total, or -1 when j shares nothing with i.
  const parts = new Float64Array(5);
  const timeRate = Math.LN2 / (W.halfLifeDays * DAY);
  const score = (i: number, j: number): number => {
    let shared = 0;
    for (let k = tagRows.start[j] ?? 0, e = tagRows.start[j + 1] ?? 0; k < e; k++) shared += qTag[tagRows.items[k] ?? 0] ?? 0;
    let dot = 0;
    for (let k = vecStart[j] ?? 0, e = vecStart[j + 1] ?? 0; k < e; k++) dot += (qTerm[vecTerm[k] ?? 0] ?? 0) * (vecWeight[k] ?? 0);
    let author = 0;
    for (let k = authorRows.start[j] ?? 0, e = authorRows.start[j + 1] ?? 0; k < e; k++) {
      if (qAuthor[authorRows.items[k] ?? 0] === i + 1) {
        author = W.author;
        break;
      }
    }
    const tags = shared > 0 ? (W.tag * shared) / (tagTotal[i] ?? 1) : 0;
    const text = W.text * dot;
    const section = sectionOf[i] === sectionOf[j] ? W.section : 0;
    if (tags === 0 && text === 0 && section === 0 && author === 0) return -1;
    const time = W.time * Math.exp(-Math.abs((published[i] ?? 0) - (published[j] ?? 0)) * timeRate);
    parts[0] = tags;
    parts[1] = text;
    parts[2] = section;
    parts[3] = author;
    parts[4] = time;
    return tags + text + section + author + time;
  };
  const scatter = (i: number, on: boolean) => {
    for (let k = tagRows.start[i] ?? 0, e = tagRows.start[i + 1] ?? 0; k < e; k++) {
      const t = tagRows.items[k] ?? 0;
      qTag[t] = on ? (tagWeight[t] ?? 0) : 0;
    }
    for (let k = vecStart[i] ?? 0, e = vecStart[i + 1] ?? 0; k < e; k++) qTerm[vecTerm[k] ?? 0] = on ? (vecWeight[k] ?? 0) : 0;
    for (let k = authorRows.start[i] ?? 0, e = authorRows.start[i + 1] ?? 0; k < e; k++) qAuthor[authorRows.items[k] ?? 0] = on ? i + 1 : 0;
  };
  const pick = (i: number, j: number, pinned: boolean): RelatedPick => {
    const total = score(i, j);
    const p = total < 0 ? [0, 0, 0, 0, 0] : [...parts];
    return {
      slug: (docs[j] as RelatedInput).slug,
      pinned,
      score: Math.max(0, total),
      parts: { tags: p[0] ?? 0, text: p[1] ?? 0, section: p[2] ?? 0, author: p[3] ?? 0, time: p[4] ?? 0 },
      sameLang: langOf[i] === langOf[j],
    };
  };

  // Per-article scratch: candidate marks (stamped with the article's number) and the running best list.
  const mark = new Int32Array(n);
  const candidates = new IntList();
  const visit = (postings: Rows, feature: number, i: number, full: number, window: number) => {
    const s = postings.start[feature] ?? 0;
    const e = postings.start[feature + 1] ?? 0;
    const items = postings.items;
    let from = s;
    let to = e;
    if (e - s > full) {
      let lo = s;
      let hi = e;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((items[mid] ?? 0) < i) lo = mid + 1;
        else hi = mid;
      }
      from = Math.max(s, lo - window);
      to = Math.min(e, lo + window + 1);
    }
    const stamp = i + 1;
    for (let k = from; k < to; k++) {
      const j = items[k] ?? 0;
      if (mark[j] !== stamp) {
        mark[j] = stamp;
        candidates.push(j);
      }
    }
  };
  const bestDoc = new Int32Array(count + nearMisses + 1);
  const bestScore = new Float64Array(count + nearMisses + 1);

  const result = new Map<string, RelatedResult>();
  const T2 = performance.now(); let TOUCH = 0; // TMPPROF
  for (let i = 0; i < n; i++) {
    const a = docs[i] as RelatedInput;
    const stamp = i + 1;
    mark[i] = stamp;
    scatter(i, true);
    // Pins: visible, not the article itself, no repeats, in the editor's order. Never picked again automatically.
    const pins: number[] = [];
    for (const slug of a.pinned) {
      const j = index.get(slug);
      if (j === undefined || mark[j] === stamp) continue;
      mark[j] = stamp;
      pins.push(j);
    }
    // Articles the body already links to are not repeated by automatic picks.
    for (const slug of a.linked) {
      const j = index.get(slug);
      if (j !== undefined) mark[j] = stamp;
    }
    const free = Math.max(0, count - pins.length);
    const want = free + nearMisses;
    let size = 0;
    if (want > 0) {
      candidates.length = 0;
      for (let k = tagRows.start[i] ?? 0, e = tagRows.start[i + 1] ?? 0; k < e; k++) visit(tagPostings, tagRows.items[k] ?? 0, i, L.fullPostings, L.postingWindow);
      for (let k = genStart[i] ?? 0, e = genStart[i + 1] ?? 0; k < e; k++) visit(termPostings, genTerm[k] ?? 0, i, L.fullPostings, L.postingWindow);
      visit(sectionPostings, sectionOf[i] ?? 0, i, 0, L.sectionNeighbours);

      TOUCH += candidates.length; // TMPPROF
      const lang = langOf[i];
      const cand = candidates.data;
      for (let c = 0; c < candidates.length; c++) {
        const j = cand[c] ?? 0;
        const s = score(i, j);
        if (s < 0) continue;
        // Rank: same language first, then score, then newer, then slug (canonical index breaks equal times).
        const same = langOf[j] === lang;
        let p = size;
        while (p > 0) {
          const o = bestDoc[p - 1] ?? 0;
          const oSame = langOf[o] === lang;
          const os = bestScore[p - 1] ?? 0;
          const better =
            same !== oSame ? same : s !== os ? s > os : published[j] !== published[o] ? (published[j] ?? 0) > (published[o] ?? 0) : j < o;
          if (!better) break;
          p--;
        }
        if (p >= want) continue;
        for (let q = Math.min(size, want - 1); q > p; q--) {
          bestDoc[q] = bestDoc[q - 1] ?? 0;
          bestScore[q] = bestScore[q - 1] ?? 0;
        }
        bestDoc[p] = j;
        bestScore[p] = s;
        if (size < want) size++;
      }
    }
    const auto: RelatedPick[] = [];
    for (let k = 0; k < size; k++) auto.push(pick(i, bestDoc[k] ?? 0, false));
    result.set(a.slug, {
      picks: [...pins.map((j) => pick(i, j, true)), ...auto.slice(0, free)],
      nearMisses: auto.slice(free),
    });
    scatter(i, false);
  }
  if (process.env['RELPROF']) console.error({ setup: Math.round(TS - T0), terms: Math.round(T1 - TS), vectors: Math.round(T2 - T1), loop: Math.round(performance.now() - T2), candidatesPerDoc: TOUCH / n }); // TMPPROF
  return result;
}
