import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems, rssFeed } from '#/outputs/feeds.ts';
import { getNewsroom } from '#/newsroom.ts';
import { sectionFeedRoutes } from '#/domain/routing.ts';
import { type SectionEntry } from '#/domain/newsroom.ts';
import { sectionPath } from '#/domain/urls.ts';
import { site } from '#/site.config.ts';

export const getStaticPaths = (async () => sectionFeedRoutes(await getNewsroom())) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: SectionEntry }> = async ({ props: { section } }) => {
  const { articlesInSection } = await getNewsroom();
  return rssFeed({
    title: `${section.data.name} – ${site.name}`,
    description: section.data.description ?? `${section.data.name} from ${site.name}`,
    pagePath: sectionPath(section.id),
    selfPath: `${sectionPath(section.id)}rss.xml`,
    // Headline, standfirst and link: the full text is in the site feeds (see feedItems).
    items: feedItems(articlesInSection(section.id), 'summary'),
  });
};
