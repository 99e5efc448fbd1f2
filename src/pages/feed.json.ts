import type { APIRoute } from 'astro';
import { feedLeadImages } from '#/outputs/feed-lead-images.ts';
import { feedItems, jsonFeed } from '#/outputs/feeds.ts';
import { getNewsroom } from '#/newsroom.ts';
import { site } from '#/site.config.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  return jsonFeed({ title: site.name, description: site.tagline, pagePath: '/', selfPath: '/feed.json', items: feedItems(articles, 'full', await feedLeadImages(articles)) });
};
