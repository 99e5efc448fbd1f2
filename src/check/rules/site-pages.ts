/**
 * Every page path the build writes, worked out from the checked content with the same rules the pages use
 * (visibility, pagination, tag identity, archive months), so a body link can be checked before anything renders.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import { site } from '#/site.config.ts';
import { newsroomYearMonth } from '#/domain/dates.ts';
import { topicsOf } from '#/domain/tags.ts';
import { archivePath, articlePath, authorPath, AUTHORS_INDEX_PATH, paged, sectionPath, SITE_ROOT_FILES, tagPath, TOPICS_INDEX_PATH } from '#/domain/urls.ts';
import { INDEX_PAGE_SIZE } from '#/domain/pagination.ts';
import { isVisible, type VisibilityContext } from '#/domain/visibility.ts';
import { hasSectionsIndex, SECTIONS_INDEX_PATH } from '#/domain/section-nav.ts';
import { articleCardPath } from '#/outputs/social-cards.ts';

export interface SitePages {
  has(path: string): boolean;
  /** Ids with pages, for "did you mean" in messages. */
  sections: Set<string>;
  authors: Set<string>;
  tags: Set<string>;
  /** The social-card setting the pages were worked out with (`/og/<slug>.png` are pages only when "generated"). */
  socialCards: 'site' | 'generated';
  /** Visible articles that get no generated card, and why (cards on): a lead image, or a headline the fonts lack. */
  cardless: ReadonlyMap<string, 'lead image' | 'fonts'>;
}

/** Fixed pages and feeds (src/pages without parameters), and the search's list of shards (src/build/search-shards.ts). */
const FIXED = ['/', '/authors/', '/tags/', '/search/', '/search/words.json', '/pagefind/shards.json', ...SITE_ROOT_FILES.map((name) => `/${name}`)];

export function sitePages(
  root: string,
  articles: readonly { id: string; data: ArticleFrontmatter }[],
  authorIds: readonly string[],
  sectionIds: readonly string[],
  visibility: VisibilityContext,
  /** Section id → name: a generated card draws the name, so it decides whether the card can be drawn. */
  sectionNames: ReadonlyMap<string, string>,
  socialCards: 'site' | 'generated' = site.socialCards,
): SitePages {
  const paths = new Set(FIXED);
  const cardless = new Map<string, 'lead image' | 'fonts'>();
  const counts = new Map<string, number>();
  const count = (base: string) => counts.set(base, (counts.get(base) ?? 0) + 1);
  const tags = new Set<string>();
  for (const a of articles) {
    if (!isVisible(a.data, visibility)) continue;
    paths.add(articlePath(a.id));
    // Its social card, drawn by the build with the same rule (src/outputs/social-cards.ts) when cards are on.
    if (socialCards === 'generated') {
      const card = articleCardPath(a, sectionNames.get(a.data.section) ?? '', socialCards, site.name);
      if (card) paths.add(card);
      else cardless.set(a.id, a.data.image ? 'lead image' : 'fonts');
    }
    count(archivePath());
    const { year, month } = newsroomYearMonth(a.data.published.epoch, site.timeZone);
    count(archivePath(year, month));
    count(sectionPath(a.data.section));
    for (const id of new Set(a.data.authors)) count(authorPath(id));
    for (const t of topicsOf(a.data.tags)) {
      tags.add(t.slug);
      count(tagPath(t.slug));
    }
  }
  // Only a section or author with a visible article has a page and a feed (src/domain/newsroom.ts): one prepared
  // for an embargoed launch stays unpublished until its first article is.
  // (`map(sectionPath)` would pass each id's index as the page number: only the first two ids got a feed.)
  for (const base of [...sectionIds.map((id) => sectionPath(id)), ...authorIds.map((id) => authorPath(id))]) if (counts.has(base)) paths.add(`${base}rss.xml`);
  if (hasSectionsIndex(sectionIds.filter((id) => counts.has(sectionPath(id))).length)) paths.add(SECTIONS_INDEX_PATH);
  counts.set(archivePath(), counts.get(archivePath()) ?? 0);
  // The indexes of topics and reporters, paginated too (src/domain/routing.ts).
  const indexPages = (base: string, n: number) => {
    for (let p = 2; p <= Math.ceil(n / INDEX_PAGE_SIZE); p++) paths.add(paged(base, p));
  };
  indexPages(TOPICS_INDEX_PATH, tags.size);
  indexPages(AUTHORS_INDEX_PATH, authorIds.filter((id) => counts.has(authorPath(id))).length);
  for (const [base, n] of counts) {
    const last = Math.max(1, Math.ceil(n / site.pageSize));
    for (let p = 1; p <= last; p++) paths.add(paged(base, p));
  }
  // /news-sitemap.xml is never a known page, though the build writes it while an article is under two days old
  // (src/outputs/news-sitemap.ts): a link to it would pass today and stop every build after two quiet days
  // (round 17). missing-page.ts says what to link instead.
  for (const file of publicFiles(join(root, 'public'))) paths.add(file);
  return { has: (path) => paths.has(path), sections: new Set(sectionIds), authors: new Set(authorIds), tags, socialCards, cardless };
}

function publicFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`);
}
