/** `/search/words.json`: the words search may suggest when a query finds nothing (src/outputs/search-vocabulary.ts). */
import type { APIRoute } from 'astro';
import { getNewsroom } from '#/newsroom.ts';
import { searchVocabulary } from '#/outputs/search-vocabulary.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getNewsroom();
  return new Response(JSON.stringify(searchVocabulary(articles)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
