import { z } from 'astro/zod';
import { languageTag, plainText } from './fields.ts';

/** What a section's `order` must be. */
export const ORDER_RULE = 'must be a whole number from -9999 to 9999 (lower comes first)';

/** Frontmatter of `content/sections/<id>.md`. */
export const sectionSchema = z.strictObject({
  /** Section name shown in navigation and on article pages. */
  name: plainText(60),
  /** One sentence shown on the section page and in its feed. */
  description: plainText(320, { multiline: true }).optional(),
  /** Position on the front page and in the navigation; lower comes first, ties sort by name. */
  // One rule for every way to miss it (text, `.nan`, `1e400`, a fraction, out of range); the check adds the value
  // as written in the file (src/check/rules/zod-issues.ts).
  order: z
    .number({ error: ORDER_RULE })
    .refine((n) => Number.isInteger(n) && n >= -9999 && n <= 9999, { error: ORDER_RULE })
    .default(100),
  /** BCP 47 language of the name, description and text when not the site's (a Dari desk: `fa-AF`); direction follows. */
  lang: languageTag.optional(),
});

export type SectionData = z.infer<typeof sectionSchema>;
