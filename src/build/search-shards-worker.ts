/** Worker thread: indexes the search shards for the articles it is given (see search-shards.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchArticle } from '#/build/search-index.ts';
import { openTextMemo } from './text-memo.ts';
import { buildSearchShards, searchMemoDir } from './search-shards.ts';

const { articles, root, cacheDir, limit, part, memo } = workerData as {
  articles: SearchArticle[];
  root: string;
  cacheDir: string;
  limit: number;
  part?: { index: number; count: number };
  memo: boolean;
};
const cache = openTextMemo(root, searchMemoDir(root), memo);
const index = await buildSearchShards(articles, cacheDir, limit, { part, memo: cache.memo });
cache.save();
parentPort?.postMessage(index);
