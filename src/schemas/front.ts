import { z } from 'astro/zod';
import { idRef, newsDate } from './fields.ts';

/** Stories an editor may pin below the lead. */
export const MAX_TOP_STORIES = 4;

/** A pinned story: its slug, or `{ slug, until }` to hold the slot only until that moment. */
const pick = z.preprocess(
  (value) => (typeof value === 'string' ? { slug: value } : value),
  z.strictObject({
    /** The article's slug (its file name without `.md`). */
    slug: idRef,
    /** ISO 8601 date-time with offset (or a date: the start of that day in the newsroom) after which the slot is released. */
    until: newsDate.optional(),
  }),
);

/** `content/front.md`: what leads the front page. Every field is optional; empty slots take the newest stories. */
export const frontSchema = z.strictObject({
  /** The lead story. */
  lead: pick.optional(),
  /** Top stories under the lead, in order (at most four). */
  // Counted on a real list only (`.max` would count a string's letters), beside any bad pick in it.
  top: z
    .array(pick)
    .refine((list) => list.length <= MAX_TOP_STORIES, { error: `lists more than ${MAX_TOP_STORIES} stories; keep the ${MAX_TOP_STORIES} that matter most`, when: (payload) => Array.isArray(payload.value) })
    .default([]),
});

export type FrontPlan = z.output<typeof frontSchema>;
export type FrontPick = NonNullable<FrontPlan['lead']>;
