/**
 * Page generation on every core: an Astro prerenderer (`setPrerenderer` in `astro:build:start`) that keeps
 * Astro's default one for setup and the list of paths, and sends each page to a pool of worker threads, each
 * of which imports the same built prerender entry (page-worker.ts). Astro still writes the files, keeps the
 * incremental-build cache (the workers collect each page's metadata) and generates images (the workers hand
 * back what they registered). The output is byte-identical with the pool on or off (e2e build.spec.ts).
 *
 * Switch: DATELINE_PAGE_WORKERS = `auto` (the default: one worker per core besides Astro's own thread, which
 * renders its share too, as many as fit the machine's memory: page-workers-memory.ts), a number of workers, or
 * `off`/0 for Astro's own thread alone (see pageWorkerPlan).
 */
import type { AstroPrerenderer } from 'astro';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromWorker, LogEvent, PageStyles, ToWorker, WorkerSetup } from './page-workers-protocol.ts';
import { removeSnapshot, snapshotPrerenderOutput, type PrerenderOutput } from './prerender-snapshot.ts';
import { workersThatFit, type WorkerFit } from './page-workers-memory.ts';

/** What `auto` weighs: the site's visible articles and the memory the machine has left (page-workers-memory.ts). */
export interface MemoryOutlook {
  articles: number;
  availableBytes: number;
}

/**
 * Worker threads to render pages with, besides Astro's own thread (0: Astro's default prerenderer alone), and,
 * when `auto` starts fewer than one per spare core because the copies would not fit in memory, why.
 */
export function pageWorkerPlan(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), memory?: MemoryOutlook): WorkerFit {
  const value = env['DATELINE_PAGE_WORKERS']?.trim() || 'auto';
  if (value === 'auto') {
    const wanted = Math.max(0, cores - 1);
    return memory ? workersThatFit(wanted, memory.articles, memory.availableBytes) : { count: wanted, reason: undefined };
  }
  if (value === 'off') return { count: 0, reason: undefined };
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new Error(`DATELINE_PAGE_WORKERS="${value}" is not a number of workers (0–64), "auto" or "off"`);
  return { count: n, reason: undefined };
}

/** The number of workers of `pageWorkerPlan`. */
export function pageWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), memory?: MemoryOutlook): number {
  return pageWorkerPlan(env, cores, memory).count;
}

/** What the default prerenderer holds after its setup (Astro 7.3: `prerenderer.app`). */
interface DefaultApp {
  getOptions(): {
    settings: { scripts: { stage: string }[]; config: Record<string, any> };
    allPages: Record<string, { key: string; styles: unknown[] }>;
    logger: { options: { destination: { write(event: LogEvent): unknown } }; info(label: string, message: string): void };
  };
}

interface Pending {
  resolve: (value: FromWorker) => void;
  reject: (error: Error) => void;
}

class PageWorker {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  inFlight = 0;
  private readonly pending = new Map<number, Pending>();
  failure: Error | undefined;

  /** `onReady`: called once the worker has loaded the bundle (pages go to it from then on); `onFailure`: once it fails. */
  constructor(setup: WorkerSetup, log: (event: LogEvent) => void, onReady: (worker: PageWorker) => void, onFailure: (worker: PageWorker, error: Error) => void) {
    this.worker = new Worker(new URL('./page-worker.ts', import.meta.url), { workerData: setup });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          onReady(this);
          resolve();
        } else if (message.type === 'log') log(message.event);
        else {
          const waiting = this.pending.get(message.id);
          this.pending.delete(message.id);
          waiting?.resolve(message);
        }
      });
      const stop = (error: Error) => {
        if (!this.failure) onFailure(this, error);
        this.failure ??= error;
        reject(error);
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      };
      this.worker.on('error', stop);
      this.worker.on('exit', (code) => stop(new Error(`page worker stopped (exit code ${code})`)));
    });
    this.ready.catch(() => undefined);
  }

  request(message: ToWorker): Promise<FromWorker> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }
}

/**
 * Pages Astro asks for before the workers start. A worker loads the bundle and the site's data (~3 s and ~6 s of
 * CPU at 5,000 articles) before its first page: worth it for a cold build's thousands of pages, a loss for a warm
 * build's handful after an edit (Astro restores the rest from its cache without asking), where that CPU competed
 * with the search index for the second core. Until the workers are ready, Astro's thread renders.
 */
const WORKERS_AFTER = 100;

/** `DATELINE_PAGE_WORKERS_AFTER`: pages before the workers start; 0 starts them before the first page and waits for them. */
export function workersAfter(env: NodeJS.ProcessEnv = process.env): number {
  const value = env['DATELINE_PAGE_WORKERS_AFTER']?.trim();
  if (value === undefined || value === '') return WORKERS_AFTER;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`DATELINE_PAGE_WORKERS_AFTER="${value}" is not a number of pages`);
  return n;
}

/** Where the pool gets the built bundle from (see prerender-snapshot.ts). */
export interface PoolSource {
  /** The build's clock (epoch ms), pinned in every worker. */
  now: number;
  /** The prerender bundle this build wrote (recorded by `prerenderOutputPlugin`). */
  output: () => PrerenderOutput | undefined;
  /** A folder of this build's own for the workers' copy of the bundle. */
  snapshotDir: string;
}

/**
 * Wraps Astro's default prerenderer so pages render on `count` worker threads and on Astro's own thread: that
 * thread holds the site's data anyway (it listed the paths), so giving it a share of the pages costs no memory,
 * where one more worker would hold one more copy of the content store and route table.
 */
export function pageWorkerPrerenderer(base: AstroPrerenderer, count: number, source: PoolSource): AstroPrerenderer {
  let workers: PageWorker[] = [];
  // Kept as the workers report, not worked out per page: those that have loaded the bundle, and the first failure.
  let ready: PageWorker[] = [];
  let failure: Error | undefined;
  let nextId = 0;
  let ownInFlight = 0;
  let requested = 0;
  const after = workersAfter();
  // Starts the workers, once Astro has asked for `after` pages (WORKERS_AFTER).
  let start: (() => void) | undefined;
  const rendered = { own: 0, workers: 0 };
  let report: ((message: string) => void) | undefined;
  const own: AstroPrerenderer['render'] = async (request, options) => {
    ownInFlight++;
    rendered.own++;
    try {
      return await base.render(request, options);
    } finally {
      ownInFlight--;
    }
  };
  const prerenderer: AstroPrerenderer = {
    name: 'dateline:page-workers',
    async setup() {
      await base.setup?.();
      const app = (base as AstroPrerenderer & { app?: DefaultApp }).app;
      if (!app) throw new Error('page workers: Astro’s default prerenderer has no app after setup (Astro changed?); set DATELINE_PAGE_WORKERS=off');
      const options = app.getOptions();
      const { settings } = options;
      // A page-stage script needs a bundle map the build does not expose; such a site renders on Astro's thread.
      if (settings.scripts.some((s) => s.stage === 'page')) return;
      const output = source.output();
      if (!output) throw new Error('page workers: the prerender bundle was not recorded (Astro changed?); set DATELINE_PAGE_WORKERS=off');
      report = (message) => options.logger.info('dateline', message);
      start = () => {
        const config = settings.config;
        const setup: WorkerSetup = {
          entryUrl: snapshotPrerenderOutput(output, source.snapshotDir),
          pageStyles: Object.values(options.allPages).map((p): PageStyles => ({ key: p.key, styles: p.styles })),
          scripts: structuredClone(settings.scripts),
          assetsConfig: {
            base: config['base'],
            build: { assets: config['build'].assets, assetsPrefix: config['build'].assetsPrefix },
            image: { service: { entrypoint: config['image'].service.entrypoint, config: config['image'].service.config }, responsiveStyles: config['image'].responsiveStyles },
          },
          now: new Date(source.now).toISOString(),
          astroPackageJson: pathToFileURL(createRequire(import.meta.url).resolve('astro/package.json')).href,
        };
        const destination = options.logger.options.destination;
        workers = Array.from({ length: count }, () => new PageWorker(setup, (event) => destination.write(event), (w) => {
          if (workers.includes(w)) ready.push(w);
        }, (w, error) => {
          // A worker stopped by teardown is no failure of this build.
          if (workers.includes(w)) failure ??= error;
        }));
      };
      // 0: the workers start now and take pages from the first one (as every build did before WORKERS_AFTER).
      if (after === 0) {
        start();
        start = undefined;
        await Promise.all(workers.map((w) => w.ready));
      }
    },
    getStaticPaths: () => base.getStaticPaths(),
    async render(request, options) {
      const { routeData, collectMetadata } = options;
      if (start && ++requested >= after) {
        start();
        start = undefined;
      }
      if (failure) throw failure;
      // Until a worker has loaded the bundle, Astro's thread renders. Redirects and i18n fallbacks need the
      // build's own route table: they stay on Astro's thread.
      if (ready.length === 0 || (routeData.type !== 'page' && routeData.type !== 'endpoint')) return own(request, options);
      // The least busy renderer takes the page; Astro's thread, which also writes the files, only when strictly less busy.
      const worker = ready.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (ownInFlight < worker.inFlight) return own(request, options);
      worker.inFlight++;
      rendered.workers++;
      try {
        const reply = await worker.request({ type: 'render', id: nextId++, url: request.url, route: routeData.route, component: routeData.component, collectMetadata: !!collectMetadata });
        if (reply.type === 'failed') {
          const error = new Error(reply.message);
          if (reply.stack) error.stack = reply.stack;
          throw error;
        }
        if (reply.type !== 'rendered') throw new Error(`page worker: unexpected reply ${reply.type}`);
        const response = new Response(reply.body, { status: reply.status, statusText: reply.statusText, headers: reply.headers });
        return reply.metadata === undefined ? response : { response, metadata: reply.metadata as never };
      } finally {
        worker.inFlight--;
      }
    },
    async collectStaticImages() {
      // Images registered in the workers (lead images, thumbnails), merged by Astro into its own list.
      const merged = new Map<string, { originalSrcPath: string | undefined; transforms: Map<string, unknown> }>();
      // A worker that never got ready rendered nothing; one that failed fails the build.
      if (failure) throw failure;
      for (const worker of ready) {
        const reply = await worker.request({ type: 'images', id: nextId++ });
        if (reply.type !== 'images') continue;
        for (const [path, entry] of reply.images as Map<string, { originalSrcPath: string | undefined; transforms: Map<string, unknown> }>) {
          const known = merged.get(path);
          if (!known) merged.set(path, entry);
          else for (const [hash, transform] of entry.transforms) if (!known.transforms.has(hash)) known.transforms.set(hash, transform);
        }
      }
      const own = await base.collectStaticImages?.();
      for (const [path, entry] of own ?? []) if (!merged.has(path)) merged.set(path, entry as never);
      return merged as never;
    },
    async teardown() {
      // Said in every build with the pool, so a warm build's "no workers needed" is visible (and tests can see the pool work).
      report?.(`pages rendered: ${rendered.workers} on worker threads, ${rendered.own} on Astro's`);
      const stopping = workers;
      workers = [];
      ready = [];
      await Promise.all(stopping.map((w) => w.worker.terminate()));
      removeSnapshot(source.snapshotDir);
      await base.teardown?.();
    },
  };
  return prerenderer;
}
