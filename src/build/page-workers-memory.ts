/**
 * How many page workers fit the machine's memory (DATELINE_PAGE_WORKERS=auto). Each worker imports the built
 * site and so holds one more copy of what Astro's own thread holds for rendering: the content store, the
 * newsroom and Astro's route table. `auto` starts a worker only when that copy, estimated from the number of
 * articles, fits in the memory the machine has left, with room kept for the rest of the build (one search shard's
 * Pagefind process, the social-card worker, garbage collection). A number of workers is taken as given.
 */
import { freemem } from 'node:os';

/**
 * One worker's memory: a fixed part (Astro's runtime, the site's code, the young generation) and a part per
 * visible article. Heap snapshots at 5,000 articles measured ~96 MiB of live heap in a worker, ~14 KB an article
 * over its fixed part (README "Where the memory goes"); the estimate leaves room for garbage between collections.
 */
export const WORKER_COST = { fixedBytes: 160 * 2 ** 20, perArticleBytes: 30 * 2 ** 10 } as const;
/** Kept free for what else grows while pages render: a search shard in Pagefind (~0.6 GB), cards, GC headroom. */
export const RESERVE_BYTES = 1.5 * 2 ** 30;

/** The estimated memory of one page worker for a site of `articles` visible articles. */
export function workerBytes(articles: number): number {
  return WORKER_COST.fixedBytes + WORKER_COST.perArticleBytes * Math.max(0, articles);
}

/**
 * The memory this process may still take: what the kernel reports available (MemAvailable), or less under a
 * container's limit (cgroup: `process.constrainedMemory()`, minus what the process holds already).
 */
export function availableBytes(): number {
  const free = freemem();
  const limit = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0;
  // 0, or a huge number, means no limit was set.
  if (!limit || limit >= Number.MAX_SAFE_INTEGER / 2) return free;
  return Math.min(free, Math.max(0, limit - process.memoryUsage.rss()));
}

export interface WorkerFit {
  /** Workers to start (≤ wanted). */
  count: number;
  /** Why fewer than wanted, for the build log; undefined when all fit. */
  reason: string | undefined;
}

/** How many of `wanted` workers fit in `available` bytes for a site of `articles` articles. */
export function workersThatFit(wanted: number, articles: number, available: number): WorkerFit {
  const each = workerBytes(articles);
  const fit = Math.max(0, Math.floor((available - RESERVE_BYTES) / each));
  if (fit >= wanted) return { count: wanted, reason: undefined };
  const gib = (b: number) => `${(b / 2 ** 30).toFixed(1)} GB`;
  return {
    count: fit,
    reason:
      `a page worker would hold ~${gib(each)} for ${articles} articles and ${gib(available)} is available ` +
      `(${gib(RESERVE_BYTES)} kept for the rest of the build): ${fit === 0 ? 'no worker' : `${fit} of ${wanted}`}; ` +
      `set DATELINE_PAGE_WORKERS to a number to override`,
  };
}
