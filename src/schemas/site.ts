import { z } from 'astro/zod';
import { languageTagProblem, SHOWN_CALENDARS } from '#/domain/language-tags.ts';

/** Site-wide settings. Every field is documented here once; defaults live only here. */
export const siteSchema = z.strictObject({
  /** Masthead name, used in titles, feeds and structured data. */
  name: z.string().min(1).default('Dateline'),
  /** One-line description under the masthead and in feeds. */
  tagline: z.string().default('Regional news, filed where it happens'),
  /** Production origin, e.g. `https://news.example.org` (no trailing path). */
  url: z.url({ protocol: /^https?$/, error: 'must be the site\'s address starting with https:// (or http://), e.g. https://news.example.org' }).default('https://dateline.example.org'),
  /** BCP 47 language of the site (on every page's `<html lang>`, so judged as articles' `lang` is); articles may override it with `lang`. */
  lang: z
    .string()
    .refine((tag) => languageTagProblem(tag) === undefined, { error: (iss) => languageTagProblem(String(iss.input)) })
    .default('en'),
  /** Locale used to format dates and numbers in the site's own chrome. */
  locale: z.string().default('en-US'),
  /** IANA time zone of the newsroom: every date is shown in it and date-only values start the day in it. */
  timeZone: z.string().default('Asia/Kabul'),
  /**
   * Abbreviation printed after times, e.g. `AFT`. When unset, the runtime's short zone name is used
   * (which for many zones is only `GMT+4:30`).
   */
  timeZoneLabel: z.string().optional(),
  /**
   * Calendar of the dates on articles in a language (BCP 47 tag → Unicode calendar: `gregory`, `persian`,
   * `islamic-umalqura`…); languages not listed use the Gregorian calendar. Dari articles default to the Solar
   * Hijri calendar (`persian`), as Afghan readers expect; `{}` shows every date in the Gregorian calendar.
   */
  calendars: z.record(z.string(), z.enum(SHOWN_CALENDARS)).default({ 'fa-AF': 'persian', prs: 'persian' }),
  /** Articles per page on every paginated list. */
  pageSize: z.number().int().min(1).max(200).default(20),
  /** Number of related links under an article, pinned ones included. */
  relatedCount: z.number().int().min(0).max(12).default(4),
  /** Newest N articles in every feed. */
  feedSize: z.number().int().min(1).default(50),
  /**
   * Social card (og:image) of an article without a lead image: `site` uses the site card (`public/og-card.png`);
   * `generated` draws one per article (section, headline, site name), cached by content hash and drawn in
   * parallel. Headlines in Latin, Greek, Cyrillic and Arabic script (Pashto, Dari) get their own card, laid out
   * by Pango (shaped, right to left where the script is); other scripts keep the site card.
   */
  socialCards: z.enum(['site', 'generated']).default('site'),
  /**
   * Hosts (e.g. `images.agency.example`) that article bodies may show https images from. Empty by default: every
   * photo is a file next to its article, served from this site. The Content-Security-Policy's img-src lists
   * exactly these hosts, so a host not listed here cannot be loaded by any page.
   */
  imageHosts: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'must be a lower-case host name such as "images.agency.example"' })).default([]),
  /** Path (under `public/`) of the publisher logo used in structured data. */
  logo: z.string().default('/logo.png'),
});

export type SiteConfig = z.infer<typeof siteSchema>;
