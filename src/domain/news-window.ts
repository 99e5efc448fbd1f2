/**
 * Which articles the Google News sitemap lists: published in the two days before the build (not in the future)
 * and canonical here (a syndicated copy's canonical is elsewhere). One rule for the sitemap itself
 * (src/outputs/news-sitemap.ts) and the content check, which must know whether `/news-sitemap.xml` is written
 * before a body may link to it.
 */
export const NEWS_WINDOW_MS = 2 * 86_400_000;

export function inNewsWindow(data: { published: { epoch: number }; canonical?: string | undefined }, now: number): boolean {
  return data.published.epoch >= now - NEWS_WINDOW_MS && data.published.epoch <= now && !data.canonical;
}
