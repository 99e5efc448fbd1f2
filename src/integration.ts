/**
 * The Dateline integration: before `astro build` renders anything, it runs the content check and stops the
 * build with the same one-line messages as `npm run check:content` (no stack trace for an editor's mistake).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { loadCheckedContent } from './lib/content-load.ts';
import { formatDiagnostic, sortDiagnostics } from './lib/diagnostics.ts';

export default function dateline(): AstroIntegration {
  return {
    name: 'dateline',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build') return;
        const content = loadCheckedContent({ root: fileURLToPath(config.root), includeDrafts: false });
        const diagnostics = sortDiagnostics(content.diagnostics);
        for (const d of diagnostics) console.error(formatDiagnostic(d));
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0) {
          console.error(`\n✗ build stopped: ${errors} content error${errors === 1 ? '' : 's'} (run npm run check:content to see them again)`);
          process.exit(1);
        }
        logger.info(`content is valid: ${content.articles.length} articles`);
      },
      // Search index over the built pages; only article bodies (data-pagefind-body) are indexed.
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        // Only article pages carry data-pagefind-body; skipping the list pages halves the indexing work.
        const added = await index.addDirectory({ path: fileURLToPath(dir), glob: 'articles/*/index.html' });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
        await close();
        logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
