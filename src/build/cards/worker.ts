/** Worker thread: draws its share of social cards into the cache (see writer.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardInput } from '#/outputs/social-cards.ts';
import { drawIntoCache } from './writer.ts';

const { inputs, cacheDir } = workerData as { inputs: CardInput[]; cacheDir: string };
parentPort?.postMessage(await drawIntoCache(inputs, cacheDir));
