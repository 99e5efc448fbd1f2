import { readFileSync, writeFileSync } from 'node:fs';
import { createMarkdownRenderer } from './src/markdown/pipeline.ts';
const md = readFileSync('tests/fixtures/valid-html/content/articles/2026/11/structure-that-validators-accept.md', 'utf8').split('---\n').slice(2).join('---\n');
for (const mode of ['fast', 'reference'] as const) {
  const { html } = createMarkdownRenderer(mode)(md);
  writeFileSync(`/tmp/v/${mode}.html`, `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${html}</main></body></html>`);
}
