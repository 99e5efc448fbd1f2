/**
 * The Dateline integration: before `astro build` renders anything, it runs the content check and stops the
 * build with the same one-line messages as `npm run check:content` (no stack trace for an editor's mistake).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectLastmods, lastmodLog, saveLastmods, startLastmodLog } from './build/lastmod.ts';
import { previousBuildFiles, readPageList, savePageList, type PreviousBuildFiles } from './build/previous-build.ts';
import { goneArticlePages, readFormerPages, saveFormerPages, type FormerPages, type UnpublishedArticle } from './build/gone-pages.ts';
import { revalidateDevImages } from './build/dev-images.ts';
import { outputFolderProblem } from './build/output-folder.ts';
import { goneAliasPages, readAliasPages, saveAliasPages, type AliasedArticle } from './build/gone-aliases.ts';
import { contentDirFor } from './check/content-check.ts';
import { checkCommand } from './check/content-dir.ts';
import { contentDirVariableProblem } from './check/content-folder-arg.ts';
import { forgetCheckedContent, loadCheckedContent } from './build/content-load.ts';
import { integrationLists, type IntegrationLists } from './build/integration-lists.ts';
import { dropSharedCheck } from './build/check-snapshot.ts';
import { scheduledSummary } from './check/rules/editorial.ts';
import { printDiagnostics } from './check/diagnostics.ts';
import { localImageLines } from './check/rules/image-decode.ts';
import { showContentErrors } from './build/dev-errors.ts';
import { devMiddlewareFirst } from './build/dev-aliases.ts';
import { contentLinkGuard } from './build/dev-content-guard.ts';
import { publishSearchShards, shardLimit, startSearchShards, type SearchShardsRun } from './build/search-shards.ts';
import { buildPartOrStop, partPrerenderer, planPart } from './build/build-part.ts';
import { removeStaleOutputs } from './build/stale-outputs.ts';
import { readLeadImages, startLeadImages } from './build/part-images.ts';
import { optimise } from './build/optimise.ts';
import { pageWorkerPlan, pageWorkerPrerenderer, workersAfter } from './build/page-workers.ts';
import { availableBytes } from './build/page-workers-memory.ts';
import { prerenderOutputPlugin, type PrerenderOutput } from './build/prerender-snapshot.ts';
import { cardFile, publishCards, startCards, type CardPool } from './build/cards/writer.ts';
import { cacheSweepEnabled, sweepCache } from './build/cache-sweep.ts';
import type { CardInput } from './outputs/social-cards.ts';
import { decideContext, pageVisibility, type BuildContext } from './domain/context.ts';
import { contextPlugin } from './build/context-plugin.ts';
import { orStop } from './build/or-stop.ts';
import { strictSetting } from './build/strict-setting.ts';
import { checkSpeedSwitches } from './build/speed-switches.ts';

/**
 * The integration, the build context it decided (read by the sitemap's filter in astro.config.ts) and, in a build
 * part (DATELINE_BUILD_PART, src/build/build-part.ts), the URLs of the pages the other parts render, filled in
 * while the paths are listed, for the sitemap part 1 writes.
 */
export default function dateline(): AstroIntegration & { context: () => BuildContext; pagesElsewhere: string[] } {
  let context: BuildContext = orStop(() => decideContext('build', process.cwd()));
  const part = buildPartOrStop();
  // The other settings read from the environment, read now: a mistyped one stops the build with one line before
  // the check runs, not with a hook's stack trace after the content sync (round 19: DATELINE_SEARCH_SHARDS=0).
  orStop(() => (shardLimit(), pageWorkerPlan(), workersAfter()));
  const pagesElsewhere: string[] = [];
  let siteRoot: URL | undefined;
  let search: SearchShardsRun | undefined;
  let cards: { inputs: CardInput[]; pool: CardPool; fileOf: Map<string, string> } | undefined;
  // What the build reads of the content check after astro:config:setup (src/build/integration-lists.ts).
  let lists: IntegrationLists | undefined;
  // Former slugs of unpublished articles, kept from the check for the gone-page warning at the end (gone-pages.ts).
  let heldFormerSlugs = new Map<string, string>();
  let unpublished = new Map<string, UnpublishedArticle>();
  let aliased: AliasedArticle[] = [];
  let previousAliases = new Map<string, string>();
  // The old addresses of renamed stories: the previous build's, with the articles they bear on, and this build's.
  let former: FormerPages & { lists: Map<string, string[]> } = { previous: new Map(), articles: [], lists: new Map() };
  // The previous build's pages, kept for this content folder and output folder (src/build/previous-build.ts).
  let memory: PreviousBuildFiles | undefined;
  const cardCache = () => join(context.cacheDir, 'dateline-cards');
  // Sitemap dates of pages an incremental build restores instead of rendering (see lastmod.ts).
  let lastmodFile = '';
  // The prerender bundle this build wrote, for the page workers' own copy (src/build/prerender-snapshot.ts).
  let prerenderOutput: PrerenderOutput | undefined;
  return {
    name: 'dateline',
    context: () => context,
    pagesElsewhere,
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        // The one decision of "dev or build", "now" and the cache folders, for the loader and the pages too.
        // Named by the output folder: stable from build to build, apart for concurrent builds into other folders.
        const buildId = createHash('sha256').update(fileURLToPath(config.outDir)).digest('hex').slice(0, 16);
        context = orStop(() => decideContext(command, fileURLToPath(config.root), process.env, buildId));
        updateConfig({ vite: { plugins: [contextPlugin(context), prerenderOutputPlugin((output) => (prerenderOutput = output)), devMiddlewareFirst()] } });
        const { root } = context;
        // A file, or a folder that is no content folder, in DATELINE_CONTENT_DIR: the check's one line (round 31b F9).
        if (command === 'build' || command === 'dev') {
          orStop(() => {
            const problem = contentDirVariableProblem(root);
            if (problem) throw new Error(problem);
          }, command === 'dev' ? 'dev server' : 'build');
        }
        // Astro rewrites its list of content images only when an entry changed, so a list left by another run
        // (a sync of a test fixture's content, `astro check`) would be kept while the stored entries are reused,
        // and their images would reach pages as plain paths. Removed here, it is always written afresh.
        rmSync(join(root, '.astro', 'content-assets.mjs'), { force: true });
        if (command !== 'build') return;
        const outputProblem = outputFolderProblem(fileURLToPath(config.outDir), root, contentDirFor(root), (p) => relative(root, p) || '.');
        if (outputProblem) orStop(() => { throw new Error(outputProblem); });
        // DATELINE_STRICT=1 (CI) makes warnings stop the build too, as check:content --strict does; read before the
        // check, so a mistyped switch stops the build at once.
        const strict = orStop(() => strictSetting(process.env));
        orStop(() => checkSpeedSwitches(process.env));
        // Shared with the content layer's loaders of this build, which would otherwise check every file again.
        const content = loadCheckedContent(context, { share: true });
        // Local images are decoded as the image pipeline will (a photo it cannot convert is published unconverted).
        const { errors, warnings } = printDiagnostics([...content.diagnostics, ...(await localImageLines(content.localImages))]);
        if (errors > 0 || (strict && warnings > 0)) {
          const what = errors > 0 ? `${errors} content error${errors === 1 ? '' : 's'}` : `${warnings} content warning${warnings === 1 ? '' : 's'} (DATELINE_STRICT=${process.env['DATELINE_STRICT']?.trim()})`;
          console.error(`\n✗ build stopped: ${what} (run ${checkCommand()} to see them again)`);
          process.exit(1);
        }
        const scheduled = scheduledSummary(content.articles, pageVisibility(context));
        if (scheduled) logger.info(scheduled);
        logger.info(`content is valid: ${content.articles.length} articles`);
        // What the rest of the build reads of the check is taken; the check itself (every file's text) is let go
        // before the content sync, whose loaders read their own copy.
        memory = previousBuildFiles(fileURLToPath(config.cacheDir), contentDirFor(root), fileURLToPath(config.outDir));
        const previousFormer = readFormerPages(memory.former);
        previousAliases = readAliasPages(memory.aliases);
        lists = integrationLists(content, context, previousFormer, new Set(previousAliases.values()));
        former = { previous: previousFormer, ...lists.former };
        forgetCheckedContent();
      },
      // Development server: nothing is served through a link in the content folder (round 27a #4), and a page
      // request while content has errors gets the errors, not a stale page.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(contentLinkGuard(context.root, contentDirFor(context.root)));
        server.middlewares.use(revalidateDevImages());
        showContentErrors(server, context);
      },
      'astro:config:done': ({ config }) => {
        // The site's root URL, for the sitemap's list of the pages other build parts render (site.url is always set).
        if (config.site) siteRoot = new URL(config.base, config.site);
        lastmodFile = fileURLToPath(new URL('./dateline-lastmod.json', config.cacheDir));
      },
      // The search index is built from the checked content in a worker and Pagefind's own process while Astro
      // bundles and renders pages on its one thread. Started earlier, it would compete with the content sync's
      // Markdown workers, which already keep every core busy. The files are published when the build is done.
      'astro:build:start': ({ setPrerenderer, logger }) => {
        startLastmodLog(context);
        startLeadImages(context);
        // The search index and the social cards read the build's one list of visible articles (the one the loader
        // stored for the pages), taken from the check before the content sync.
        if (!lists) throw new Error('dateline: astro:build:start ran without the content check of astro:config:setup');
        const searchList = lists.search;
        heldFormerSlugs = lists.heldFormerSlugs;
        unpublished = lists.unpublished;
        aliased = lists.aliased;
        const plan = part && planPart(part, searchList, shardLimit());
        // Pages render on a pool of worker threads besides Astro's own (src/build/page-workers.ts), as many as fit
        // in memory; DATELINE_PAGE_WORKERS=off (or DATELINE_OPTIMISE=off) keeps them on Astro's thread alone.
        const workerPlan = optimise ? pageWorkerPlan(process.env, undefined, { articles: searchList.length, availableBytes: availableBytes() }) : { count: 0, reason: undefined };
        const pageWorkers = workerPlan.count;
        if (workerPlan.reason) logger.info(`page workers: ${workerPlan.reason}`);
        const snapshotDir = join(context.cacheDir, 'dateline-page-workers', `${context.buildId}-${process.pid}`);
        const pool = (base: AstroPrerenderer) => (pageWorkers > 0 ? pageWorkerPrerenderer(base, pageWorkers, { now: pageVisibility(context).now, output: () => prerenderOutput, snapshotDir }) : base);
        // A build part lists every page but renders its own (src/build/build-part.ts).
        const hooks = {
          pagesElsewhere: (paths: string[]) => pagesElsewhere.push(...paths.map((p) => new URL(p.replace(/\/?$/, '/').replace(/^\//, ''), siteRoot).href)),
          imagesElsewhere: () => readLeadImages(context).filter((image) => !plan?.ownsArticle(image.slug)),
        };
        if (pageWorkers > 0 || plan) setPrerenderer((base) => (plan ? partPrerenderer(pool(base), plan, hooks) : pool(base)));
        if (pageWorkers > 0) logger.info(`pages render on ${pageWorkers} worker thread${pageWorkers === 1 ? '' : 's'} and Astro's own`);
        if (part) logger.info(`build part ${part.index} of ${part.count}: its share of the pages, social cards and search shards`);
        search = startSearchShards(searchList, context.root, join(context.cacheDir, 'dateline-pagefind'), part);
        // Per-article social cards, for the articles whose pages point at one (same rule as the page), drawn on
        // the cores Astro's one rendering thread leaves free.
        const inputs = lists.cards.filter((card) => !plan || plan.ownsArticle(card.slug));
        if (inputs.length) cards = { inputs, pool: startCards(inputs, cardCache(), Math.max(1, availableParallelism() - 1)), fileOf: lists.cardFiles };
        lists = undefined;
      },
      // After the pages: sitemap dates kept for the next build, social cards, then the search index files.
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        dropSharedCheck(context);
        collectLastmods(lastmodLog(context), lastmodFile);
        const built = new Set(pages.map((p) => `/${p.pathname}`));
        // A renamed article's old address, gone without a word (round 23 #17): a warning with the fix (formerly).
        if (!part && memory) {
          const articlesDir = relative(context.root, join(contentDirFor(context.root), 'articles')).split(sep).join('/');
          const gone = goneArticlePages(readPageList(memory.pages), built, articlesDir, heldFormerSlugs, former, unpublished);
          // And an old address kept in aliases (round 30c #7).
          gone.push(...goneAliasPages(previousAliases, aliased, articlesDir));
          if (gone.length > 0) printDiagnostics(gone);
          saveFormerPages(memory.former, former.lists, built);
          saveAliasPages(memory.aliases, aliased);
          savePageList(memory.pages, built);
        }
        saveLastmods(lastmodFile, built);
        if (cards) {
          const run = await cards.pool.done;
          publishCards(cards.inputs, cardCache(), fileURLToPath(dir), run.failed);
          logger.info(`social cards: ${run.drawn} drawn, ${run.reused} reused in ${run.ms} ms`);
          // Cards no article of the whole site shows any more (an edited headline drew a new one): cache-sweep.ts.
          if (!part && cacheSweepEnabled()) sweepCache(cardCache(), new Set(cards.inputs.map((i) => cardFile(cardCache(), i))), { depth: 0 });
          if (run.failed.length > 0) {
            // The article pages point at these cards: one line per article, and no build with missing images.
            const { fileOf } = cards;
            printDiagnostics(run.failed.map((f) => ({ file: fileOf.get(f.slug) ?? f.slug, line: 1, column: 1, field: 'title', message: `the social card could not be drawn: ${f.error}`, severity: 'error' as const })));
            console.error(`\n✗ build stopped: ${run.failed.length} social card${run.failed.length === 1 ? '' : 's'} could not be drawn`);
            process.exit(1);
          }
        }
        // Photos and cards an earlier build left that no page of this one names (stale-outputs.ts).
        if (!part) {
          // What this build wrote: the file of every page and endpoint Astro rendered or restored (feeds included).
          const written = [...assets.values()].flatMap((urls) => urls.map((url) => fileURLToPath(url)));
          const removed = removeStaleOutputs(fileURLToPath(dir), { written, cards: cards ? new Set(cards.inputs.map((i) => i.slug)) : undefined, publicDir: join(context.root, 'public') });
          if (removed > 0) logger.info(`${removed} file${removed === 1 ? '' : 's'} an earlier build left and no page names removed`);
        }
        if (search) {
          const started = performance.now();
          const index = await publishSearchShards(search, fileURLToPath(new URL('./pagefind/', dir)));
          logger.info(`search index: ${index.records} pages in ${Math.round(performance.now() - started)} ms (${index.shards} shard${index.shards === 1 ? '' : 's'}, ${index.reused} unchanged, reused)`);
        }
      },
    },
  };
}
