import { z } from 'astro/zod';
import { absoluteUrl, languageTag, plainText } from './fields.ts';

/** Frontmatter of `content/authors/<id>.md`; the Markdown body is the author's bio. */
export const authorSchema = z.strictObject({
  /** Full name as printed in bylines. */
  name: plainText(100),
  /** Job title shown on the author page, e.g. "Diplomatic correspondent". */
  role: plainText(120).optional(),
  /** The author's own page elsewhere (absolute URL). */
  url: absoluteUrl.optional(),
  /** BCP 47 language of the bio when it is not the site's (a Pashto bio: `ps`); its direction follows it. */
  lang: languageTag.optional(),
});

export type AuthorData = z.infer<typeof authorSchema>;
