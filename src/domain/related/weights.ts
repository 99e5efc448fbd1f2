/**
 * How the automatic related-article score is made up. Every weight lives here; `npm run related -- <slug>`
 * prints each part, and the shared names, terms and tags behind it, so an editor can see why a link was picked.
 *
 * For article A and candidate B, first the evidence that they tell the same story:
 *
 *   text  = TEXT · cosine of A's and B's term vectors. A term's weight in an article is
 *             idf · saturated tf · NAME (if the article writes it as a proper name)
 *           over headline (counted twice), standfirst and the whole body (`bag.ts`: its names, its repeated
 *           terms and the words of its lead, MAX_BODY_WORDS words read at most):
 *             saturated tf = tf·(K1 + 1) / (tf + K1·(1 − B + B·length / average length))   (BM25)
 *             idf          = ln(1 + (N − df + 0.5) / (df + 0.5)), and 0 for a term on one article only
 *           (BM25's smoothed idf: in a 50-article newsroom a word on 20 articles still weighs a third of a
 *           word on two). A shared name gets NAME² (both articles write it as a name); a multi-word name
 *           ("Mes Aynak") counts as its adjacent pairs instead of its single words. Each article keeps its
 *           TERMS_PER_ARTICLE heaviest terms.
 *   tags  = TAG · min(1, Σ over shared tags of rarity · specificity)
 *             rarity      = the tag's idf (as above) relative to a tag on two articles
 *             specificity = how alike the tag's articles are (their mean pairwise text cosine, above the
 *                           newsroom's mean, relative to SPECIFIC_COHERENCE): a tag spread over unrelated
 *                           stories ("politics", "asia") is generic by its spread, whatever its name
 *
 *   evidence = text + tags; B is a candidate only when evidence ≥ MIN_EVIDENCE, and, when B is in another language,
 *              only when they share at least CROSS_LANGUAGE_SHARED terms, names and tags: one or two everyday words
 *              (`کابل`, `سال` "year", `双方` "both sides") sent readers to a story in another language (round 22).
 *   thread   = THREAD · Σ min(evidence(A, C), evidence(C, B)) / THREAD_SCALE over the articles C among A's best
 *              candidates that are also related to B (`cluster.ts`): a story's follow-ups reinforce each other;
 *              at most THREAD_CAP · evidence, so neighbours alone never make a link.
 *
 * Then tie-breakers, as fractions of the direct evidence so that they reorder close candidates but never outvote
 * evidence of the story (together at most +25 %: evidence 1.0 always beats 1.25 · 0.79):
 *
 *   section = evidence · SECTION when both are in the same section
 *   author  = evidence · AUTHOR when they share an author
 *   time    = evidence · TIME · 0.5 ^ (days apart / HALF_LIFE_DAYS)
 *
 *   score = evidence + thread + section + author + time
 *
 * Ranking: articles in A's language first, then higher score, then newer, then slug (a-z).
 */
export const RELATED_WEIGHTS = {
  text: 5,
  tag: 1,
  /** Per article writing a term as a proper name: a name both write counts NAME² as much. */
  name: 2.5,
  k1: 1.2,
  b: 0.75,
  /** Mean pairwise cosine of a tag's articles (above the newsroom's) at which the tag counts as fully specific. */
  specificCoherence: 0.12,
  minEvidence: 0.25,
  /** Shared terms, names and tags a candidate in another language needs at least. */
  crossLanguageShared: 3,
  /** Story threads as clusters (`cluster.ts`): points for neighbours both articles are related to. */
  thread: 1,
  threadScale: 4,
  /** The thread part is at most this many times the direct evidence (tags + text). */
  threadCap: 1,
  section: 0.08,
  author: 0.05,
  time: 0.12,
  halfLifeDays: 30,
} as const;

/**
 * Limits that keep the computation linear in the number of articles. Candidates come from inverted indexes:
 * every article on a rare tag or term, the nearest in time on a common one, and same-section neighbours in
 * time. Each candidate is then scored exactly, so how it was found never changes its score.
 */
export const RELATED_LIMITS = {
  /** Heaviest terms kept per article. */
  termsPerArticle: 32,
  /** The article's heaviest terms that propose candidates (all its terms count in the score). */
  candidateTerms: 8,
  /** A tag or term on at most this many articles proposes all of them as candidates. */
  fullPostings: 32,
  /** On a commoner tag or term, only this many articles either side in publication time are proposed. */
  postingWindow: 2,
  /** Same-section neighbours in time proposed on each side. */
  sectionNeighbours: 0,
  /**
   * A term or name on more than this share of the articles (of a newsroom of at least `boilerplateFrom`) is
   * boilerplate, no evidence: a sign-off every story carries ("Reporting by the Kabul Bureau") put a Dari story
   * under a Pashto one's "Related" (round 18). Its smoothed idf is small but not 0, and each article's vector is
   * scaled to unit length, so in an article with little else it weighed as much as real evidence.
   */
  boilerplateShare: 0.5,
  boilerplateFrom: 10,
} as const;
