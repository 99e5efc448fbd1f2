/**
 * The build's card pool: cards missing from the cache are drawn on worker threads, each writing every card to
 * the cache as soon as it is drawn (nothing is held until the end), and the site gets each card from the cache.
 * Started when the build starts, the pool draws while Astro renders pages; the build copies the cards at the end.
 */
import { constants, copyFileSync, linkSync, mkdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { errorLine } from '#/check/rules/guard.ts';
import { cardHash, type CardInput } from '#/outputs/social-cards.ts';
import { cacheSweepEnabled, touchUsed } from '../cache-sweep.ts';
// Also loads sharp in the main thread, which keeps its native libraries loaded while workers use and release
// them (sharp #2263).
import { createCardRenderer } from './draw.ts';
import { isolateCardFonts } from './fonts.ts';
import { optimise } from '../optimise.ts';

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
  // Before any worker starts: a worker inherits the environment but cannot change what its native code reads.
  isolateCardFonts(cardFontDir(cacheDir));
  const seen = new Set<string>();
  // One drawing per distinct card (two articles may share a headline and section).
  const missing = inputs.filter((i) => {
    const hash = cardHash(i);
    if (seen.has(hash)) return false;
    seen.add(hash);
    return !isDrawnCard(join(cacheDir, `${hash}.png`));
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

const cardFontDir = (cacheDir: string) => join(cacheDir, 'fonts');

/**
 * A card in the cache carries this modification time, set when it was drawn. The site's cards are hard links to
 * the cache (see publishCards); a tool that rewrote a published card in place (an image optimiser writing over
 * the file) would rewrite the cached one too, and give it a new modification time: such a card is drawn again.
 */
const DRAWN_AT = new Date('2000-01-01T00:00:00Z');

function isDrawnCard(file: string): boolean {
  try {
    return statSync(file).mtimeMs === DRAWN_AT.getTime();
  } catch {
    return false;
  }
}

/** The cached card of `input` (named by the digest of what it shows). */
export const cardFile = (cacheDir: string, input: CardInput): string => join(cacheDir, `${cardHash(input)}.png`);

/**
 * Puts every input's card from the cache at `outDir/og/<slug>.png`: a copy (a copy-on-write clone where the file
 * system has them), or with `DATELINE_CARD_LINKS=on` a hard link (one directory entry, no copy of the bytes; a copy
 * where links are not possible). The bytes are the same either way. Links are opt-in because a linked card shows
 * the cache's fixed modification time (DRAWN_AT): web servers send it as Last-Modified, and deploy tools that
 * compare size and time (rsync's default) could miss a changed card of the same size.
 */

export function publishCards(inputs: CardInput[], cacheDir: string, outDir: string, failed: readonly CardFailure[] = []): void {
  const sweeping = cacheSweepEnabled();
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const links = optimise && process.env['DATELINE_CARD_LINKS'] === 'on';
  const bad = new Set(failed.map((f) => f.slug));
  for (const i of inputs) {
    if (bad.has(i.slug)) continue;
    const from = cardFile(cacheDir, i);
    // Used by this build: another build's sweep of the shared cache leaves it (cache-sweep.ts).
    if (sweeping) touchUsed([from]);
    const to = join(outDir, 'og', `${i.slug}.png`);
    if (!links || !hardLink(from, to)) copyFileSync(from, to, constants.COPYFILE_FICLONE);
  }
}

function hardLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    // A card left by an earlier build into the same folder is replaced.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    rmSync(to, { force: true });
    try {
      linkSync(from, to);
      return true;
    } catch {
      return false;
    }
  }
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
        if (!renderers.has(input.siteName)) renderers.set(input.siteName, createCardRenderer(input.siteName, cardFontDir(cacheDir)));
        const png = await (await renderers.get(input.siteName)!).draw(input);
        const file = join(cacheDir, `${cardHash(input)}.png`);
        const tmp = `${file}.${process.pid}.${threadId}.tmp`;
        writeFileSync(tmp, png);
        // Drawn at the fixed time; accessed now, so another build's cache sweep leaves it for an hour (cache-sweep.ts).
        utimesSync(tmp, new Date(), DRAWN_AT);
        renameSync(tmp, file); // a killed build never leaves a broken card in the cache
      } catch (error) {
        failed.push({ slug: input.slug, error: errorLine(error) });
      }
    }
  };
  await Promise.all([lane(), lane()]);
  return failed;
}
