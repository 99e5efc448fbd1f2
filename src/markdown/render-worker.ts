/** Worker thread: renders its share of Markdown bodies with the shared pipeline, writes or posts back the HTML. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type RenderJob } from './render-batch.ts';

parentPort?.postMessage((workerData as RenderJob[]).map(runJob));
