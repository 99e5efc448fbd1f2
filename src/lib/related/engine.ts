/**
 * Related articles an editor would have picked. Pinned slugs first, in the editor's order; then automatic
 * picks scored by rare shared tags, text similarity, section, authors and nearness in time (the formula and
 * every weight are in `weights.ts`).
 *
 * Input is the list of VISIBLE articles only: drafts and scheduled articles can never be picked, and a pinned
 * slug that is not in the list is dropped.
 *
 * Scale: computed once per build for every article. Candidates come from inverted indexes (tags, top terms,
 * section timelines), reading a whole postings list only when it is short and the articles nearest in time
 * otherwise, so each article looks at a bounded number of candidates; each candidate is then scored exactly
 * from compact per-article arrays, so how it was found never changes its score. Time and memory grow linearly
 * with the archive.
 *
 * Deterministic: the input is put in a canonical order (oldest first, then slug) before anything else, so the
 * result never depends on the order the articles were read in.
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

/** The score of a pick, part by part (see `weights.ts`); `score` is their sum. */
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
  /** The pick is in the article's language (those rank first). */
  sameLang: boolean;
}

export interface RelatedOptions {
  /** Links per article, pinned ones included (every pin is kept, even beyond this count). */
  count: number;
  /** How many of the best candidates that just missed to return as well, for `npm run related`. Default 0. */
  nearMisses?: number;
}

export interface RelatedResult {
  picks: RelatedPick[];
  nearMisses: RelatedPick[];
}

const DAY = 86_400_000;

/** Computes related links for every article once. Returns a map from slug to picks. */
export function computeRelated(inputs: readonly RelatedInput[], opts: RelatedOptions): Map<string, RelatedResult> {
  const docs = canonical(inputs);
  const features = buildFeatures(docs);
  const text = buildVectors(docs, readTerms(docs));
  return rankAll(docs, features, text, Math.max(0, Math.floor(opts.count)), Math.max(0, Math.floor(opts.nearMisses ?? 0)));
}

/** Oldest first, then slug; a repeated slug keeps its first article. */
function canonical(inputs: readonly RelatedInput[]): RelatedInput[] {
  const sorted = [...inputs].sort((x, y) => x.published - y.published || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0));
  const seen = new Set<string>();
  return sorted.filter((a) => !seen.has(a.slug) && Boolean(seen.add(a.slug)));
}

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

/** Postings (feature → documents, ascending, i.e. oldest first) from rows (document → features). */
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
    get size() {
      return ids.size;
    },
    id(s: string): number {
      let id = ids.get(s);
      if (id === undefined) ids.set(s, (id = ids.size));
      return id;
    },
  };
}

/** Rows of ids for each document's strings (authors, tags): ascending, no repeats. */
function idRows(lists: readonly (readonly string[])[], id: (s: string) => number): Rows {
  const start = new Int32Array(lists.length + 1);
  const items = new IntList();
  lists.forEach((list, d) => {
    const from = items.length;
    start[d] = from;
    for (const s of list) {
      const v = id(s);
      let p = items.length;
      while (p > from && (items.data[p - 1] ?? 0) > v) p--;
      if (p > from && items.data[p - 1] === v) continue;
      items.push(v);
      items.data.copyWithin(p + 1, p, items.length - 1);
      items.data[p] = v;
    }
  });
  start[lists.length] = items.length;
  return { start, items: items.view() };
}

interface Features {
  published: Float64Array;
  langOf: Int32Array;
  sectionOf: Int32Array;
  sectionPostings: Rows;
  authorRows: Rows;
  authorCount: number;
  tagRows: Rows;
  tagPostings: Rows;
  /** Rarity of each tag: ln(1 + N / articles with it). */
  tagWeight: Float64Array;
  /** Sum of the rarity of each article's tags. */
  tagTotal: Float64Array;
}

function buildFeatures(docs: readonly RelatedInput[]): Features {
  const n = docs.length;
  const langs = interner();
  const sections = interner();
  const authors = interner();
  const tags = interner();
  const sectionOf = Int32Array.from(docs, (a) => sections.id(a.section));
  const authorRows = idRows(
    docs.map((a) => a.authors),
    (x) => authors.id(x),
  );
  const tagRows = idRows(
    docs.map((a) => a.tags),
    (t) => tags.id(t),
  );
  const tagPostings = invert(tagRows, tags.size);
  const tagWeight = new Float64Array(tags.size);
  for (let t = 0; t < tagWeight.length; t++) {
    tagWeight[t] = Math.log(1 + n / ((tagPostings.start[t + 1] ?? 0) - (tagPostings.start[t] ?? 0)));
  }
  const tagTotal = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    let s = 0;
    for (let k = tagRows.start[d] ?? 0, e = tagRows.start[d + 1] ?? 0; k < e; k++) s += tagWeight[tagRows.items[k] ?? 0] ?? 0;
    tagTotal[d] = s;
  }
  return {
    published: Float64Array.from(docs, (a) => a.published),
    langOf: Int32Array.from(docs, (a) => langs.id(a.lang)),
    sectionOf,
    sectionPostings: invert({ start: Int32Array.from({ length: n + 1 }, (_, d) => d), items: sectionOf }, sections.size),
    authorRows,
    authorCount: authors.size,
    tagRows,
    tagPostings,
    tagWeight,
    tagTotal,
  };
}

interface TermCounts {
  /** Row d: the distinct terms of article d and, at the same positions in `tf`, how often each occurs. */
  rows: Rows;
  tf: Int32Array;
  /** Articles each term occurs in. */
  df: Int32Array;
  terms: number;
}

/** Term frequencies of headline (counted twice), standfirst and the body's lead, for every article. */
function readTerms(docs: readonly RelatedInput[]): TermCounts {
  const n = docs.length;
  const reader = termReader();
  let tf = new Int32Array(4096);
  let df = new Int32Array(4096);
  const start = new Int32Array(n + 1);
  const rowTerms = new IntList();
  const rowTf = new IntList();
  const seen = new IntList();
  let weight = 1;
  const add = (id: number) => {
    if (id >= tf.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(Math.max(a.length * 2, id + 1));
        b.set(a);
        return b;
      };
      tf = grow(tf);
      df = grow(df);
    }
    if (tf[id] === 0) seen.push(id);
    tf[id] = (tf[id] ?? 0) + weight;
  };
  for (let d = 0; d < n; d++) {
    const a = docs[d] as RelatedInput;
    weight = 2;
    reader.read(a.title, a.lang, false, Infinity, add);
    weight = 1;
    reader.read(a.description, a.lang, false, Infinity, add);
    reader.read(a.body, a.lang, true, RELATED_LIMITS.bodyWords, add);
    start[d] = rowTerms.length;
    const ids = seen.data;
    for (let k = 0; k < seen.length; k++) {
      const id = ids[k] ?? 0;
      rowTerms.push(id);
      rowTf.push(tf[id] ?? 0);
      df[id] = (df[id] ?? 0) + 1;
      tf[id] = 0;
    }
    seen.length = 0;
  }
  start[n] = rowTerms.length;
  return { rows: { start, items: rowTerms.view() }, tf: rowTf.view(), df, terms: reader.terms.length };
}

interface TextVectors {
  /** Row d: article d's top terms ascending by id; `weight` holds their unit-length TF-IDF weights. */
  rows: Rows;
  weight: Float64Array;
  /** Row d: article d's highest-weighted terms, the ones that propose candidates. */
  generators: Rows;
  postings: Rows;
  terms: number;
}

/** TF-IDF vectors of each article's top terms, unit length, with term postings. */
function buildVectors(docs: readonly RelatedInput[], counts: TermCounts): TextVectors {
  const n = docs.length;
  const T = RELATED_LIMITS.termsPerArticle;
  const G = Math.min(T, RELATED_LIMITS.candidateTerms);
  const { df } = counts;
  // A term on one article cannot relate two; one on every article says nothing (idf 0).
  const idf = new Float64Array(counts.terms);
  for (let t = 0; t < idf.length; t++) idf[t] = (df[t] ?? 0) >= 2 ? Math.log(n / (df[t] ?? 1)) : 0;
  let maxTf = 1;
  for (const c of counts.tf) if (c > maxTf) maxTf = c;
  const logTf = Float64Array.from({ length: maxTf + 1 }, (_, c) => (c > 0 ? 1 + Math.log(c) : 0));

  const start = new Int32Array(n + 1);
  const items = new Int32Array(n * T);
  const weight = new Float64Array(n * T);
  const genStart = new Int32Array(n + 1);
  const genItems = new Int32Array(n * G);
  const topTerm = new Int32Array(T);
  const topWeight = new Float64Array(T);
  let filled = 0;
  for (let d = 0; d < n; d++) {
    start[d] = filled;
    let size = 0;
    for (let k = counts.rows.start[d] ?? 0, e = counts.rows.start[d + 1] ?? 0; k < e; k++) {
      const id = counts.rows.items[k] ?? 0;
      const w = (logTf[counts.tf[k] ?? 1] ?? 0) * (idf[id] ?? 0);
      if (w <= 0) continue;
      // Keep the top T (weight descending, then term id ascending).
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
    genItems.set(topTerm.subarray(0, g), genStart[d] ?? 0);
    genStart[d + 1] = (genStart[d] ?? 0) + g;
    // Into the flat store ascending by term id (insertion sort of at most T items).
    for (let k = 0; k < size; k++) {
      const id = topTerm[k] ?? 0;
      const w = (topWeight[k] ?? 0) / norm;
      let p = filled + k;
      while (p > filled && (items[p - 1] ?? 0) > id) {
        items[p] = items[p - 1] ?? 0;
        weight[p] = weight[p - 1] ?? 0;
        p--;
      }
      items[p] = id;
      weight[p] = w;
    }
    filled += size;
  }
  start[n] = filled;
  const rows = { start, items: items.subarray(0, filled) };
  return {
    rows,
    weight: weight.subarray(0, filled),
    generators: { start: genStart, items: genItems.subarray(0, genStart[n] ?? 0) },
    postings: invert(rows, counts.terms),
    terms: counts.terms,
  };
}

/** Pins, then the best automatic picks and near misses, for every article. */
function rankAll(docs: readonly RelatedInput[], f: Features, text: TextVectors, count: number, nearMisses: number): Map<string, RelatedResult> {
  const W = RELATED_WEIGHTS;
  const L = RELATED_LIMITS;
  const n = docs.length;
  const index = new Map(docs.map((a, i) => [a.slug, i]));
  const { published, langOf, sectionOf, tagRows, authorRows } = f;
  const vecStart = text.rows.start;
  const vecTerm = text.rows.items;
  const vecWeight = text.weight;

  // The article being ranked, scattered into dense arrays: scoring a candidate is then one pass over the
  // candidate's own short lists (ascending ids, so every sum adds in the same order whatever the article).
  const qTerm = new Float64Array(text.terms);
  const qTag = new Float64Array(f.tagWeight.length);
  const qAuthor = new Int32Array(f.authorCount);
  const scatter = (i: number, on: boolean) => {
    for (let k = tagRows.start[i] ?? 0, e = tagRows.start[i + 1] ?? 0; k < e; k++) {
      const t = tagRows.items[k] ?? 0;
      qTag[t] = on ? (f.tagWeight[t] ?? 0) : 0;
    }
    for (let k = vecStart[i] ?? 0, e = vecStart[i + 1] ?? 0; k < e; k++) qTerm[vecTerm[k] ?? 0] = on ? (vecWeight[k] ?? 0) : 0;
    for (let k = authorRows.start[i] ?? 0, e = authorRows.start[i + 1] ?? 0; k < e; k++) qAuthor[authorRows.items[k] ?? 0] = on ? i + 1 : 0;
  };

  // Exact score of candidate j for the scattered article i; the parts go to `parts` (tags, text, section,
  // author, time). Returns -1 when j shares nothing with i.
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
    const tags = shared > 0 ? (W.tag * shared) / (f.tagTotal[i] ?? 1) : 0;
    const textPart = W.text * dot;
    const section = sectionOf[i] === sectionOf[j] ? W.section : 0;
    if (tags === 0 && textPart === 0 && section === 0 && author === 0) return -1;
    const time = W.time * Math.exp(-Math.abs((published[i] ?? 0) - (published[j] ?? 0)) * timeRate);
    parts[0] = tags;
    parts[1] = textPart;
    parts[2] = section;
    parts[3] = author;
    parts[4] = time;
    return tags + textPart + section + author + time;
  };
  const pick = (i: number, j: number, pinned: boolean): RelatedPick => {
    const total = score(i, j);
    const has = total >= 0;
    return {
      slug: (docs[j] as RelatedInput).slug,
      pinned,
      score: has ? total : 0,
      parts: has
        ? { tags: parts[0] ?? 0, text: parts[1] ?? 0, section: parts[2] ?? 0, author: parts[3] ?? 0, time: parts[4] ?? 0 }
        : { tags: 0, text: 0, section: 0, author: 0, time: 0 },
      sameLang: langOf[i] === langOf[j],
    };
  };

  // Candidates, marked with the article's number so each is taken once (the article, its pins and the
  // articles its body links to are marked first, so they are never candidates).
  const mark = new Int32Array(n);
  const candidates = new IntList();
  const propose = (postings: Rows, feature: number, i: number, full: number, window: number) => {
    const s = postings.start[feature] ?? 0;
    const e = postings.start[feature + 1] ?? 0;
    const items = postings.items;
    let from = s;
    let to = e;
    if (e - s > full) {
      // A common tag or term: only the articles nearest in time (postings are in time order).
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

  // Ranking: same language first, then higher score, then newer, then slug. Equal times break by canonical
  // position, which for equal times is slug order.
  const bestDoc = new Int32Array(count + nearMisses + 1);
  const bestScore = new Float64Array(count + nearMisses + 1);
  const rank = (i: number, want: number): number => {
    const lang = langOf[i];
    const cand = candidates.data;
    let size = 0;
    for (let c = 0; c < candidates.length; c++) {
      const j = cand[c] ?? 0;
      const s = score(i, j);
      if (s < 0) continue;
      const same = langOf[j] === lang;
      let p = size;
      while (p > 0) {
        const o = bestDoc[p - 1] ?? 0;
        const os = bestScore[p - 1] ?? 0;
        const oSame = langOf[o] === lang;
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
    return size;
  };

  const result = new Map<string, RelatedResult>();
  for (let i = 0; i < n; i++) {
    const a = docs[i] as RelatedInput;
    const stamp = i + 1;
    mark[i] = stamp;
    scatter(i, true);
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
      for (let k = tagRows.start[i] ?? 0, e = tagRows.start[i + 1] ?? 0; k < e; k++) {
        propose(f.tagPostings, tagRows.items[k] ?? 0, i, L.fullPostings, L.postingWindow);
      }
      const gen = text.generators;
      for (let k = gen.start[i] ?? 0, e = gen.start[i + 1] ?? 0; k < e; k++) {
        propose(text.postings, gen.items[k] ?? 0, i, L.fullPostings, L.postingWindow);
      }
      propose(f.sectionPostings, sectionOf[i] ?? 0, i, 0, L.sectionNeighbours);
      size = rank(i, free + nearMisses);
    }
    const picks = pins.map((j) => pick(i, j, true));
    const misses: RelatedPick[] = [];
    for (let k = 0; k < size; k++) (k < free ? picks : misses).push(pick(i, bestDoc[k] ?? 0, false));
    result.set(a.slug, { picks, nearMisses: misses });
    scatter(i, false);
  }
  return result;
}
