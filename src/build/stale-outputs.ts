/**
 * Files an earlier build left in the output folder that this build no longer publishes (round 16, finding 5).
 * An incremental build keeps `dist/` to copy unchanged pages, so a body photo replaced under the same name, or
 * the photo of an article taken down, stayed online at its old address: its web copies in `dist/_astro/` were
 * referenced by no page, and a full build (`--force`) would not write them. The same for the social card of an
 * article deleted or given a lead image (`dist/og/`). After the pages, feeds and cards are written:
 * - an image in `_astro/` that no page, feed, stylesheet or script of the site names is removed;
 * - a card in `og/` that this build did not publish, and that `public/og/` does not hold, is removed.
 * Not in a build part: another part's pages may name its images (the merge keeps them all).
 *
 * Only what this build wrote is read for the names (round 17): the files of its pages and endpoints (feeds, the
 * search words, the news sitemap), as Astro hands them to `astro:build:done`, and the bundle's stylesheets and
 * scripts in `_astro/`. Astro empties the output folder first and the sitemaps (written after this) name no asset,
 * so that is every file that may name one, without a walk over the whole of `dist/`.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeHtmlEntities } from '#/domain/html-entities.ts';

const IMAGE = new Set(['.webp', '.avif', '.png', '.jpg', '.jpeg', '.gif', '.svg']);
/** Files that may name an asset: pages, feeds, sitemaps, stylesheets, scripts, the manifest. */
const TEXT = new Set(['.html', '.xml', '.json', '.css', '.js', '.mjs', '.txt', '.webmanifest']);
// An address of the asset folder, up to where an attribute, a tag or a srcset candidate ends; where the name inside
// ends (a CSS `)`, a JS `'`, a query) is found by namesIn.
const ASTRO_ASSET = /\/_astro\/([^"\s<>]+)/g;
/** Characters that may end an asset's name inside an address: each prefix before one is a candidate name. */
const NAME_ENDS = /[)',?#\\;]/g;

/**
 * The file names an address of `_astro/` may stand for. Pages write names percent-encoded and HTML-escaped
 * (`rail%20wagons%202.…webp`, `nadia&#39;s.…webp`), so a photo named with a space, a bracket, an apostrophe, an
 * accent or Dari letters was named by no page as read, and removed from a fresh build (round 28a #7, critical).
 */
function namesIn(address: string): string[] {
  const out = new Set<string>();
  for (const form of [address, decodeHtmlEntities(address)]) {
    for (const cut of [form, ...[...form.matchAll(NAME_ENDS)].map((m) => form.slice(0, m.index))]) {
      out.add(cut);
      try {
        out.add(decodeURIComponent(cut));
      } catch {
        // A `%` that starts no escape: the name as written is already in.
      }
    }
  }
  return [...out];
}

/**
 * Removes the files described above; returns how many went. `written`: the files of the pages and endpoints this
 * build wrote (absolute paths); `cards`: the slugs whose cards this build published.
 */
export function removeStaleOutputs(outDir: string, opts: { written: Iterable<string>; cards?: ReadonlySet<string> | undefined; publicDir: string }): number {
  let removed = 0;
  const assets = join(outDir, '_astro');
  if (existsSync(assets)) {
    const inAssets = readdirSync(assets);
    const named = new Set<string>();
    for (const file of [...opts.written, ...inAssets.map((name) => join(assets, name))]) {
      if (!TEXT.has(extname(file).toLowerCase()) || !existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      if (!text.includes('/_astro/')) continue;
      for (const m of text.matchAll(ASTRO_ASSET)) for (const name of namesIn(m[1]!)) named.add(name);
    }
    for (const name of inAssets) {
      if (!IMAGE.has(extname(name).toLowerCase()) || named.has(name)) continue;
      rmSync(join(assets, name), { force: true });
      removed++;
    }
  }
  const og = join(outDir, 'og');
  if (opts.cards && existsSync(og)) {
    const kept = existsSync(join(opts.publicDir, 'og')) ? new Set(readdirSync(join(opts.publicDir, 'og'))) : new Set<string>();
    for (const name of readdirSync(og)) {
      if (kept.has(name) || !name.endsWith('.png') || opts.cards.has(name.slice(0, -4))) continue;
      rmSync(join(og, name), { force: true });
      removed++;
    }
  }
  return removed;
}
