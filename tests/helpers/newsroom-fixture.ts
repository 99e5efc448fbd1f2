/** In-memory collections for newsroom and routing specs: entries shaped as the content layer hands them over. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildContext } from '#/domain/context.ts';
import type { ArticleEntry, AuthorEntry, NewsroomSource, RenderedFacts, SectionEntry } from '#/domain/newsroom.ts';
import { articleFrontmatterSchema } from '#/schemas/article.ts';

export const NOW = Date.parse('2026-06-01T12:00:00Z');
export const root = mkdtempSync(join(tmpdir(), 'newsroom-')); // no content/front.md: no editors' picks
export const build: BuildContext = { mode: 'build', now: NOW, root, cacheDir: join(root, 'cache'), buildId: 't' };
export const dev: BuildContext = { ...build, mode: 'dev' };

export function article(id: string, fields: Record<string, unknown>, digest = id): ArticleEntry {
  const data = articleFrontmatterSchema.parse({ title: `Story ${id}`, description: 'What happened.', authors: ['amina'], section: 'politics', ...fields });
  return { id, data, digest, body: `Body of ${id}.`, collection: 'articles', filePath: `content/articles/${id}.md` } as unknown as ArticleEntry;
}
export const author = (id: string, name: string, digest = id) => ({ id, data: { name }, digest, collection: 'authors' }) as unknown as AuthorEntry;
export const section = (id: string, name: string, order: number, digest = id) => ({ id, data: { name, order }, digest, collection: 'sections' }) as unknown as SectionEntry;

export function source(articles: ArticleEntry[], over: Partial<NewsroomSource> = {}): NewsroomSource {
  return {
    articles,
    authors: [author('amina', 'Amina Yusufzai'), author('bashir', 'Bashir Ahmadi')],
    sections: [section('politics', 'Politics', 1), section('economy', 'Economy', 2)],
    tags: [],
    facts: (entry): RenderedFacts => ({
      html: () => `<p>${entry.id}</p>`,
      headings: [{ depth: 2, slug: 'h', text: 'H' }],
      wordCount: 450,
      lead: '',
      relatedBag: { terms: [], counts: [], named: [], words: 0 },
      linked: [],
      localImages: undefined,
    }),
    prepareImages: async () => undefined,
    ...over,
  };
}

