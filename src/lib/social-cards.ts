/**
 * Per-article social cards (1200×630 PNG: section, headline, site name), drawn with satori and resvg when the
 * site setting `socialCards` is "generated". An article with a lead image uses that instead; an article in a
 * script satori cannot shape (Arabic script: Pashto, Dari, Urdu…) uses the site card. Cards are cached by a
 * hash of everything drawn, so an unchanged article is never redrawn, and drawn on worker threads.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { errorLine } from './check/guard.ts';

export interface CardInput {
  slug: string;
  title: string;
  section: string;
  siteName: string;
}

/** Bump when the drawing changes, so cached cards are redrawn. */
const CARD_VERSION = '1';
const LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\s]*$/u;

/** Path of an article's generated card, or undefined when it gets its lead image or the site card. */
export function generatedCardPath(
  article: { slug: string; title: string; hasImage: boolean; section?: string },
  mode: 'site' | 'generated',
  siteName = '',
): string | undefined {
  // Everything drawn must be in a script the card fonts cover.
  const drawable = [article.title, article.section ?? '', siteName].every((text) => LATIN.test(text));
  if (mode !== 'generated' || article.hasImage || !drawable) return undefined;
  return `/og/${article.slug}.png`;
}

export function cardHash(input: CardInput): string {
  return createHash('sha256').update(JSON.stringify([CARD_VERSION, input.title, input.section, input.siteName])).digest('hex').slice(0, 20);
}

const require = createRequire(import.meta.url);
function fonts() {
  const file = (pkg: string, name: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${name}`));
  return [
    { name: 'Noto Serif', data: file('noto-serif', 'noto-serif-latin-700-normal.woff'), weight: 700 as const, style: 'normal' as const },
    { name: 'Noto Serif', data: file('noto-serif', 'noto-serif-latin-400-normal.woff'), weight: 400 as const, style: 'normal' as const },
  ];
}

/** Draws one card. */
export async function drawCard(input: CardInput): Promise<Buffer> {
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const size = input.title.length > 110 ? 50 : input.title.length > 70 ? 60 : 72;
  const svg = await satori(
    {
      type: 'div',
      key: null,
      props: {
        style: { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#16181d', color: '#ffffff', fontFamily: 'Noto Serif' },
        children: [
          {
            type: 'div',
            key: null,
            props: {
              style: { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 72px 40px' },
              children: [
                { type: 'div', key: null, props: { style: { fontSize: 30, fontWeight: 700, letterSpacing: 3, color: '#f08f84', textTransform: 'uppercase' }, children: input.section } },
                { type: 'div', key: null, props: { style: { display: 'flex', flexGrow: 1, alignItems: 'center', fontSize: size, fontWeight: 700, lineHeight: 1.15 }, children: input.title } },
              ],
            },
          },
          {
            type: 'div',
            key: null,
            props: {
              style: { display: 'flex', height: 96, alignItems: 'center', padding: '0 72px', background: '#8a1c1c', fontSize: 40, fontWeight: 700 },
              children: input.siteName,
            },
          },
        ],
      },
    },
    { width: 1200, height: 630, fonts: fonts() },
  );
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}

export interface CardRun {
  drawn: number;
  reused: number;
  ms: number;
  /** Cards that could not be drawn (the first line of what was thrown), by article slug. */
  failed: { slug: string; error: string }[];
}

/** Writes `outDir/og/<slug>.png` for every input, drawing only cards missing from `cacheDir`. */
export async function writeCards(inputs: CardInput[], cacheDir: string, outDir: string): Promise<CardRun> {
  const started = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const missing = inputs.filter((i) => !existsSync(join(cacheDir, `${cardHash(i)}.png`)));
  const threads = Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(missing.length / 8)));
  const chunk = Math.ceil(missing.length / threads);
  const failed: CardRun['failed'] = [];
  await Promise.all(
    Array.from({ length: threads }, (_, t) => missing.slice(t * chunk, (t + 1) * chunk)).map((slice) =>
      slice.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const worker = new Worker(new URL('./social-card-worker.ts', import.meta.url), { workerData: { inputs: slice, cacheDir } });
            worker.once('message', (failures: CardRun['failed']) => {
              failed.push(...failures);
              resolve();
              void worker.terminate();
            });
            worker.once('error', reject);
          }),
    ),
  );
  const bad = new Set(failed.map((f) => f.slug));
  for (const i of inputs) if (!bad.has(i.slug)) copyFileSync(join(cacheDir, `${cardHash(i)}.png`), join(outDir, 'og', `${i.slug}.png`));
  return { drawn: missing.length - failed.length, reused: inputs.length - missing.length, ms: Math.round(performance.now() - started), failed };
}

/** Worker side: draw the given cards into the cache; returns the ones that failed (one card never stops the rest). */
export async function drawIntoCache(inputs: CardInput[], cacheDir: string): Promise<CardRun['failed']> {
  const failed: CardRun['failed'] = [];
  for (const input of inputs) {
    const file = join(cacheDir, `${cardHash(input)}.png`);
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    try {
      writeFileSync(tmp, await drawCard(input));
      renameSync(tmp, file); // a killed build never leaves a broken card in the cache
    } catch (error) {
      failed.push({ slug: input.slug, error: errorLine(error) });
    }
  }
  return failed;
}
