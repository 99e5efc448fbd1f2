/**
 * The exact score of one candidate for one article (formula in `weights.ts`), and the shared names, terms and
 * tags behind it for `npm run related`. The article being ranked is scattered into dense arrays once; scoring a
 * candidate is then one pass over the candidate's own short lists, in ascending ids, so every sum adds in the
 * same order whatever the article, and how a candidate was found never changes its score.
 */
import type { RelatedInput, ScoreParts, SharedEvidence } from './types.ts';
import type { TagFeatures, TextVectors } from './features.ts';
import { idRows, interner, type Rows } from './structures.ts';
import { RELATED_WEIGHTS } from './weights.ts';

const DAY = 86_400_000;

export interface Context {
  published: Float64Array;
  langOf: Int32Array;
  sectionOf: Int32Array;
  sections: number;
  authorRows: Rows;
  authors: number;
}

/** Publication time, language, section and authors as ids. */
export function buildContext(docs: readonly RelatedInput[]): Context {
  const langs = interner();
  const sections = interner();
  const authors = interner();
  const sectionOf = Int32Array.from(docs, (a) => sections.id(a.section));
  const authorRows = idRows(
    docs.map((a) => a.authors),
    (x) => authors.id(x),
  );
  return {
    published: Float64Array.from(docs, (a) => a.published),
    langOf: Int32Array.from(docs, (a) => langs.id(a.lang)),
    sectionOf,
    sections: sections.size,
    authorRows,
    authors: authors.size,
  };
}

export interface Scorer {
  /** Makes article i the one candidates are scored against (`on` false clears it again). */
  scatter(i: number, on: boolean): void;
  /** Score of candidate j for the scattered article i, or -1 when its evidence is below the minimum. */
  score(i: number, j: number): number;
  /** The parts of the last score computed (`thread` is left to `cluster.ts`). */
  readonly parts: ScoreParts;
  /** The shared names, terms and tags that made the evidence of candidate j for the scattered article. */
  shared(j: number): SharedEvidence[];
}

export function scorer(ctx: Context, text: TextVectors, tags: TagFeatures): Scorer {
  const W = RELATED_WEIGHTS;
  const { published, sectionOf, authorRows, langOf } = ctx;
  const vecStart = text.rows.start;
  const vecTerm = text.rows.items;
  const vecWeight = text.weight;
  const qTerm = new Float64Array(text.terms.length);
  const qNamed = new Uint8Array(text.terms.length);
  const qTag = new Float64Array(tags.weight.length);
  const qAuthor = new Int32Array(ctx.authors);
  const timeRate = Math.LN2 / (W.halfLifeDays * DAY);
  const parts: ScoreParts = { tags: 0, text: 0, thread: 0, section: 0, author: 0, time: 0 };

  const scatter = (i: number, on: boolean) => {
    for (let k = tags.rows.start[i] ?? 0, e = tags.rows.start[i + 1] ?? 0; k < e; k++) {
      const t = tags.rows.items[k] ?? 0;
      qTag[t] = on ? (tags.weight[t] ?? 0) || Number.MIN_VALUE : 0;
    }
    for (let k = vecStart[i] ?? 0, e = vecStart[i + 1] ?? 0; k < e; k++) {
      qTerm[vecTerm[k] ?? 0] = on ? (vecWeight[k] ?? 0) : 0;
      qNamed[vecTerm[k] ?? 0] = on ? (text.named[k] ?? 0) : 0;
    }
    for (let k = authorRows.start[i] ?? 0, e = authorRows.start[i + 1] ?? 0; k < e; k++) qAuthor[authorRows.items[k] ?? 0] = on ? i + 1 : 0;
  };

  const score = (i: number, j: number): number => {
    let shared = 0;
    // How many terms, names and tags the two share: across languages one or two common words are no story.
    let pieces = 0;
    for (let k = tags.rows.start[j] ?? 0, e = tags.rows.start[j + 1] ?? 0; k < e; k++) {
      const q = qTag[tags.rows.items[k] ?? 0] ?? 0;
      shared += q;
      if (q > 0) pieces++;
    }
    let dot = 0;
    for (let k = vecStart[j] ?? 0, e = vecStart[j + 1] ?? 0; k < e; k++) {
      const q = qTerm[vecTerm[k] ?? 0] ?? 0;
      dot += q * (vecWeight[k] ?? 0);
      if (q !== 0) pieces++;
    }
    const tagPart = W.tag * Math.min(1, shared);
    const textPart = W.text * dot;
    const evidence = tagPart + textPart;
    if (!(evidence >= W.minEvidence)) return -1;
    if (langOf[i] !== langOf[j] && pieces < W.crossLanguageShared) return -1;
    let author = 0;
    for (let k = authorRows.start[j] ?? 0, e = authorRows.start[j + 1] ?? 0; k < e; k++) {
      if (qAuthor[authorRows.items[k] ?? 0] === i + 1) {
        author = W.author;
        break;
      }
    }
    const section = sectionOf[i] === sectionOf[j] ? W.section : 0;
    const time = W.time * Math.exp(-Math.abs((published[i] ?? 0) - (published[j] ?? 0)) * timeRate);
    parts.tags = tagPart;
    parts.text = textPart;
    parts.thread = 0;
    parts.section = evidence * section;
    parts.author = evidence * author;
    parts.time = evidence * time;
    return evidence + parts.section + parts.author + parts.time;
  };

  const sharedEvidence = (j: number): SharedEvidence[] => {
    const out: SharedEvidence[] = [];
    for (let k = vecStart[j] ?? 0, e = vecStart[j + 1] ?? 0; k < e; k++) {
      const t = vecTerm[k] ?? 0;
      const q = qTerm[t] ?? 0;
      if (q === 0) continue;
      const name = qNamed[t] === 1 && text.named[k] === 1;
      out.push({ kind: name ? 'name' : 'term', value: text.terms[t] as string, points: W.text * q * (vecWeight[k] ?? 0) });
    }
    for (let k = tags.rows.start[j] ?? 0, e = tags.rows.start[j + 1] ?? 0; k < e; k++) {
      const t = tags.rows.items[k] ?? 0;
      if ((qTag[t] ?? 0) > 0) out.push({ kind: 'tag', value: tags.names[t] as string, points: W.tag * (tags.weight[t] ?? 0) });
    }
    return out;
  };

  return { scatter, score, parts, shared: sharedEvidence };
}
