/**
 * How the automatic related-article score is made up. Every weight lives here; `npm run related -- <slug>`
 * prints each part for the chosen links so an editor can see why a link was picked.
 *
 * For article A and candidate B:
 *
 *   tags    = TAG · (rarity-weighted share of A's tags that B also has)
 *             each tag weighs ln(1 + N / articles with the tag), so "Salang" counts far more than "politics";
 *             the share is Σ shared weights / Σ A's weights, between 0 and 1
 *   text    = TEXT · cosine of TF-IDF vectors of headline (counted twice) + standfirst + the body's first
 *             BODY_WORDS words (tf weight 1 + ln tf, idf ln(N / df)); words split with Intl.Segmenter, terms
 *             normalised (terms.ts, fold.ts), stop words of the site's languages removed (stopwords.ts); each
 *             article keeps its TERMS_PER_ARTICLE highest-weighted terms
 *   section = SECTION when both are in the same section
 *   author  = AUTHOR when they share an author (small: a correspondent writes about many stories)
 *   time    = TIME · 0.5 ^ (days apart / HALF_LIFE_DAYS), only when B already scored on tags, text, section or
 *             author: nearness alone relates nothing
 *
 *   score   = tags + text + section + author + time
 *
 * Ranking: articles in A's language first, then higher score, then newer, then slug (a-z).
 *
 * With these weights a follow-up of the same story (shared rare tags and names, days or weeks apart) scores
 * about 3-6, an old piece that shares one generic tag about 0.5-1.5, and a same-section piece from the same
 * week that shares nothing else SECTION + TIME = 1.2 (1.5 with the same author): it fills a slot only when
 * nothing better exists. On the fixture newsroom (tests/fixtures/related-corpus) text alone or tags alone
 * already put 93-98% of picks in the right story thread; together they reach 98%.
 */
export const RELATED_WEIGHTS = {
  tag: 3,
  text: 5,
  section: 0.5,
  author: 0.3,
  time: 0.7,
  /** A story two weeks older counts half as "near" as one from the same day. */
  halfLifeDays: 14,
} as const;

/**
 * Limits that keep the computation linear in the number of articles. Candidates come from inverted indexes:
 * every article on a rare tag or term, the nearest in time on a common one, and same-section neighbours in
 * time. Each candidate is then scored exactly, so how it was found never changes its score.
 */
export const RELATED_LIMITS = {
  /** Body words (after the headline and standfirst) that feed text similarity: the story's lead. */
  bodyWords: 150,
  /** Highest-weighted terms kept per article. */
  termsPerArticle: 24,
  /** The article's highest-weighted terms that propose candidates (all its terms count in the score). */
  candidateTerms: 8,
  /** A tag or term on at most this many articles proposes all of them as candidates. */
  fullPostings: 32,
  /** On a commoner tag or term, only this many articles either side in publication time are proposed. */
  postingWindow: 4,
  /** Same-section neighbours in time proposed on each side. */
  sectionNeighbours: 4,
} as const;
