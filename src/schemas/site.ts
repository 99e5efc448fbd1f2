import { z } from 'astro/zod';
import { languageTagProblem, SHOWN_CALENDARS } from '#/domain/language-tags.ts';

/** A refinement from a setting's own check: it passes when the check finds no problem, whose sentence is the error. */
function passes(problem: (value: string) => string | undefined) {
  return [(value: string) => problem(value) === undefined, { error: (iss: { input: unknown }) => problem(String(iss.input)) }] as const;
}

/** Site-wide settings. Every field is documented here once; defaults live only here. */
export const siteSchema = z.strictObject({
  /** Masthead name, used in titles, feeds and structured data. */
  name: z.string().min(1).default('Dateline'),
  /** One-line description under the masthead and in feeds. */
  tagline: z.string().default('Regional news, filed where it happens'),
  /** Production origin, e.g. `https://news.example.org` (no trailing path). */
  url: z
    .url({ protocol: /^https?$/, error: 'must be the site\'s address starting with https:// (or http://), e.g. https://news.example.org' })
    // Pages link from the host's root (`/articles/…`): a site under a path would link outside it (round 29d #4).
    .refine(...passes(siteUrlProblem))
    .default('https://dateline.example.org'),
  /** BCP 47 language of the site (on every page's `<html lang>`, so judged as articles' `lang` is); articles may override it with `lang`. */
  lang: z
    .string()
    .refine(...passes(languageTagProblem))
    .default('en'),
  /** Locale used to format dates and numbers in the site's own chrome. */
  locale: z
    .string()
    .refine(...passes(languageTagProblem))
    .default('en-US'),
  /** IANA time zone of the newsroom: every date is shown in it and date-only values start the day in it. */
  timeZone: z
    .string()
    .refine(...passes(timeZoneProblem))
    .default('Asia/Kabul'),
  /**
   * Abbreviation printed after times, e.g. `AFT`. When unset, the runtime's short zone name is used
   * (which for many zones is only `GMT+4:30`).
   */
  timeZoneLabel: z.string().optional(),
  /**
   * Calendar of the dates on articles in a language (BCP 47 tag → Unicode calendar: `gregory`, `persian`,
   * `islamic-umalqura`…); languages not listed use the Gregorian calendar. Dari and Persian articles (`fa-AF`,
   * `prs`, `fa` and its regions) default to the Solar Hijri calendar (`persian`), as Afghan and Iranian newsrooms
   * date and as ICU does for them (round 37f #5: `fa`, read with the Dari words, showed Gregorian dates); `{}` shows
   * every date in the Gregorian calendar.
   */
  calendars: z.record(z.string(), z.enum(SHOWN_CALENDARS)).default({ fa: 'persian', 'fa-AF': 'persian', prs: 'persian' }),
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

/** Why `zone` is no IANA time zone the runtime knows (round 29d #1: "Mars/Olympus" crashed the check), or undefined. */
export function timeZoneProblem(zone: string): string | undefined {
  if (zone.trim() === '') return 'is empty; write an IANA time zone such as "Asia/Kabul"';
  if (zone !== zone.trim()) return `"${zone}" has spaces around it; write "${zone.trim()}"`;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return undefined;
  } catch {
    return `"${zone}" is not an IANA time zone this runtime knows; write one such as "Asia/Kabul" or "Europe/London"`;
  }
}

/** Why the site's address cannot be used as given, or undefined: a path, credentials, a query or a fragment. */
export function siteUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined; // the address form's own line says so
  }
  const origin = `${url.protocol}//${url.host}`;
  if (url.username || url.password) return `must not carry a user name or password; write ${origin}`;
  if (url.search || url.hash) return `must not carry a query or a fragment; write ${origin}`;
  if (url.pathname !== '/') return `has a path (${url.pathname}), but every page links from the host's root (/articles/…), so a site served under a path would link outside it; serve it at the root of its own host (e.g. a subdomain) and write ${origin}`;
  return undefined;
}
