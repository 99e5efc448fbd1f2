/**
 * Build speed-ups that can be switched off to prove they change nothing: `DATELINE_OPTIMISE=off` renders
 * Markdown with the reference pipeline in-process and lets Astro validate every entry again. The e2e suite
 * builds the site both ways and compares the output byte for byte.
 */
export const optimise = process.env['DATELINE_OPTIMISE'] !== 'off';
