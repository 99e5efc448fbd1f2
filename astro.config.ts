import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import dateline from './src/integration.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './src/markdown/pipeline.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Markdown goes through remark and rehype with the project's own plugins (Sätteri would skip them).
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, remarkRehype: remarkRehypeOptions, gfm: true, smartypants: false }),
  },
  integrations: [dateline()],
  devToolbar: { enabled: false },
});
