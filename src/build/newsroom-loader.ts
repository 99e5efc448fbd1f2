/**
 * Content-layer loader for `content/articles`, `content/authors` and `content/sections`. Unlike Astro's
 * `glob()` it reads through the project's content check (YAML 1.2, every rule, precise messages), refuses
 * to load anything while content has errors, and renders Markdown through the project's remark/rehype
 * pipeline itself, skipping files whose digest is unchanged since the last build.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localImagePaths } from '#/check/body-images.ts';
import { bagFileFor, htmlFileFor, htmlStoreDir, writeHtmlFile } from './html-store.ts';
import { cacheSweepEnabled, sweepCache, touchUsed } from './cache-sweep.ts';
import { buildPartOf } from './build-part.ts';
import type { TermBag } from '#/domain/related/bag.ts';
import { hasSearchText, searchTextFile } from './search-text-store.ts';
import { checkLeadImage } from '#/check/rules/trust.ts';
import { decodeLocalImages } from '#/check/rules/image-decode.ts';
import { failureMessage } from '#/check/rules/guard.ts';
import { printDiagnostics, type Diagnostic } from '#/check/diagnostics.ts';
import { contentDirFor, type ContentRecord } from '#/check/content-check.ts';
import { followChanges } from './dev-content-watch.ts';
import { doneWithCheck, loadCheckForLoaders, noteContentChange, visibleArticleBatches } from './content-load.ts';
import { entryInputs } from './entry-inputs.ts';
import { packBag, type StoredFacts } from './article-facts.ts';
import { renderMarkdownBatch } from './render-batch.ts';
import { renderSourceOf } from '#/markdown/pipeline.ts';
import { markdownMode } from './optimise.ts';
import { site } from '#/site.config.ts';
import { optimise } from './optimise.ts';
import type { BuildContext } from '#/domain/context.ts';
import { context } from 'virtual:dateline/context';

export type Kind = 'articles' | 'authors' | 'sections' | 'tags';

/**
 * Bump when the Markdown pipeline's or the schemas' output changes, so cached entries are redone. 7: typeset
 * bodies, the related engine's bag of terms (`relatedBag`), links rewritten to canonical paths, local body photos.
 * 8: word counts from the text readers see (rehype-article-facts.ts).
 * 9: body HTML repaired to valid structure (rehype-valid-html.ts), link schemes read as browsers read them.
 * 10: every fact from the finished tree (rehype-article-facts.ts): the related bag read from the text readers see,
 * linked slugs from the final links, the lead; typeset heading text.
 * 11: backslash-escaped characters kept out of typography (escaped-literals.ts); boolean attributes normalised.
 * 12: comments and tags dropped from image alt text and titles (rehype-article-html.ts).
 * 13: heading ids in composed form (NFC, heading-ids.ts); raw `lang` values the W3C checker refuses dropped.
 * 14: the related bag packed into one string (article-facts.ts `packBag`), kept in a file beside the HTML.
 * 15: links to this site rewritten on the finished tree (rehype-site-links.ts): raw HTML `href`s too.
 * 16: strikethrough needs `~~` (a single `~`, as in "5~10 tonnes", stays text: remark-news-gfm.ts).
 * 17: footnote labels in the article's language (rehype-footnote-language.ts).
 * 18: a body heading never takes the id `top` (heading-ids.ts); `<data>` keeps no `value` (sanitize-schema.ts);
 *     blank-looking Hangul fillers read as spaces (reader-text.ts).
 * 19: no `cite` attribute on quotes, `<del>` and `<ins>` (sanitize-schema.ts).
 * 20: `<bdo dir="ltr|rtl">` kept (sanitize-schema.ts); one without that direction is a `<span>` (rehype-valid-html.ts).
 * 21: `./#place` and `.#place` are written `#place` (rehype-site-links.ts).
 * 22: `<bdi>` kept (sanitize-schema.ts).
 * 23: `<ruby>`, `<rt>`, `<rp>` kept, in the order HTML allows (sanitize-schema.ts, rehype-valid-html.ts).
 * 24: raw HTML `lang` with a withdrawn or special code (`iw`, `zxx`, `mul`) dropped, as the check refuses them.
 * 25: a bare URL ends at a square or curly bracket (bare-url-end.ts).
 * 26: paragraphs that print nothing (`&nbsp;`, `<p><br></p>`) dropped (rehype-empty-paragraphs.ts).
 * 33: a Markdown link's host kept as written, as raw HTML's (markdown-hrefs.ts): IPv6 and international hosts.
 * 39: raw HTML keeps the letters after `&` that HTML would read as an old reference (remark-legacy-references.ts);
 *     an address without a scheme (`example.org/a--b`) is not typeset (typography.ts).
 * 40: a body photo and the caption line under it are one figure (rehype-photo-captions.ts).
 */
const PIPELINE_VERSION = '48';
/** Everything besides the file that shapes a stored entry: pipeline, speed-ups and every site setting. */
const ENTRY_INPUTS = entryInputs(PIPELINE_VERSION, markdownMode, optimise, site);
/** Bodies rendered (on the worker threads) and stored per round, and their characters at most (round 28c #5). */
const RENDER_CHUNK = 5000;
const RENDER_CHUNK_CHARS = 32 * 1024 * 1024;

export function newsroomLoader(kind: Kind): Loader {
  return {
    name: `dateline-${kind}`,
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      // The context the integration decided; the loader's own root (a test fixture's) when it differs.
      const build: BuildContext = { ...context, root };
      await sync(ctx, kind, build, false);
      if (ctx.watcher) {
        const dir = contentDirFor(root);
        ctx.watcher.add(dir);
        const changed = followChanges(() => sync(ctx, kind, build, true), (err) => ctx.logger.error(String(err)));
        ctx.watcher.on('all', (_event, path) => {
          if (path !== dir && !path.startsWith(dir + sep)) return;
          noteContentChange();
          changed();
        });
      }
    },
  };
}

async function sync(ctx: LoaderContext, kind: Kind, build: BuildContext, fresh: boolean) {
  const t0 = performance.now();
  const { root } = build;
  const dev = build.mode === 'dev';
  const loaded = loadCheckForLoaders(build, { fresh });
  const { content } = loaded;
  if (content.diagnostics.some((d) => d.severity === 'error')) {
    // One report per change is enough: the articles loader reports; every collection keeps its last good data.
    if (kind === 'articles') stopOn(content.diagnostics, !!ctx.watcher);
    return;
  }
  // The dev server's terminal shows the warnings too, at start and after each change (round 31b #12: only beside an
  // error); a build printed them with the check already.
  if (kind === 'articles' && ctx.watcher && content.diagnostics.length > 0) printDiagnostics(content.diagnostics);
  // A build stores only the articles readers can see: a hidden article's lead image would otherwise be imported
  // and copied into dist/_astro (an embargoed photo public before its story). Checks still see every file.
  // A build reads the articles a batch at a time (content-load.ts): never every article's text at once.
  const batches: Iterable<ContentRecord<unknown>[]> = kind === 'articles' && !dev ? visibleArticleBatches(loaded, build) : [content[kind]];
  const stale = new Set(ctx.store.keys());
  // The store files this build uses, for the sweep at the end (cache-sweep.ts): a whole build's articles only.
  const touch = kind === 'articles' && optimise && cacheSweepEnabled();
  const sweep = touch && !dev && buildPartOf() === undefined;
  const used = new Set<string>();
  // Article HTML goes to files (see html-store.ts); the small author and section bodies stay in the store.
  const toFile = optimise && kind === 'articles';
  // Anything that fails for one file from here on is one line naming that file (see stopOn).
  const failures: Diagnostic[] = [];
  const fail = (record: ContentRecord<unknown>, field: string, message: string, line = 1) =>
    failures.push({ file: record.file, line, column: 1, field, message, severity: 'error' });
  let entries = 0;
  let renderedCount = 0;
  let checkMs = 0;
  let renderMs = 0;
  let pending: { record: ContentRecord<unknown>; digest: string }[] = [];
  let pendingChars = 0;

  // Renders and stores what is pending: what a rendered body hands back (headings, the related bag before it is
  // packed) is held for one chunk, never for the whole archive.
  const flush = async (chunk: { record: ContentRecord<unknown>; digest: string }[]) => {
    if (chunk.length === 0) return;
    renderedCount += chunk.length;
    const renderStart = performance.now();
    const rendered = await renderMarkdownBatch(
      chunk.map(({ record, digest }) => ({
        body: record.body,
        lang: kind === 'articles' ? (record.data as { lang?: string }).lang : undefined,
        // Where the file sits, so the renderer judges where its local image paths lead (rehype-allowed-images.ts).
        ...renderSourceOf(contentDirFor(root), record.path),
        htmlFile: toFile ? htmlFileFor(root, digest) : undefined,
        // The search index reads what readers see (see search-text-store.ts).
        textFile: kind === 'articles' ? searchTextFile(root, markdownMode, record.body) : undefined,
        // Articles keep only what the related engine reads of the body (a few KB): Astro bundles and parses the
        // whole store on every build.
        related: kind === 'articles' ? { lang: (record.data as { lang?: string }).lang } : undefined,
      })),
    );
    renderMs += performance.now() - renderStart;
    for (const [i, { record, digest }] of chunk.entries()) {
      const out = rendered[i];
      if (!out) continue;
      if ('error' in out) {
        fail(record, 'body', failureMessage('rendered', out.error), record.bodyLine);
        continue;
      }
      // The content check already ran this schema; Astro's own pass is needed only to resolve image() fields.
      const image = (record.data as { image?: { src: string } }).image;
      const bodyImages = kind === 'articles' ? localImagePaths(record.body) : [];
      const needsAstro = !optimise || image !== undefined || bodyImages.length > 0;
      // Astro's image() hands the lead image and the body's photos to Vite as imports: each file is checked again
      // right before, so a file swapped for a link or a script since the check (the dev server runs for hours)
      // never gets there.
      const contentDir = contentDirFor(root);
      const show = (p: string) => relative(root, p);
      const refused = image && checkLeadImage(contentDir, record.path, image.src, show);
      if (refused) {
        fail(record, 'image.src', refused);
        continue;
      }
      const refusedBody = bodyImages.map((src) => checkLeadImage(contentDir, record.path, src, show)).find(Boolean);
      if (refusedBody) {
        fail(record, 'body', refusedBody, record.bodyLine);
        continue;
      }
      // And decoded as the image pipeline will: a photo it cannot convert would be published as its original bytes.
      const undecodable = await decodeLocalImages([
        ...(image ? [{ file: record.file, field: 'image.src', line: 1, path: resolve(record.path, '..', image.src), src: image.src }] : []),
        ...bodyImages.map((src) => ({ file: record.file, field: 'body', line: record.bodyLine, path: resolve(record.path, '..', src), src })),
      ]);
      if (undecodable.length) {
        failures.push(...undecodable);
        continue;
      }
      const raw = bodyImages.length ? { ...record.raw, bodyImages } : record.raw;
      let data: Record<string, unknown>;
      try {
        data = needsAstro ? await ctx.parseData({ id: record.id, data: raw, filePath: record.path }) : (record.data as Record<string, unknown>);
      } catch (error) {
        fail(record, 'frontmatter', failureMessage('checked', error));
        continue;
      }
      // Astro ignores a set() whose digest matches the stored one; a re-render (e.g. of a lost HTML file) must replace.
      ctx.store.delete(record.id);
      const facts: StoredFacts = {
        headings: out.headings,
        wordCount: out.wordCount,
        ...(toFile ? { htmlFile: htmlFileFor(root, digest) } : {}),
        ...(kind === 'articles' ? { lead: out.lead, linked: out.linked, ...storedBag(out.relatedBag, toFile ? bagFileFor(root, digest) : undefined) } : {}),
        // The body's local photos in the order of `data.bodyImages`, for the page to swap in Astro's images.
        ...(bodyImages.length ? { localImages: bodyImages } : {}),
      };
      ctx.store.set({
        id: record.id,
        data,
        // Article bodies stay out of the store (Astro bundles and parses all of it on every build): pages read the
        // facts above.
        ...(kind === 'articles' ? {} : { body: record.body }),
        // Relative to the project root (Astro resolves image imports against it), also for content kept elsewhere.
        filePath: relative(root, record.path).split(sep).join('/'),
        digest,
        rendered: { html: out.html, metadata: { ...facts } },
      });
    }
  };

  for (const records of batches) {
    let checkStart = performance.now();
    entries += records.length;
    for (const record of records) {
      stale.delete(record.id);
      // Entries stored by the dev server (drafts shown, images resolved its way) are never reused by a build, nor
      // entries of another content folder with the same relative path and text (test fixtures share the cache):
      // their lead image resolved against that folder.
      const digest = ctx.generateDigest(`${ENTRY_INPUTS}|${build.mode}\n${record.path}\n${record.source}`);
      const existing = ctx.store.get(record.id);
      const htmlFile = existing?.rendered?.metadata?.['htmlFile'];
      const bagFile = existing?.rendered?.metadata?.['relatedBagFile'];
      const textFile = kind === 'articles' ? searchTextFile(root, markdownMode, record.body) : undefined;
      const textReady = textFile === undefined || hasSearchText(textFile);
      const filesReady = [htmlFile, bagFile].every((file) => typeof file !== 'string' || existsSync(file));
      if (sweep) for (const file of [htmlFileFor(root, digest), bagFileFor(root, digest), textFile]) if (file) used.add(file);
      if (existing?.digest === digest && existing.rendered && textReady && filesReady) {
        // Reused: marked as used now, so another build's sweep leaves it (cache-sweep.ts).
        if (touch) touchUsed([htmlFile, bagFile, textFile].map((f) => (typeof f === 'string' ? f : undefined)));
        continue;
      }
      pending.push({ record, digest });
      pendingChars += record.body.length;
      if (pending.length >= RENDER_CHUNK || pendingChars >= RENDER_CHUNK_CHARS) {
        checkMs += performance.now() - checkStart;
        await flush(pending);
        pending = [];
        pendingChars = 0;
        checkStart = performance.now();
      }
    }
    checkMs += performance.now() - checkStart;
  }
  await flush(pending);
  pending = [];
  for (const id of stale) ctx.store.delete(id);
  // What no visible article uses any more (older renders of edited articles, deleted ones) leaves the cache.
  if (sweep && failures.length === 0) {
    const removed = sweepCache(htmlStoreDir(root), used);
    if (removed > 0) ctx.logger.info(`${removed} cached render${removed === 1 ? '' : 's'} no article uses any more removed`);
  }
  stopOn(failures, !!ctx.watcher);
  doneWithCheck(build, kind);
  ctx.logger.info(
    `${entries} entries, ${renderedCount} rendered: check ${Math.round(checkMs)} ms, render ${Math.round(renderMs)} ms, store ${Math.round(performance.now() - t0 - checkMs - renderMs)} ms`,
  );
}

/** The related bag as the store keeps it: packed, in its own file when `file` is given (see html-store.ts). */
function storedBag(bag: TermBag | undefined, file: string | undefined): Pick<StoredFacts, 'relatedBag' | 'relatedBagFile'> {
  if (!bag) return {};
  const packed = packBag(bag);
  if (!file || typeof packed !== 'string') return { relatedBag: packed };
  writeHtmlFile(file, packed);
  return { relatedBagFile: file };
}

/**
 * Content errors met while loading (or files the loader could not turn into entries): one line each, never a
 * stack trace. A build (or `astro sync`) stops; the dev server keeps running on the last good content, so the
 * page reloads once the file is fixed.
 */
function stopOn(diagnostics: Diagnostic[], dev: boolean): void {
  if (diagnostics.length === 0) return;
  const { errors } = printDiagnostics(diagnostics);
  const count = `${errors} content error${errors === 1 ? '' : 's'}`;
  if (dev) {
    console.error(`✗ ${count}; the dev server answers every page with these lines (HTTP 500) until ${errors === 1 ? 'it is' : 'they are'} fixed`);
    return;
  }
  console.error(`\n✗ build stopped: ${count}`);
  process.exit(1);
}
