/**
 * The newsroom's settings: the one place to rename the site, move it to its production URL or change its
 * time zone. Anything left out takes the default documented in `src/schemas/site.ts`.
 */
import { siteSchema } from './schemas/site.ts';

const parsed = siteSchema.safeParse({
  name: 'Dateline',
  tagline: 'Diplomacy, security and daily life from Kabul and the region',
  url: process.env['DATELINE_SITE_URL'] ?? 'https://dateline.example.org',
  lang: 'en',
  locale: 'en-US',
  timeZone: 'Asia/Kabul',
  timeZoneLabel: 'AFT',
  socialCards: process.env['DATELINE_SOCIAL_CARDS'] ?? 'generated',
});

// Two settings come from the environment; a mistyped one stops the build with one line naming it (round 19: a stack).
const FROM_ENV: Record<string, string> = { url: 'DATELINE_SITE_URL', socialCards: 'DATELINE_SOCIAL_CARDS' };
if (!parsed.success) {
  // Every bad setting, one line each (round 29d #6: only the first, and an unknown key named "").
  for (const issue of parsed.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    for (const field of keys) {
      const env = FROM_ENV[field] && process.env[FROM_ENV[field]] !== undefined ? ` (${FROM_ENV[field]}="${process.env[FROM_ENV[field]]}")` : '';
      const known = Object.keys(siteSchema.shape);
      const near = known.find((k) => k.toLowerCase() === field.toLowerCase());
      const message = issue.code === 'unrecognized_keys' ? `is not a setting${near ? `; did you mean "${near}"?` : ` (settings: ${known.join(', ')})`}` : issue.message;
      console.error(`✗ stopped: site setting "${field}"${env} ${message}; see src/site.config.ts`);
    }
  }
  process.exit(2);
}

export const site = parsed.data;
