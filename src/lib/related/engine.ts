/**
 * Related articles an editor would have picked. Pinned slugs first, in the editor's order; then automatic
 * picks scored by rare shared tags, text similarity, section, authors and nearness in time (weights in
 * `weights.ts`). Candidates come from inverted indexes (tags, terms) and same-section neighbours in time,
 * never from comparing every pair, so the work grows linearly with the archive.
 *
 * Input is the list of VISIBLE articles only: drafts and scheduled articles can never be picked.
 */
import { RELATED_LIMITS, RELATED_WEIGHTS } from './weights.ts';
import { leadText, termCounts } from './terms.ts';

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
  /** Slugs already linked from the body: not repeated. */
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
  pinned: boolean;
  score: number;
  parts: ScoreParts;
}

export interface RelatedOptions {
  count: number;
  /** How many near misses `explain` keeps. */
  nearMisses?: number;
}

export interface RelatedResult {
  picks: RelatedPick[];
  nearMisses: RelatedPick[];
}

const DAY = 86_400_000;
const ZERO: ScoreParts = { tags: 0, text: 0, section: 0, author: 0, time: 0 };

/** Computes related links for every article once. Returns a map from slug to picks. */
export function computeRelated(inputs: readonly RelatedInput[], opts: RelatedOptions): Map<string, RelatedResult> {
  const n = inputs.length;
  const index = new Map(inputs.map((a, i) => [a.slug, i]));
  const W = RELATED_WEIGHTS;
  const L = RELATED_LIMITS;

  // Tags: rarity weights and postings.
  const tagPostings = new Map<string, number[]>();
  inputs.forEach((a, i) => {
    for (const t of a.tags) {
      const list = tagPostings.get(t);
      if (list) list.push(i);
      else tagPostings.set(t, [i]);
    }
  });
  const tagWeight = (t: string) => Math.log(1 + n / (tagPostings.get(t)?.length ?? 1));

  // Text: TF-IDF over each article's top terms, unit-normalised.
  const counts = inputs.map((a) => {
    const c = termCounts(`${a.title} ${a.title} ${a.description}`, a.lang);
    return termCounts(leadText(a.body, L.bodyWords), a.lang, c);
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const termIds = new Map<string, number>();
  const vectors = counts.map((c) => {
    const weighted: [string, number][] = [];
    for (const [t, tf] of c) {
      const d = df.get(t) ?? 1;
      if (d < 2) continue; // a term no other article has cannot relate two articles
      weighted.push([t, (1 + Math.log(tf)) * Math.log(n / d)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, L.termsPerArticle).filter(([, w]) => w > 0);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    const ids = new Int32Array(top.length);
    const weights = new Float64Array(top.length);
    top.forEach(([t, w], k) => {
      let id = termIds.get(t);
      if (id === undefined) termIds.set(t, (id = termIds.size));
      ids[k] = id;
      weights[k] = w / norm;
    });
    return { ids, weights };
  });
  const termPostings: { doc: number[]; weight: number[] }[] = Array.from({ length: termIds.size }, () => ({ doc: [], weight: [] }));
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const p = termPostings[v.ids[k] ?? 0];
      p?.doc.push(i);
      p?.weight.push(v.weights[k] ?? 0);
    }
  });

  // Same-section neighbours in time.
  const bySection = new Map<string, number[]>();
  inputs.forEach((a, i) => {
    const list = bySection.get(a.section);
    if (list) list.push(i);
    else bySection.set(a.section, [i]);
  });
  const positionInSection = new Int32Array(n);
  for (const list of bySection.values()) {
    list.sort((x, y) => (inputs[x]?.published ?? 0) - (inputs[y]?.published ?? 0));
    list.forEach((doc, pos) => (positionInSection[doc] = pos));
  }

  const textScore = new Float64Array(n);
  const seen = new Uint8Array(n);
  const result = new Map<string, RelatedResult>();

  for (let i = 0; i < n; i++) {
    const a = inputs[i];
    if (!a) continue;
    const touched: number[] = [];
    const touch = (j: number) => {
      if (j !== i && seen[j] === 0) {
        seen[j] = 1;
        touched.push(j);
      }
    };
    for (const t of a.tags) {
      const list = tagPostings.get(t);
      if (list && list.length <= L.maxPostings) for (const j of list) touch(j);
    }
    const v = vectors[i];
    if (v) {
      for (let k = 0; k < v.ids.length; k++) {
        const p = termPostings[v.ids[k] ?? 0];
        if (!p || p.doc.length > L.maxPostings) continue;
        const w = v.weights[k] ?? 0;
        for (let m = 0; m < p.doc.length; m++) {
          const j = p.doc[m] ?? 0;
          touch(j);
          textScore[j] = (textScore[j] ?? 0) + w * (p.weight[m] ?? 0);
        }
      }
    }
    const sectionList = bySection.get(a.section) ?? [];
    const pos = positionInSection[i] ?? 0;
    for (let d = 1; d <= L.sectionNeighbours; d++) {
      const before = sectionList[pos - d];
      const after = sectionList[pos + d];
      if (before !== undefined) touch(before);
      if (after !== undefined) touch(after);
    }

    const tagTotal = a.tags.reduce((s, t) => s + tagWeight(t), 0) || 1;
    const aTags = new Set(a.tags);
    const aAuthors = new Set(a.authors);
    // The editor's pins are kept even when the body links them too; automatic picks never repeat a body link.
    const excluded = new Set([a.slug, ...a.linked]);
    const pinnedPicks: RelatedPick[] = [];
    for (const slug of a.pinned) {
      if (slug === a.slug || !index.has(slug) || pinnedPicks.some((p) => p.slug === slug)) continue;
      pinnedPicks.push({ slug, pinned: true, score: 0, parts: ZERO });
    }
    for (const p of pinnedPicks) excluded.add(p.slug);

    const scored: (RelatedPick & { sameLang: boolean; published: number })[] = [];
    for (const j of touched) {
      const b = inputs[j];
      const text = textScore[j] ?? 0;
      seen[j] = 0;
      textScore[j] = 0;
      if (!b || excluded.has(b.slug)) continue;
      let shared = 0;
      for (const t of b.tags) if (aTags.has(t)) shared += tagWeight(t);
      const parts: ScoreParts = {
        tags: (W.tag * shared) / tagTotal,
        text: W.text * text,
        section: a.section === b.section ? W.section : 0,
        author: b.authors.some((x) => aAuthors.has(x)) ? W.author : 0,
        time: 0,
      };
      if (parts.tags + parts.text === 0 && parts.author === 0 && parts.section === 0) continue;
      parts.time = W.time * Math.pow(0.5, Math.abs(a.published - b.published) / DAY / W.halfLifeDays);
      const score = parts.tags + parts.text + parts.section + parts.author + parts.time;
      scored.push({ slug: b.slug, pinned: false, score, parts, sameLang: b.lang === a.lang, published: b.published });
    }
    scored.sort(
      (x, y) =>
        Number(y.sameLang) - Number(x.sameLang) ||
        y.score - x.score ||
        y.published - x.published ||
        (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0),
    );
    const free = Math.max(0, opts.count - pinnedPicks.length);
    const strip = ({ slug, pinned, score, parts }: RelatedPick): RelatedPick => ({ slug, pinned, score, parts });
    result.set(a.slug, {
      picks: [...pinnedPicks, ...scored.slice(0, free).map(strip)],
      nearMisses: scored.slice(free, free + (opts.nearMisses ?? 0)).map(strip),
    });
  }
  return result;
}
