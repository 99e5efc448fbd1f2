/**
 * How the automatic related-article score is made up. Every weight lives here; `npm run related -- <slug>`
 * prints each part for the chosen links so an editor can see why a link was picked.
 *
 * score = TAG · (share of this article's tag information, each tag weighted by rarity: ln(1 + N / df))
 *       + TEXT · (TF-IDF cosine of headline + standfirst + the body's opening words)
 *       + SECTION (same section) + AUTHOR (a shared author)
 *       + TIME · 0.5^(days apart / HALF_LIFE_DAYS)   (only for candidates that share something else)
 */
export const RELATED_WEIGHTS = {
  tag: 3,
  text: 4,
  section: 0.6,
  author: 0.3,
  time: 1.5,
  /** A story two weeks older counts half as "near" as one from the same day. */
  halfLifeDays: 14,
} as const;

export const RELATED_LIMITS = {
  /** Body words (after the headline and standfirst) that feed text similarity: the story's lead. */
  bodyWords: 150,
  /** Highest-weighted terms kept per article. */
  termsPerArticle: 16,
  /** Terms or tags on more articles than this are too common to propose candidates (they still score). */
  maxPostings: 400,
  /** Same-section neighbours in time proposed as candidates on each side. */
  sectionNeighbours: 8,
} as const;
