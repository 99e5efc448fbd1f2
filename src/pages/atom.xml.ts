import type { APIRoute } from 'astro';
import { feedLeadImages } from '#/outputs/feed-lead-images.ts';
import { atomFeed, feedItems, siteFeedArticles } from '#/outputs/feeds.ts';
import { getNewsroom } from '#/newsroom.ts';
import { site } from '#/site.config.ts';
import { context } from 'virtual:dateline/context';

export const GET: APIRoute = async () => {
  const articles = siteFeedArticles((await getNewsroom()).articles);
  return atomFeed({ title: site.name, description: site.tagline, pagePath: '/', selfPath: '/atom.xml', items: feedItems(articles, 'full', await feedLeadImages(articles)), builtAt: context.now });
};
