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
import { leadText, normaliseTerm, words } from './terms.ts';

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
  const T0 = performance.now(); // TMPPROF
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
  const wordTerm = new Map<string, number>(); // raw word → term id, or -1 for a word that is no term
  const terms = interner();
  let tf = new Int32Array(4096);
  let df = new Int32Array(4096);
  const rawStart = new Int32Array(n + 1);
  const rawTerm = new IntList();
  const rawTf = new IntList();
  const seenTerms: number[] = [];
  const addWords = (list: string[], weight: number) => {
    for (const word of list) {
      let id = wordTerm.get(word);
      if (id === undefined) {
        const term = normaliseTerm(word);
        id = term === undefined ? -1 : terms.id(term);
        wordTerm.set(word, id);
        if (id >= tf.length) {
          const grow = (a: Int32Array) => {
            const b = new Int32Array(a.length * 2);
            b.set(a);
            return b;
          };
          tf = grow(tf);
          df = grow(df);
        }
      }
      if (id < 0) continue;
      if (tf[id] === 0) seenTerms.push(id);
      tf[id] = (tf[id] ?? 0) + weight;
    }
  };
  for (let d = 0; d < n; d++) {
    const a = docs[d] as RelatedInput;
    addWords(words(a.title, a.lang), 2);
    addWords(words(a.description, a.lang), 1);
    addWords(words(leadText(a.body, L.bodyWords), a.lang), 1);
    rawStart[d] = rawTerm.length;
    for (const id of seenTerms) {
      rawTerm.push(id);
      rawTf.push(tf[id] ?? 0);
      df[id] = (df[id] ?? 0) + 1;
      tf[id] = 0;
    }
    seenTerms.length = 0;
  }
  rawStart[n] = rawTerm.length;

  const T1 = performance.now(); // TMPPROF
  const T = L.termsPerArticle;
  const vecStart = new Int32Array(n + 1);
  const vecTerm = new Int32Array(n * T);
  const vecWeight = new Float64Array(n * T);
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
      const f = df[id] ?? 0;
      if (f < 2) continue; // a term no other article has cannot relate two articles
      const w = (1 + Math.log(rawCount[k] ?? 1)) * Math.log(n / f);
      if (w <= 0) continue;
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
  const termPostings = invert({ start: vecStart, items: vecTerm.subarray(0, filled) }, terms.ids.size);

  // Exact score of candidate j for article i, into `parts` (tags, text, section, author, time); returns the
  // total, or -1 when j shares nothing with i.
  const parts = new Float64Array(5);
  const timeRate = Math.LN2 / (W.halfLifeDays * DAY);
  const score = (i: number, j: number): number => {
    let shared = 0;
    for (let a = tagRows.start[i] ?? 0, ae = tagRows.start[i + 1] ?? 0, b = tagRows.start[j] ?? 0, be = tagRows.start[j + 1] ?? 0; a < ae && b < be; ) {
      const x = tagRows.items[a] ?? 0;
      const y = tagRows.items[b] ?? 0;
      if (x === y) {
        shared += tagWeight[x] ?? 0;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    let dot = 0;
    for (let a = vecStart[i] ?? 0, ae = vecStart[i + 1] ?? 0, b = vecStart[j] ?? 0, be = vecStart[j + 1] ?? 0; a < ae && b < be; ) {
      const x = vecTerm[a] ?? 0;
      const y = vecTerm[b] ?? 0;
      if (x === y) {
        dot += (vecWeight[a] ?? 0) * (vecWeight[b] ?? 0);
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    let author = 0;
    for (let a = authorRows.start[i] ?? 0, ae = authorRows.start[i + 1] ?? 0, b = authorRows.start[j] ?? 0, be = authorRows.start[j + 1] ?? 0; a < ae && b < be; ) {
      const x = authorRows.items[a] ?? 0;
      const y = authorRows.items[b] ?? 0;
      if (x === y) {
        author = W.author;
        break;
      } else if (x < y) a++;
      else b++;
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
  const keep = count + nearMisses;
  const bestDoc = new Int32Array(keep + 1);
  const bestScore = new Float64Array(keep + 1);

  const result = new Map<string, RelatedResult>();
  const T2 = performance.now(); let TOUCH = 0; // TMPPROF
  for (let i = 0; i < n; i++) {
    const a = docs[i] as RelatedInput;
    const stamp = i + 1;
    mark[i] = stamp;
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
      for (let k = vecStart[i] ?? 0, e = vecStart[i + 1] ?? 0; k < e; k++) visit(termPostings, vecTerm[k] ?? 0, i, L.fullPostings, L.postingWindow);
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
  }
  if (process.env['RELPROF']) console.error({ terms: Math.round(T1 - T0), vectors: Math.round(T2 - T1), loop: Math.round(performance.now() - T2), candidatesPerDoc: TOUCH / n }); // TMPPROF
  return result;
}
