/**
 * The newsroom's settings: the one place to rename the site, move it to its production URL or change its
 * time zone. Anything left out takes the default documented in `src/schemas/site.ts`.
 */
import { siteSchema } from './schemas/site.ts';

export const site = siteSchema.parse({
  name: 'Dateline',
  tagline: 'Diplomacy, security and daily life from Kabul and the region',
  url: process.env['DATELINE_SITE_URL'] ?? 'https://dateline.example.org',
  lang: 'en',
  locale: 'en-US',
  timeZone: 'Asia/Kabul',
  timeZoneLabel: 'AFT',
  socialCards: process.env['DATELINE_SOCIAL_CARDS'] ?? 'generated',
});
