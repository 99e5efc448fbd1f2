import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleSchema } from './schemas/article.ts';
import { authorSchema } from './schemas/author.ts';
import { sectionSchema } from './schemas/section.ts';
import { tagSchema } from './schemas/tag.ts';
import { newsroomLoader } from './build/newsroom-loader.ts';

/** `content/articles/**\/<slug>.md`: the slug is the file name; sub-folders never appear in URLs. */
const articles = defineCollection({
  loader: newsroomLoader('articles'),
  // `bodyImages`: the body's local photos, added by the loader so Astro's image pipeline resolves them like the lead image.
  schema: ({ image }) => articleSchema(image(), { bodyImages: z.array(image()).optional() }),
});

/** `content/authors/<id>.md`: the body is the bio. */
const authors = defineCollection({ loader: newsroomLoader('authors'), schema: authorSchema });

/** `content/sections/<id>.md`. */
const sections = defineCollection({ loader: newsroomLoader('sections'), schema: sectionSchema });

/** `content/tags/<slug>.md` (optional): a topic's spelling and the sentence on its page. */
const tags = defineCollection({ loader: newsroomLoader('tags'), schema: tagSchema });

export const collections = { articles, authors, sections, tags };
