/**
 * Everything besides the file that shapes a stored content entry, part of its digest (src/build/newsroom-loader.ts):
 * the pipeline's version, the speed-ups, and every site setting, taken whole from the one place settings are
 * declared (src/site.config.ts, schema src/schemas/site.ts). Not a hand-kept list of the settings that matter
 * to parsing (the zone dates are read in, the site URL links are resolved against, the language the related
 * engine reads a body in…), so a setting added later can never be missed; the price is that changing any setting
 * renders the bodies again, as it renders every page again (each page's key holds every setting too).
 */
import type { SiteConfig } from '#/schemas/site.ts';

export function entryInputs(pipelineVersion: string, markdownMode: string, optimise: boolean, settings: SiteConfig): string {
  return JSON.stringify([pipelineVersion, markdownMode, optimise, settings]);
}
