/**
 * Renders many Markdown bodies. In-process for small batches; larger batches are split across worker
 * threads (one per core) that run the very same pipeline.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { markdownMode, optimise } from './optimise.ts';
import { writeHtmlFile } from './html-store.ts';
import { writeSearchText } from './search-text-store.ts';
import { errorLine } from '#/check/rules/guard.ts';
import { createMarkdownRenderer, type RenderedMarkdown } from '#/markdown/pipeline.ts';
import { relatedBag } from '#/domain/related/inputs.ts';
import type { TermBag } from '#/domain/related/bag.ts';

/** What a job hands back: the body's HTML and facts; its blocks of text only as the related engine's bag. */
export type RenderedBody = Omit<RenderedMarkdown, 'blocks'> & { relatedBag?: TermBag };

/** A body the pipeline failed on: the first line of what was thrown (the caller names the file). */
export interface RenderFailure {
  error: string;
}

export type RenderOutcome = RenderedBody | RenderFailure;

/** A body to render; with `htmlFile`, the HTML is written there (by the worker) instead of being returned. */
export interface RenderJob {
  body: string;
  htmlFile?: string | undefined;
  /** With it, the text readers see (for search) is written there and not sent back. */
  textFile?: string | undefined;
  /** The article's language (footnote labels); the site's when unset. */
  lang?: string | undefined;
  /** With it, the related engine's bag of terms is read from the body's text, in this language (the site's when unset). */
  related?: { lang: string | undefined } | undefined;
}

/** Below this many bodies, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 200;

let renderer: ReturnType<typeof createMarkdownRenderer> | undefined;
export function renderBody(markdown: string, lang?: string): RenderedMarkdown {
  renderer ??= createMarkdownRenderer(markdownMode);
  return renderer(markdown, lang);
}

/**
 * Renders one job; HTML written to a file is not sent back (it would only be copied between threads). Whatever
 * the pipeline throws on this body (a stack overflow included) becomes a failure for this job alone.
 */
export function runJob(job: RenderJob): RenderOutcome {
  try {
    const { blocks, ...facts } = renderBody(job.body, job.lang);
    let out: RenderedBody = job.related ? { ...facts, relatedBag: relatedBag(blocks, job.related.lang) } : facts;
    if (job.textFile) {
      writeSearchText(job.textFile, out.text);
      out = { ...out, text: '' };
    }
    if (!job.htmlFile) return out;
    writeHtmlFile(job.htmlFile, out.html);
    return { ...out, html: '' };
  } catch (error) {
    return { error: errorLine(error) };
  }
}

/** What a render worker posts: one message per finished job, in order, so a crash names the job it was on. */
export interface WorkerMessage {
  index: number;
  outcome: RenderOutcome;
}

/**
 * Renders every job, in worker threads for large batches. Never throws for one body: each result is either the
 * rendered body or a failure, and a worker that dies (out of memory, say) fails the job it was rendering and
 * leaves the rest of its share to the next worker.
 */
export async function renderMarkdownBatch(jobs: RenderJob[]): Promise<RenderOutcome[]> {
  const threads = Math.min(availableParallelism(), 8);
  const mode = process.env['DATELINE_RENDER_WORKERS'];
  const useWorkers = mode === 'always' || (optimise && mode !== '0' && jobs.length >= WORKER_THRESHOLD && threads >= 2);
  if (!useWorkers) return jobs.map(runJob);
  const workerUrl = new URL('./render-worker.ts', import.meta.url);
  const results: RenderOutcome[] = new Array<RenderOutcome>(jobs.length);
  const workers = Math.max(1, Math.min(threads, jobs.length));
  const chunk = Math.ceil(jobs.length / workers);
  const runShare = async (from: number, to: number): Promise<void> => {
    let next = from;
    while (next < to) {
      const start = next;
      const crashed = await new Promise<string | undefined>((resolve) => {
        const worker = new Worker(workerUrl, { workerData: { jobs: jobs.slice(start, to), offset: start } });
        worker.on('message', (m: WorkerMessage) => {
          results[m.index] = m.outcome;
          next = m.index + 1;
          if (next === to) {
            resolve(undefined);
            void worker.terminate();
          }
        });
        // 'exit' comes after every message the worker posted, so `next` is then the job it died on.
        let failure: string | undefined;
        worker.once('error', (error) => (failure = errorLine(error)));
        worker.once('exit', (code) => resolve(next < to ? (failure ?? `the render worker stopped (exit code ${code})`) : undefined));
      });
      if (crashed !== undefined && next < to) {
        results[next] = { error: crashed };
        next++;
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, t) => runShare(t * chunk, Math.min(jobs.length, (t + 1) * chunk))));
  return results;
}
