/** Worker thread: renders its share of Markdown bodies with the shared pipeline, posting each result as it is done. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type RenderJob, type WorkerMessage } from './render-batch.ts';

const { jobs, offset } = workerData as { jobs: RenderJob[]; offset: number };
jobs.forEach((job, i) => parentPort?.postMessage({ index: offset + i, outcome: runJob(job) } satisfies WorkerMessage));
