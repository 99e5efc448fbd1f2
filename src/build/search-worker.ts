/** Worker thread: builds the Pagefind index for the articles it is given (see search-index.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type SearchArticle } from './search-index.ts';

const { articles, cacheDir } = workerData as { articles: SearchArticle[]; cacheDir: string };
parentPort?.postMessage(await buildSearchIndex(articles, cacheDir));
