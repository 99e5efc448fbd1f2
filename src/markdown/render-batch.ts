/**
 * Renders many Markdown bodies. In-process for small batches; larger batches are split across worker
 * threads (one per core) that run the very same pipeline.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { optimise } from '../lib/optimise.ts';
import { writeHtmlFile } from '../lib/html-store.ts';
import { writeSearchText } from '../lib/search-text-store.ts';
import { countWords } from '../lib/reading.ts';
import { createMarkdownRenderer, type RenderedMarkdown } from './pipeline.ts';

export interface RenderedBody extends RenderedMarkdown {
  wordCount: number;
}

/** A body to render; with `htmlFile`, the HTML is written there (by the worker) instead of being returned. */
export interface RenderJob {
  body: string;
  htmlFile?: string | undefined;
  /** With it, the text readers see (for search) is written there and not sent back. */
  textFile?: string | undefined;
}

/** Below this many bodies, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 200;

let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;
export function renderBody(markdown: string): RenderedBody {
  renderer ??= createMarkdownRenderer();
  return { ...renderer(markdown), wordCount: countWords(markdown) };
}

/** Renders one job; HTML written to a file is not sent back (it would only be copied between threads). */
export function runJob(job: RenderJob): RenderedBody {
  let out = renderBody(job.body);
  if (job.textFile) {
    writeSearchText(job.textFile, out.text);
    out = { ...out, text: '' };
  }
  if (!job.htmlFile) return out;
  writeHtmlFile(job.htmlFile, out.html);
  return { ...out, html: '' };
}

export async function renderMarkdownBatch(jobs: RenderJob[]): Promise<RenderedBody[]> {
  const bodies = jobs;
  const threads = Math.min(availableParallelism(), 8);
  const mode = process.env['DATELINE_RENDER_WORKERS'];
  const useWorkers = mode === 'always' || (optimise && mode !== '0' && bodies.length >= WORKER_THRESHOLD && threads >= 2);
  if (!useWorkers) {
    return bodies.map(runJob);
  }
  const workerUrl = new URL('./render-worker.ts', import.meta.url);
  const workers = Math.max(1, Math.min(threads, bodies.length));
  const chunk = Math.ceil(bodies.length / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, t) => {
      const slice = bodies.slice(t * chunk, (t + 1) * chunk);
      if (slice.length === 0) return Promise.resolve([] as RenderedBody[]);
      return new Promise<RenderedBody[]>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: slice });
        worker.once('message', (result: RenderedBody[]) => {
          resolve(result);
          void worker.terminate();
        });
        worker.once('error', reject);
      });
    }),
  );
  return parts.flat();
}
