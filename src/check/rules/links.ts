/**
 * Every link in an article body that resolves to this site (src/domain/site-links.ts) must point at a page the
 * build writes: an existing, visible article, or a section, topic, author, archive or fixed page that exists.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { site } from '#/site.config.ts';
import type { Publishable, VisibilityContext } from '#/domain/visibility.ts';
import { isScheduled } from '#/domain/visibility.ts';
import { scanLinks } from '#/check/link-scan.ts';
import { scanRawLinks } from './raw-links.ts';
import { resolveSiteLink } from '#/domain/site-links.ts';
import { closest, didYouMean, nearSlug } from './suggest.ts';
import type { Report } from './report.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { safeDecode } from '#/domain/urls.ts';
import { isInside } from './trust.ts';
import type { SitePages } from './site-pages.ts';

export interface LinkContext {
  contentDir: string;
  /** Project-relative path for messages. */
  rel: (path: string) => string;
  /** Article files by slug (valid or not), and their absolute paths. */
  files: Map<string, { file: string; path: string }>;
  paths: Set<string>;
  /** Valid articles' dates and draft flags. */
  dataOf: (slug: string) => Publishable | undefined;
  pages: SitePages;
  visibility: VisibilityContext;
  report: Report;
}

export interface LinkingArticle {
  path: string;
  file: string;
  body: string;
  bodyLine: number;
  /** Readers can see the linking article (not a draft, not scheduled): only then must its targets be visible too. */
  published: boolean;
}

export function checkBodyLinks(a: LinkingArticle, ctx: LinkContext): void {
  const raw = new Set(scanRawLinks(a.body, a.bodyLine));
  for (const link of [...scanLinks(a.body, a.bodyLine), ...raw]) {
    const target = resolveSiteLink(link.href, site.url);
    if (target.kind === 'other') continue;
    const pos = { line: link.line, column: link.column };
    const label = raw.has(link) ? `link ${truncate(link.href, 120)}` : `link [${truncate(link.text, 60)}](${truncate(link.href, 120)})`;
    const problem = (message: string) => ctx.report(a.file, 'link', `${label} ${message}`, pos);
    if (target.kind === 'page') {
      if (!ctx.pages.has(target.path)) problem(`points to ${target.path}, which the build does not write (${missingPage(target.path, ctx.pages)}); fix the link or remove it`);
      continue;
    }
    const f = ctx.files.get(target.slug);
    const near = () => nearSlug(target.slug, ctx.files.keys());
    if (target.file !== undefined) {
      const resolved = resolve(dirname(a.path), safeDecode(target.file));
      if (!isInside(ctx.contentDir, resolved)) {
        // Said without looking: whether a file exists outside content/ is none of the content's business.
        problem('points outside the content folder; link to an article by its path inside content/articles/ or by its URL (/articles/<slug>/)');
        continue;
      }
      if (!ctx.paths.has(resolved)) {
        const what = existsSync(resolved) ? 'is not an article file' : 'does not exist';
        const fix = f ? `the article "${target.slug}" is at ${f.file}, so link to ${relativeLink(a.path, f.path)}` : `fix the path or remove the link${near()}`;
        problem(`points to ${ctx.rel(resolved)}, which ${what}; ${fix}`);
        continue;
      }
    } else if (!f) {
      problem(`points to an article that does not exist (no content/articles/**/${target.slug}.md); fix the slug or remove the link${near()}`);
      continue;
    }
    const linked = ctx.dataOf(target.slug);
    if (linked && a.published) {
      if (linked.draft && !ctx.visibility.includeDrafts) problem('points to a draft, which readers cannot open; publish it first or remove the link');
      else if (isScheduled(linked, ctx.visibility)) problem(`points to an article scheduled for ${linked.published.iso}; readers would get a 404 until then`);
    }
  }
}

function missingPage(path: string, pages: SitePages): string {
  const [, kind, id] = /^\/(sections|authors|tags|archive)\/([^/]+)\//.exec(path) ?? [];
  if (kind === 'sections' && id && !pages.sections.has(id)) return `no section "${id}"; ${closest(id, pages.sections, 'sections')}`;
  if (kind === 'authors' && id && !pages.authors.has(id)) return `no author "${id}"; ${closest(id, pages.authors, 'authors')}`;
  if (kind === 'tags' && id && !pages.tags.has(id)) {
    const near = didYouMean(id, pages.tags);
    return `no published article has the topic "${id}"${near ? `; did you mean /tags/${near}/?` : ''}`;
  }
  if (kind === 'archive' && /^\d{4}$/.test(id ?? '')) return 'no published article in that month';
  if (kind) return 'the list has fewer pages';
  if (path.startsWith('/articles/')) return 'article URLs are /articles/<slug>/';
  return 'no page of the site has this address';
}

/** `./other.md` or `../10/other.md`: how an article links to another article file. */
function relativeLink(from: string, to: string): string {
  const path = relative(dirname(from), to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
