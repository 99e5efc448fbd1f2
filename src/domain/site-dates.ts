/** Dates as the site shows them: `formatNewsDate` in the newsroom's zone, locale and zone label unless told otherwise. */
import { site } from '#/site.config.ts';
import { formatNewsDate, type DisplayOptions, type NewsDate } from './dates.ts';

export function formatSiteDate(date: NewsDate, opts: Partial<Omit<DisplayOptions, 'timeZone'>> = {}): string {
  return formatNewsDate(date, { locale: site.locale, timeZone: site.timeZone, timeZoneLabel: site.timeZoneLabel, ...opts });
}
