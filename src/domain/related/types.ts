/** The related engine's input and output (`engine.ts`). */
import type { TextBlock } from '#/markdown/rehype-article-facts.ts';
import type { TermBag } from './bag.ts';

export interface RelatedInput {
  slug: string;
  title: string;
  description: string;
  /**
   * The body's bag of terms (`bag.ts`, what the build keeps), or the text readers see: its blocks
   * (rehype-article-facts.ts) or one plain string (hand-built inputs). A bag gives the same links as its blocks.
   */
  body: TermBag | readonly TextBlock[] | string;
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
  /** Reinforcement by the articles both are related to (`cluster.ts`). */
  thread: number;
  section: number;
  author: number;
  time: number;
}

/**
 * A name, term or tag both articles have, or (`thread`) an article both are related to, given by slug, and the
 * points it brought (tags before the tag part's cap).
 */
export interface SharedEvidence {
  kind: 'name' | 'term' | 'tag' | 'thread';
  value: string;
  points: number;
}

export interface RelatedPick {
  slug: string;
  /** Chosen by the editor (`related:` in the frontmatter); its score is shown for information only. */
  pinned: boolean;
  score: number;
  parts: ScoreParts;
  /** The pick is in the article's language (those rank first). */
  sameLang: boolean;
  /** With `explain`: the shared names, terms and tags and the thread neighbours behind the score, heaviest first. */
  shared?: SharedEvidence[];
}

export interface RelatedOptions {
  /** Links per article, pinned ones included (every pin is kept, even beyond this count). */
  count: number;
  /**
   * How many of the best candidates that just missed to return as well, for `npm run related`. Default 0. Never
   * changes the picks: the misses are the next of the candidates the picks were ranked among (so there may be fewer).
   */
  nearMisses?: number;
  /** How many shared names, terms, tags and thread neighbours (of each kind) to list per pick, for `npm run related`. Default 0. */
  explain?: number;
}

export interface RelatedResult {
  picks: RelatedPick[];
  nearMisses: RelatedPick[];
}
