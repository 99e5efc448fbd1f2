import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import dateline from './src/integration.ts';
import { lastmodFor } from '#/build/lastmod.ts';
import { inSitemap } from '#/build/sitemap-filter.ts';
import { buildPartOrStop, writesSiteWide } from '#/build/build-part.ts';
import { markdownPlugins, remarkRehypeOptions } from './src/markdown/pipeline.ts';
import { markdownMode, optimise } from '#/build/optimise.ts';
import { site } from './src/site.config.ts';

// The Dateline integration decides the build context (now, drafts, dev or build, caches) once, for everything.
const newsroom = dateline();
// A build part (DATELINE_BUILD_PART=k/N, src/build/build-part.ts) keeps Astro's cache of its own (content store,
// page cache), and only part 1 writes the sitemap, listing the other parts' pages too.
const part = buildPartOrStop();

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // Pages render and write a few at a time, so file I/O (and copying unchanged pages) overlaps rendering.
  build: { format: 'directory', concurrency: 8 },
  // Markdown goes through remark and rehype with the project's own plugins (Sätteri would skip them).
  markdown: {
    processor: unified({ remarkPlugins: markdownPlugins(markdownMode).remark, rehypePlugins: markdownPlugins(markdownMode).rehype, remarkRehype: remarkRehypeOptions, gfm: false, smartypants: false }),
    syntaxHighlight: false,
  },
  ...(part ? { cacheDir: `./node_modules/.astro/part-${part.index}-of-${part.count}/` } : {}),
  integrations: [
    newsroom,
    ...(writesSiteWide(part)
      ? [
          sitemap({
            // Content pages with their own canonical URL only (src/build/sitemap-filter.ts).
            filter: (page) => inSitemap(page, newsroom.context()),
            // The pages other build parts render (none in a whole build).
            customPages: newsroom.pagesElsewhere,
            // lastmod is the date the page itself shows (recorded while it rendered, or listed).
            serialize: (item) => {
              const lastmod = lastmodFor(new URL(item.url).pathname);
              return lastmod ? { ...item, lastmod } : item;
            },
            entryLimit: 45_000,
          }),
        ]
      : []),
  ],
  devToolbar: { enabled: false },
  // Pages whose cacheKey (see newsroom.ts pageKey) and code are unchanged are copied from the previous build
  // (kept in node_modules/.astro) instead of rendered. Off with the other speed-ups (DATELINE_OPTIMISE=off).
  experimental: { incrementalBuild: optimise },
  // A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles (JSON-LD too);
  // 'self' admits the search index's script and Pagefind's WebAssembly. Images come from the site itself and
  // from the hosts in the site settings' imageHosts (none by default), the same list the content check enforces.
  security: {
    csp: {
      directives: ["default-src 'self'", `img-src ${["'self'", ...site.imageHosts.map((h) => `https://${h}`)].join(' ')}`, "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
