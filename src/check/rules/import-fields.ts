/**
 * Fields a CMS export uses to keep a story back (round 20): WordPress's and Ghost's `status: draft`, Hugo's
 * `publishDate` and `expiryDate`, `hidden: true`, `embargo: …`. They are unknown here, and "remove it" alone would
 * publish a story its import marked as a draft or under embargo: each gets the line that keeps it back in this
 * site's terms (`draft: true`, a future `published`).
 */
import { renamedFieldHint } from './import-field-names.ts';

const KEEP_BACK = 'removing the line alone would publish the story';
const DRAFT_STATES = new Set(['draft', 'pending', 'private', 'future', 'scheduled', 'unpublished', 'hidden', 'review', 'members', 'paid', 'internal']);
const PUBLIC_STATES = new Set(['publish', 'published', 'live', 'public']);
const TRUE = new Set(['true', 'yes', '1', 'on']);

/** The field name as CMSs vary it: `post_status`, `postStatus`, `is-draft` → `poststatus`, `isdraft`. */
const normal = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The line for an unknown field an import uses to keep a story back, or for Jekyll's and Hugo's names of this
 * site's fields (import-field-names.ts); undefined when it is neither. `data`: the whole frontmatter.
 */
export function importFieldHint(key: string, value: unknown, data?: Record<string, unknown>): string | undefined {
  const name = normal(key);
  const text = typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number' ? String(value).trim().toLowerCase() : undefined;
  const field = `"${key}"`;
  if (['status', 'poststatus', 'state', 'visibility'].includes(name) && text !== undefined) {
    if (DRAFT_STATES.has(text)) return `${field} is how a CMS keeps a story back; this site's field is draft: write draft: true instead (${KEEP_BACK})`;
    if (PUBLIC_STATES.has(text)) return `${field} is how a CMS marks a story public; this site publishes every article that is not draft: true, so remove the line`;
    return undefined;
  }
  if (['isdraft', 'hidden', 'private', 'headless', 'unpublished', 'unlisted'].includes(name) && text !== undefined) {
    return TRUE.has(text) ? `${field} keeps a story back in a CMS; this site's field is draft: write draft: true instead (${KEEP_BACK})` : `${field} is not a field here; every article that is not draft: true is published, so remove the line`;
  }
  if (['publish', 'ispublished', 'listed'].includes(name) && text !== undefined && !TRUE.has(text)) {
    return `${field} keeps a story back in a CMS; this site's field is draft: write draft: true instead (${KEEP_BACK})`;
  }
  if (['publishdate', 'publishat', 'pubdate', 'embargo', 'embargountil', 'embargoed', 'releasedate', 'releaseat', 'golive', 'publishon', 'scheduledat', 'scheduledfor'].includes(name)) {
    return `${field} holds the time a story may go out; here that is published: a time in the future keeps the article hidden until then, so write that time as published and remove this line (${KEEP_BACK} now)`;
  }
  if (['expirydate', 'expiry', 'expires', 'expiresat', 'unpublishat', 'unpublishdate', 'unpublishon'].includes(name)) {
    return `${field} is an expiry date, which this site does not have; to take the story down then, set draft: true (or remove the file) at that time, and remove this line`;
  }
  return renamedFieldHint(name, field, value, data);
}
