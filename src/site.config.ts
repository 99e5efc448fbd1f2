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
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const env = FROM_ENV[field] && process.env[FROM_ENV[field]] !== undefined ? ` (${FROM_ENV[field]}="${process.env[FROM_ENV[field]]}")` : '';
  console.error(`✗ stopped: site setting "${field}"${env} ${issue.message}; see src/site.config.ts`);
  process.exit(2);
}

export const site = parsed.data;
