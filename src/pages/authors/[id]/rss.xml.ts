import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems, rssFeed } from '#/outputs/feeds.ts';
import { getNewsroom } from '#/newsroom.ts';
import { authorFeedRoutes } from '#/domain/routing.ts';
import { type AuthorEntry } from '#/domain/newsroom.ts';
import { authorPath } from '#/domain/urls.ts';
import { site } from '#/site.config.ts';

export const getStaticPaths = (async () => authorFeedRoutes(await getNewsroom())) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: AuthorEntry }> = async ({ props: { author } }) => {
  const { articlesByAuthor } = await getNewsroom();
  return rssFeed({
    title: `${author.data.name} – ${site.name}`,
    description: `Articles by ${author.data.name}${author.data.role ? `, ${author.data.role}` : ''}`,
    pagePath: authorPath(author.id),
    selfPath: `${authorPath(author.id)}rss.xml`,
    // Headline, standfirst and link: an article is in the feed of each of its authors (see feedItems).
    items: feedItems(articlesByAuthor(author.id), 'summary'),
  });
};
