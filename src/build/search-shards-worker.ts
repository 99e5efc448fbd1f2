/** Worker thread: indexes the search shards for the articles it is given (see search-shards.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchArticle } from '#/build/search-index.ts';
import { buildSearchShards } from './search-shards.ts';

const { articles, cacheDir, limit, part } = workerData as { articles: SearchArticle[]; cacheDir: string; limit: number; part?: { index: number; count: number } };
parentPort?.postMessage(await buildSearchShards(articles, cacheDir, limit, part));
