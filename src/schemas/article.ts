import { z } from 'astro/zod';
import { typesetProse } from '#/domain/typography.ts';
import { DATE_ORDER, dateOrderIssues, type DatedFields } from '#/check/rules/date-order.ts';
import { altPlaceholder } from '#/check/rules/alt-placeholder.ts';
import { aliasProblem } from '#/domain/aliases.ts';
import { absoluteUrl, boundedList, idRef, languageTag, LIST_LIMITS, newsDate, plainText, RELATED_FORMAT_MESSAGE, SLUG_PATTERN } from './fields.ts';

export { LIST_LIMITS } from './fields.ts';

/** Most authors a byline may list, pins an article may carry and corrections it may have. */

/** The lead image; `src` is resolved by Astro's `image()` in the build and checked as a path elsewhere. */
function leadImage<Src extends z.ZodType>(src: Src) {
  return z.strictObject({
    /** Path of the image file relative to the article file, e.g. `./images/envoy.jpg`. */
    src,
    /** Text alternative describing the image for readers who cannot see it (not a file name or a placeholder). */
    alt: plainText(400).superRefine((alt, ctx) => {
      const placeholder = altPlaceholder(alt);
      if (placeholder) ctx.addIssue({ code: 'custom', message: placeholder });
    }),
    /** Caption printed under the image. */
    caption: plainText(400).transform((t) => typesetProse(t)).optional(),
    /** Photographer or agency credit. */
    credit: plainText(160).optional(),
  });
}

const correction = z.strictObject({
  /** When the correction was made (same format as `published`). */
  date: newsDate,
  /** What was wrong and what is right now. */
  text: plainText(1000, { multiline: true }).transform((t) => typesetProse(t)),
});

/**
 * Article frontmatter. `imageSrc` is Astro's `image()` in the build and a plain string in `check:content`,
 * so both validate exactly the same fields.
 */
export function articleSchema<Src extends z.ZodType, Extra extends z.ZodRawShape = {}>(imageSrc: Src, extra?: Extra) {
  return z
    .strictObject({
      // Fields the build adds itself (never written by editors; check:content's schema has none).
      ...(extra as Extra),
      /** Headline, plain text (straight quotes and dashes are set curly: src/domain/typography.ts). */
      title: plainText(200).transform((t) => typesetProse(t)),
      /** Standfirst: the summary under the headline, in lists, meta tags and feeds (set like the headline). */
      description: plainText(320, { multiline: true }).transform((t) => typesetProse(t)),
      /** First publication: `2019-12-05` or `2019-12-05T09:30:00+04:30`. */
      published: newsDate,
      /** Last substantive update; must not be before `published`. */
      updated: newsDate.optional(),
      /** Author ids (`content/authors/<id>.md`), in byline order. */
      authors: boundedList(idRef, LIST_LIMITS.authors, 'authors').pipe(z.array(z.string()).min(1, { error: 'must list at least one author id' })),
      /** Organisation the byline reports for, e.g. a wire service: "By A for <source>". */
      source: plainText(120).optional(),
      /** Place the story was filed from, e.g. `KABUL`. */
      dateline: plainText(80).optional(),
      /** Section id (`content/sections/<id>.md`). */
      section: idRef,
      /** Topics; each gets a page at `/tags/<slugified>/`. */
      tags: boundedList(plainText(60), LIST_LIMITS.tags, 'tags').default([]),
      /** Article slugs pinned as related, in this order, before the automatic picks. */
      related: boundedList(
        z.string().regex(SLUG_PATTERN, { error: RELATED_FORMAT_MESSAGE }),
        LIST_LIMITS.related,
        'related articles',
      ).default([]),
      /** Slugs this article was published under before it was renamed: each old address sends readers here. */
      formerly: boundedList(
        z.string().regex(SLUG_PATTERN, { error: RELATED_FORMAT_MESSAGE }),
        LIST_LIMITS.formerly,
        'former slugs',
      ).default([]),
      /**
       * Old addresses of the story on this site's own host, from the site it was migrated from (`/2009/03/16/story/`,
       * `/old/story.html`; no query, no host): each gets a page sending readers here (src/domain/aliases.ts).
       */
      aliases: boundedList(
        z.string().superRefine((alias, ctx) => {
          const problem = aliasProblem(alias);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
        LIST_LIMITS.aliases,
        'old addresses',
      ).default([]),
      /** Lead image with text alternative, caption and credit. */
      image: leadImage(imageSrc).optional(),
      /** BCP 47 language when it differs from the site's; text direction follows it. */
      lang: languageTag.optional(),
      /** Dated correction notes shown at the foot of the article. */
      corrections: boundedList(correction, LIST_LIMITS.corrections, 'corrections').default([]),
      /** Absolute URL of the original when this is a syndicated copy. */
      canonical: absoluteUrl.optional(),
      /** `true` keeps the article out of production builds. */
      draft: z.boolean().default(false),
    })
    .superRefine((value, ctx) => {
      // The order of the dates (src/check/rules/date-order.ts). Zod runs this only when every field passed, so the
      // content check runs the same rule itself on every file's valid fields (one slip in a correction hid its
      // neighbours' dates) and skips these issues, marked DATE_ORDER, to report each once.
      for (const issue of dateOrderIssues(value as unknown as DatedFields)) ctx.addIssue({ code: 'custom', ...issue, params: { [DATE_ORDER]: true } });
    });
}

/** The article schema as `check:content` and unit tests use it: image paths are plain strings. */
export const articleFrontmatterSchema = articleSchema(z.string().min(1, { error: 'must be a path to the image file' }));

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
