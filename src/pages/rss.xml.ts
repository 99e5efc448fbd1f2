import type { APIRoute } from 'astro';
import { feedLeadImages } from '#/outputs/feed-lead-images.ts';
import { feedItems, rssFeed, siteFeedArticles } from '#/outputs/feeds.ts';
import { getNewsroom } from '#/newsroom.ts';
import { site } from '#/site.config.ts';

export const GET: APIRoute = async () => {
  const articles = siteFeedArticles((await getNewsroom()).articles);
  return rssFeed({ title: site.name, description: site.tagline, pagePath: '/', selfPath: '/rss.xml', items: feedItems(articles, 'full', await feedLeadImages(articles)) });
};
