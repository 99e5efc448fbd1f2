import type { MarkdownMode } from '#/markdown/pipeline.ts';

/**
 * Build speed-ups that can be switched off to prove they change nothing: `DATELINE_OPTIMISE=off` renders
 * Markdown with the reference pipeline in-process and lets Astro validate every entry again. The e2e suite
 * builds the site both ways and compares the output byte for byte.
 */
export const optimise = process.env['DATELINE_OPTIMISE'] !== 'off';

/**
 * `DATELINE_MARKDOWN=reference` (or every speed-up off) renders with full remark-gfm and rehype-raw on every
 * body; the default renders with the GFM features news copy needs and skips rehype-raw where there is no raw HTML.
 */
export const markdownMode: MarkdownMode = process.env['DATELINE_MARKDOWN'] === 'reference' || !optimise ? 'reference' : 'fast';

/**
 * Frontmatter in the one-field-per-line form goes through the fast reader (src/check/frontmatter-fast.ts), which
 * yields what the YAML parser would; `DATELINE_YAML=full` (or every speed-up off) parses every file with YAML.
 */
export const fastYaml = (): boolean => optimise && process.env['DATELINE_YAML'] !== 'full';
