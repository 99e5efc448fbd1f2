import { z } from 'astro/zod';
import { plainText } from './fields.ts';

/**
 * Frontmatter of `content/tags/<slug>.md` (optional): a topic's spelling and the sentence on its page. The file
 * name is the topic's URL slug (`rail.md` for `/tags/rail/`); the body is not used.
 */
export const tagSchema = z.strictObject({
  /** How the topic is written everywhere: articles must use this spelling. */
  name: plainText(60),
  /** One sentence shown on the topic page. */
  description: plainText(320, { multiline: true }).optional(),
});

export type TagData = z.infer<typeof tagSchema>;
