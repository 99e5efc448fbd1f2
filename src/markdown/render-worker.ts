/** Worker thread: renders its share of Markdown bodies with the shared pipeline and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBody } from './render-batch.ts';

parentPort?.postMessage((workerData as string[]).map(renderBody));
