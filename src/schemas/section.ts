import { z } from 'astro/zod';
import { plainText } from './fields.ts';

/** Frontmatter of `content/sections/<id>.md`. */
export const sectionSchema = z.strictObject({
  /** Section name shown in navigation and on article pages. */
  name: plainText(60),
  /** One sentence shown on the section page and in its feed. */
  description: plainText(320, { multiline: true }).optional(),
  /** Position on the front page and in the navigation; lower comes first, ties sort by name. */
  order: z
    .number()
    .refine((n) => Number.isInteger(n) && n >= -9999 && n <= 9999, {
      error: (iss) => `is ${String(iss.input)}; the order is a whole number from -9999 to 9999 (lower comes first)`,
    })
    .default(100),
});

export type SectionData = z.infer<typeof sectionSchema>;
