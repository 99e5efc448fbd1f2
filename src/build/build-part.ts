/**
 * One part of a site built as N disjoint parts in N processes (or N CI jobs), whose output folders, merged by
 * `npm run merge-parts`, equal one build of the whole site byte for byte.
 *
 * Switch: DATELINE_BUILD_PART=k/N (k from 1 to N, as Playwright's and Vitest's `--shard`); unset (or 1/1) builds
 * the whole site. Every part needs the same DATELINE_NOW (one clock for all). Every part checks and loads the whole archive (lists, related links and feeds need it); it
 * renders only its share of the pages, draws only its share of the social cards and indexes only its share of
 * the search shards:
 *   - the unit is the search shard (consecutive months, src/build/search-shards.ts), dealt out in turn: shard i
 *     (oldest first, from 0) goes to part (i mod N) + 1. A shard's article pages, their cards, its month-archive
 *     pages (by the newsroom month's place among the shards' months) and its search index go together;
 *   - every other page (front, sections, tags, authors, the archive index, feeds, robots.txt, sitemaps, the
 *     search page, 404) is made from the whole archive and is rendered by part 1 alone, which also writes
 *     `sitemap-index.xml` (listing the other parts' pages too: their paths and dates are known to every part);
 *   - `/pagefind/shards.json` and everything Astro copies or bundles (public files, `_astro/`) are written by
 *     every part, identically (the merge refuses a path two parts wrote differently).
 */
import { orStop } from './or-stop.ts';
import type { AstroPrerenderer } from 'astro';
import { partOfShard, planShards } from './search-shards.ts';
import type { SearchArticle } from './search-index.ts';

export interface BuildPart {
  /** 1 … count. */
  index: number;
  count: number;
}

/** The part this process builds, from DATELINE_BUILD_PART (`k/N`); undefined for the whole site (unset, 1/1). */
export function buildPartOf(env: NodeJS.ProcessEnv = process.env): BuildPart | undefined {
  const value = env['DATELINE_BUILD_PART']?.trim();
  if (!value) return undefined;
  const match = /^(\d{1,4})\/(\d{1,4})$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  // N is written with at most four digits (round 29d #13: 1/100000 was told "1 ≤ k ≤ N", which holds).
  if (!(index >= 1 && index <= count)) throw new Error(`DATELINE_BUILD_PART="${value}" is not a part k/N with 1 ≤ k ≤ N ≤ 9999 (e.g. 2/3), or unset for the whole site`);
  if (count === 1) return undefined;
  // Parts started at different moments would disagree on which scheduled articles are out (lists in one part,
  // missing pages in another): every part reads the same pinned clock.
  if (!env['DATELINE_NOW']?.trim()) throw new Error(`DATELINE_BUILD_PART="${value}" needs DATELINE_NOW, the same for every part (e.g. DATELINE_NOW=$(date -u +%FT%TZ), decided once before the parts start)`);
  return { index, count };
}

/** `buildPartOf` for the build itself: a mistaken setting stops it with one line (exit 2), not a stack trace. */
export function buildPartOrStop(env: NodeJS.ProcessEnv = process.env): BuildPart | undefined {
  return orStop(() => buildPartOf(env));
}

/** Whether this process writes the pages and files made from the whole archive (part 1, or the whole site). */
export const writesSiteWide = (part: BuildPart | undefined): boolean => !part || part.index === 1;

/** Astro's route patterns of the pages dealt out by search shard; every other route belongs to part 1. */
const ARTICLE_ROUTE = '/articles/[slug]';
const MONTH_ROUTE = '/archive/[year]/[month]/[...page]';

export interface PartPlan {
  part: BuildPart;
  /** Whether this part draws the social card of (and renders) the article `slug`. */
  ownsArticle(slug: string): boolean;
  /** Whether this part renders the page at `pathname` (as Astro lists it) of the route `route` (Astro's pattern). */
  rendersPage(pathname: string, route: string): boolean;
}

/** The share of `part`, from the same shard plan the search index uses (`articles`: the visible ones). */
export function planPart(part: BuildPart, articles: readonly Pick<SearchArticle, 'id' | 'published'>[], shardLimit: number): PartPlan {
  const shards = planShards(articles, shardLimit);
  const shardOfArticle = new Map<string, number>();
  shards.forEach((shard, i) => shard.articles.forEach((a) => shardOfArticle.set(a.id, i)));
  // A newsroom month (site time zone) can straddle two UTC-month shards: it goes with the last shard starting at
  // or before it (any part could render it: every part holds the whole archive).
  const shardOfMonth = (month: string): number => {
    let found = 0;
    shards.forEach((shard, i) => {
      if (shard.months[0] <= month) found = i;
    });
    return found;
  };
  const mine = (shard: number | undefined) => shard !== undefined && partOfShard(shard, part.count) === part.index;
  const ownsArticle = (slug: string) => (shardOfArticle.has(slug) ? mine(shardOfArticle.get(slug)) : part.index === 1);
  return {
    part,
    ownsArticle,
    rendersPage(pathname, route) {
      const segments = pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
      if (route === ARTICLE_ROUTE && segments.length === 2) return ownsArticle(segments[1]!);
      if (route === MONTH_ROUTE && segments.length >= 3) return mine(shardOfMonth(`${segments[1]}-${segments[2]}`));
      return part.index === 1;
    },
  };
}

/** What the part's prerenderer reports to, and asks of, the integration. */
export interface PartHooks {
  /** Receives the pathnames of the pages the other parts render, for part 1's sitemap. */
  pagesElsewhere(pathnames: string[]): void;
  /** The lead images of the articles the other parts render (src/build/part-images.ts), once the paths are listed. */
  imagesElsewhere(): readonly { src: string; fsPath: string }[];
}

type StaticImages = Awaited<ReturnType<NonNullable<AstroPrerenderer['collectStaticImages']>>>;

/**
 * Wraps the prerenderer Astro will use (its default one, or the page-worker pool) so that its list of paths holds
 * only this part's pages, and its images include the other parts' lead images with nothing to make (so Astro
 * removes their originals, as in a whole build). Everything else (setup, render, teardown, and the default
 * prerenderer's `app`, which the page-worker pool reads) is the wrapped one's, through the prototype.
 */
export function partPrerenderer(inner: AstroPrerenderer, plan: PartPlan, hooks: PartHooks): AstroPrerenderer {
  const wrapper: Pick<AstroPrerenderer, 'name' | 'getStaticPaths' | 'collectStaticImages'> = {
    name: `${inner.name}, part ${plan.part.index}/${plan.part.count}`,
    async getStaticPaths() {
      const all = await inner.getStaticPaths();
      hooks.pagesElsewhere(all.filter((p) => !plan.rendersPage(p.pathname, p.route.route)).map((p) => p.pathname));
      return all.filter((p) => plan.rendersPage(p.pathname, p.route.route));
    },
    async collectStaticImages() {
      const images = ((await inner.collectStaticImages?.()) ?? new Map()) as Map<string, { originalSrcPath: string | undefined; transforms: Map<string, unknown> }>;
      for (const { src, fsPath } of hooks.imagesElsewhere()) if (!images.has(src)) images.set(src, { originalSrcPath: fsPath, transforms: new Map() });
      return images as unknown as StaticImages;
    },
  };
  return Object.setPrototypeOf(wrapper, inner) as AstroPrerenderer;
}
