/** Worker thread: draws its share of social cards into the cache (see social-cards.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { drawIntoCache, type CardInput } from './social-cards.ts';

const { inputs, cacheDir } = workerData as { inputs: CardInput[]; cacheDir: string };
parentPort?.postMessage(await drawIntoCache(inputs, cacheDir));
