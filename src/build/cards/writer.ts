/**
 * The build's card pool: cards missing from the cache are drawn on worker threads, each writing every card to
 * the cache as soon as it is drawn (nothing is held until the end), and the site gets a copy of each card.
 * Started when the build starts, the pool draws while Astro renders pages; the build copies the cards at the end.
 */
import { constants, copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { errorLine } from '#/check/rules/guard.ts';
import { cardHash, type CardInput } from '#/outputs/social-cards.ts';
// Also loads sharp in the main thread, which keeps its native libraries loaded while workers use and release
// them (sharp #2263).
import { createCardRenderer } from './draw.ts';

export interface CardRun {
  drawn: number;
  reused: number;
  ms: number;
  /** Cards that could not be drawn (the first line of what was thrown), by article slug: one never stops the rest. */
  failed: CardFailure[];
}

export interface CardFailure {
  slug: string;
  error: string;
}

export interface CardPool {
  /** Resolves when every missing card is in the cache. */
  done: Promise<CardRun>;
}

/** Starts drawing the cards missing from `cacheDir` on `threads` worker threads. */
export function startCards(inputs: CardInput[], cacheDir: string, threads = availableParallelism()): CardPool {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const seen = new Set<string>();
  // One drawing per distinct card (two articles may share a headline and section).
  const missing = inputs.filter((i) => {
    const hash = cardHash(i);
    if (seen.has(hash)) return false;
    seen.add(hash);
    return !existsSync(join(cacheDir, `${hash}.png`));
  });
  const count = Math.max(1, Math.min(threads, Math.ceil(missing.length / 16)));
  const failed: CardFailure[] = [];
  const done = (async () => {
    await Promise.all(
      Array.from({ length: count }, (_, t) => missing.filter((_, i) => i % count === t)).map((share) =>
        share.length === 0
          ? Promise.resolve()
          : new Promise<void>((resolve, reject) => {
              const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { inputs: share, cacheDir } });
              worker.on('message', (failures: CardFailure[]) => failed.push(...failures));
              worker.once('error', reject);
              worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`social card worker stopped with code ${code}`))));
            }),
      ),
    );
    return { drawn: missing.length - failed.length, reused: inputs.length - missing.length, ms: Math.round(performance.now() - started), failed };
  })();
  return { done };
}

/**
 * Copies every input's card from the cache to `outDir/og/<slug>.png`: a copy-on-write clone where the file system
 * has them, else a copy (never a hard link: a tool that rewrote a published card in place would corrupt the cache).
 */
export function publishCards(inputs: CardInput[], cacheDir: string, outDir: string, failed: readonly CardFailure[] = []): void {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const bad = new Set(failed.map((f) => f.slug));
  for (const i of inputs) if (!bad.has(i.slug)) copyFileSync(join(cacheDir, `${cardHash(i)}.png`), join(outDir, 'og', `${i.slug}.png`), constants.COPYFILE_FICLONE);
}

/** Draws what is missing, then publishes: `outDir/og/<slug>.png` for every input. */
export async function writeCards(inputs: CardInput[], cacheDir: string, outDir: string, threads?: number): Promise<CardRun> {
  const run = await startCards(inputs, cacheDir, threads).done;
  publishCards(inputs, cacheDir, outDir, run.failed);
  return run;
}

/**
 * Worker side: draws the given cards into the cache, two at a time (sharp's own threads encode one while the next
 * is laid out); returns the cards that could not be drawn.
 */
export async function drawIntoCache(inputs: CardInput[], cacheDir: string): Promise<CardFailure[]> {
  const failed: CardFailure[] = [];
  const renderers = new Map<string, ReturnType<typeof createCardRenderer>>();
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const input = inputs[next++]!;
      try {
        if (!renderers.has(input.siteName)) renderers.set(input.siteName, createCardRenderer(input.siteName, join(cacheDir, 'fonts')));
        const png = await (await renderers.get(input.siteName)!).draw(input);
        const file = join(cacheDir, `${cardHash(input)}.png`);
        const tmp = `${file}.${process.pid}.${threadId}.tmp`;
        writeFileSync(tmp, png);
        renameSync(tmp, file); // a killed build never leaves a broken card in the cache
      } catch (error) {
        failed.push({ slug: input.slug, error: errorLine(error) });
      }
    }
  };
  await Promise.all([lane(), lane()]);
  return failed;
}
