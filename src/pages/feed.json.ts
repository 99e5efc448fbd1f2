import type { APIRoute } from 'astro';
import { feedLeadImages } from '#/outputs/feed-lead-images.ts';
import { feedItems, jsonFeed, siteFeedArticles } from '#/outputs/feeds.ts';
import { getNewsroom } from '#/newsroom.ts';
import { site } from '#/site.config.ts';

export const GET: APIRoute = async () => {
  const articles = siteFeedArticles((await getNewsroom()).articles);
  return jsonFeed({ title: site.name, description: site.tagline, pagePath: '/', selfPath: '/feed.json', items: feedItems(articles, 'full', await feedLeadImages(articles)) });
};
