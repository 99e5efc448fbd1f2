/**
 * What `npm run new` writes, and the placeholder text the content check refuses in a published article (a
 * scaffold committed by mistake never reaches readers: it is a draft, and its placeholders are errors once it
 * is not). The script is scripts/new.ts; this module holds the rules so the check and tests share them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFrontmatterSchema } from '#/schemas/article.ts';
import { latinSlug } from './latin-slug.ts';
import { markdownInField, wordsAlone } from './rules/markdown-in-fields.ts';

export const PLACEHOLDER_DESCRIPTION = 'One or two sentences: what happened and why it matters.';
export const PLACEHOLDER_BODY = 'Write the story here.';
/**
 * The sample title, standfirst, body opening and canonical of content/articles/_template.md (content/README.md's way to start
 * a story): errors like the scaffold's once the article is not a draft (round 23; a test keeps them in step).
 */
export const TEMPLATE_PLACEHOLDERS = {
  title: 'Headline in plain text',
  description: 'One or two sentences that tell the reader what happened and why it matters.',
  body: 'Write the body in Markdown.',
  canonical: 'https://example.org/original/story',
} as const;

/** The template's sample lead-image caption and credit (round 26a #9: printed under the photo as written); its sample alt is an alt placeholder (rules/alt-placeholder.ts). */
export const TEMPLATE_IMAGE_SAMPLES = { caption: 'What the reader should know about the picture.', credit: 'Photographer or graphics desk' } as const;

/**
 * The template's sample values of required fields, which pass the schema (round 26a #1: a copy that kept them was
 * published back-dated, under a colleague's byline, in another desk's section): a warning names them.
 */
export const TEMPLATE_SAMPLES = { published: '2026-11-24T09:30:00+04:30', authors: 'nadia-rahyab', section: 'diplomacy' } as const;

/**
 * Whether a date is the template's sample moment, however it is written: a CMS writes it its own way
 * (`2026-11-24T05:00:00.000Z`, `…09:30:00.000+04:30`), and release kept such a copy's date while the check said
 * nothing or the opposite (round 32a F10). The release tool and the check both ask this.
 */
export const isTemplateSampleDate = (date: { epoch: number } | undefined): boolean => date !== undefined && date.epoch === Date.parse(TEMPLATE_SAMPLES.published);

const templateDates = new Map<string, { written: string; epoch: number } | undefined>();

/**
 * The `published:` of the template in the content folder being checked (`articles/_template.md`), as written there,
 * or undefined when that folder has no template (round 37e #2: a newsroom without one was told its date was "still
 * the sample date" from a file it does not have). A copy of the template keeps the date the template holds.
 */
export function templateSampleDate(contentDir: string): { written: string; epoch: number } | undefined {
  if (!templateDates.has(contentDir)) {
    let found: { written: string; epoch: number } | undefined;
    try {
      const m = /^published:[ \t]*(["']?)([^"'\n#]+?)\1[ \t]*(?:#.*)?$/m.exec(readFileSync(join(contentDir, 'articles', '_template.md'), 'utf8'));
      const epoch = m ? Date.parse(m[2]!) : NaN;
      if (m && !Number.isNaN(epoch)) found = { written: m[2]!, epoch };
    } catch {
      found = undefined; // no template in this folder: no copy of it to find
    }
    templateDates.set(contentDir, found);
  }
  return templateDates.get(contentDir);
}

/** Longest slug `npm run new` makes from a headline (cut at a word). */
export const MAX_SLUG = 80;

/** The slug for a headline: Latin letters and digits (latin-slug.ts), cut at a word within MAX_SLUG. */
export function slugFromHeadline(headline: string): string {
  const slug = latinSlug(headline);
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 20 ? cut.slice(0, atWord) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/**
 * Problems with the headline as a title, from the article schema itself (length, control characters), or none; and
 * markup (`*Breaking*`, `<b>`), with the check's own line and the headline to give instead (round 36 blind #6): the
 * check only warns, but `new` refuses it, since the slug would keep its letters (`<b>` makes "-b-").
 */
export function headlineProblem(headline: string): string | undefined {
  const result = articleFrontmatterSchema.shape.title.safeParse(headline);
  if (!result.success) return result.error.issues[0]?.message;
  const markup = markdownInField(headline);
  if (!markup) return undefined;
  const words = wordsAlone(headline);
  return `holds markup, which check:content would warn about: ${markup}${words ? `: npm run new -- ${JSON.stringify(words)}` : ''}`;
}

/**
 * The comment on the draft line `npm run new` writes. `npm run release` reads it as "a draft started here": dated
 * when released, while a draft without it whose date has passed is a story that was out before and keeps its date.
 */
export const DRAFT_COMMENT = 'npm run release -- <slug> publishes it, dated then';
/** The draft line's comment before round 27 (drafts started then are still about). */
const OLD_DRAFT_COMMENT = 'remove this line (or set false) to publish';

/** Whether a draft line is the one `npm run new` wrote. */
export function startedByNew(draftLine: string): boolean {
  return draftLine.includes(DRAFT_COMMENT) || draftLine.includes(OLD_DRAFT_COMMENT);
}

export interface ScaffoldInput {
  headline: string;
  authors: string[];
  section: string;
  tags: string[];
  draft: boolean;
  /** The article's publication time as written: now in the newsroom's zone, with its offset. */
  published: string;
}

/** Kept here for the scripts; it lives in the date module so the check's rules can use it without a cycle. */
export { nowInZone } from '#/domain/dates.ts';

export function scaffold(input: ScaffoldInput): string {
  const yaml = (s: string) => JSON.stringify(s);
  const list = (xs: string[]) => `[${xs.map(yaml).join(', ')}]`;
  return `---
title: ${yaml(input.headline)}
description: ${yaml(PLACEHOLDER_DESCRIPTION)}
published: ${yaml(input.published)}
authors: [${input.authors.join(', ')}]
section: ${input.section}
tags: ${list(input.tags)}
${input.draft ? `draft: true # ${DRAFT_COMMENT}\n` : ''}---

${PLACEHOLDER_BODY} The first paragraph is the lead: who, what, where, when.
`;
}

/**
 * The first placeholder `npm run new` or the template left in a story's description or body, or none: release
 * refuses such a draft, since only the next check would say so (round 36g #1).
 */
export function placeholderLeft(description: unknown, body: string): { field: 'description' | 'body'; text: string } | undefined {
  for (const text of [PLACEHOLDER_DESCRIPTION, TEMPLATE_PLACEHOLDERS.description]) if (description === text) return { field: 'description', text };
  for (const text of [PLACEHOLDER_BODY, TEMPLATE_PLACEHOLDERS.body]) if (body.includes(text)) return { field: 'body', text };
  return undefined;
}
