/**
 * The rules that look beyond one field: authors, section and pinned related articles that must exist (and be
 * readable by readers), repeats, the lead image (through the trust boundary), body images and links to other
 * articles. Every check is linear in the length of the lists it reads.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { ArticleFrontmatter } from '../../schemas/article.ts';
import { site } from '../../site.config.ts';
import type { Position } from '../frontmatter.ts';
import { classifyHref, scanImages, scanLinks } from '../links.ts';
import { nestingProblem } from '../nesting.ts';
import { isScheduled, type VisibilityContext } from '../visibility.ts';
import { truncateGraphemes } from './graphemes.ts';
import { closest, nearSlug } from './suggest.ts';
import { checkLeadImage, isInside } from './trust.ts';

/** One article to check: where it is and the fields that passed validation (all of them, or the valid ones). */
export interface ArticleToCheck {
  id: string;
  path: string;
  file: string;
  body: string;
  bodyLine: number;
  data: Partial<ArticleFrontmatter>;
  locate: (path: PropertyKey[]) => Position | undefined;
}

/** What every article is checked against. */
export interface Newsroom {
  contentDir: string;
  /** Article files by slug (also the ones that failed validation: a link to them is not "missing"). */
  articleFiles: Map<string, { file: string; path: string }>;
  /** Absolute paths of every article file. */
  articlePaths: Set<string>;
  /** Valid articles' frontmatter by slug, for draft and scheduling rules. */
  published: Map<string, Pick<ArticleFrontmatter, 'draft' | 'published'>>;
  authorIds: Set<string>;
  sectionIds: Set<string>;
  visibility: VisibilityContext;
  /** Printed form of an absolute path. */
  show: (path: string) => string;
}

type Report = (field: string, message: string, pos?: Position, severity?: 'error' | 'warning') => void;

export function checkArticleReferences(a: ArticleToCheck, n: Newsroom, report: Report): void {
  const d = a.data;
  const at = a.locate;
  const draft = d.draft ?? false;
  const scheduled = d.published !== undefined && isScheduled({ draft, published: d.published }, n.visibility);
  // Only an article readers can see must not point at one they cannot (a draft may pin another draft).
  const readable = !draft && !scheduled;
  if (a.body.trim() === '') report('body', 'the article has no text; write the story below the closing "---"', { line: a.bodyLine, column: 1 });
  // Checked before anything renders: deeper or denser bodies would overflow the renderer's stack or take minutes.
  const deep = nestingProblem(a.body);
  if (deep) report('body', deep.message, { line: a.bodyLine + deep.line - 1, column: deep.column });

  eachOnce(d.authors, (id, i, repeat) => {
    const where = at(['authors', i]);
    if (!n.authorIds.has(id)) report(`authors[${i}]`, `unknown author "${id}" (${closest(id, n.authorIds, 'authors')}); fix the id or add content/authors/${id}.md`, where);
    if (repeat) report(`authors[${i}]`, `author "${id}" is listed twice; remove the repeat`, where);
  });
  if (d.section !== undefined && !n.sectionIds.has(d.section)) {
    report('section', `unknown section "${d.section}" (${closest(d.section, n.sectionIds, 'sections')}); fix the id or add content/sections/${d.section}.md`, at(['section']));
  }
  eachOnce(d.related, (slug, i, repeat) => {
    const where = at(['related', i]);
    const field = `related[${i}]`;
    const pinned = n.published.get(slug);
    if (slug === a.id) report(field, `"${slug}" is this article itself; remove it`, where);
    else if (!n.articleFiles.has(slug)) report(field, `no article has the slug "${slug}"${nearSlug(slug, n.articleFiles.keys())}; use the file name (without .md) of an article in content/articles/`, where);
    else if (pinned && readable && pinned.draft && !n.visibility.includeDrafts) {
      report(field, `"${slug}" is a draft, which readers cannot open; publish it first or remove the pin`, where);
    } else if (pinned && readable && isScheduled(pinned, n.visibility)) {
      report(field, `"${slug}" is scheduled for ${pinned.published.iso}; it is left out of "Related" until then (the first build after that time adds it)`, where, 'warning');
    }
    if (repeat) report(field, `"${slug}" is listed twice; remove the repeat`, where);
  });
  const seenTags = new Map<string, string>();
  d.tags?.forEach((tag, i) => {
    const key = tag.toLocaleLowerCase(site.locale);
    const first = seenTags.get(key);
    if (first !== undefined) report(`tags[${i}]`, `tag "${tag}" repeats "${first}"; remove the repeat`, at(['tags', i]));
    else seenTags.set(key, tag);
  });
  if (d.image) {
    const problem = checkLeadImage(n.contentDir, a.path, d.image.src, n.show);
    if (problem) report('image.src', problem, at(['image', 'src']));
  }

  // Body images are not processed by the build (only the lead image is), so a relative path would break.
  // A body refused for its nesting or markup is not scanned further: one line says what to fix.
  for (const img of deep ? [] : scanImages(a.body, a.bodyLine)) {
    const src = img.href.replace(/^<|>$/g, '');
    if (!/^https:\/\//i.test(src)) {
      report('body', `image ![${truncateGraphemes(img.text, 40)}](${truncateGraphemes(src, 60)}) must be an https:// URL; put a local photo in the "image:" field (lead image) instead`, { line: img.line, column: img.column });
    }
  }
  for (const link of deep ? [] : scanLinks(a.body, a.bodyLine)) {
    const target = classifyHref(link.href, site.url);
    if (target.kind === 'other') continue;
    const pos = { line: link.line, column: link.column };
    const label = `link [${truncateGraphemes(link.text, 60)}](${link.href})`;
    if (target.kind === 'file') {
      const resolved = resolve(dirname(a.path), decodeURIComponentSafe(target.path));
      const f = n.articleFiles.get(target.slug);
      if (!isInside(n.contentDir, resolved)) {
        // Said without looking: whether a file exists outside content/ is none of the content's business.
        report('link', `${label} points outside the content folder; link to an article by its path inside content/articles/ or by its URL (/articles/<slug>/)`, pos);
        continue;
      }
      if (!n.articlePaths.has(resolved)) {
        const what = existsSync(resolved) ? 'is not an article file' : 'does not exist';
        const fix = f
          ? `the article "${target.slug}" is at ${f.file}, so link to ${relativeLink(a.path, f.path)}`
          : `fix the path or remove the link${nearSlug(target.slug, n.articleFiles.keys())}`;
        report('link', `${label} points to ${n.show(resolved)}, which ${what}; ${fix}`, pos);
        continue;
      }
    } else if (!n.articleFiles.has(target.slug)) {
      report('link', `${label} points to an article that does not exist (no content/articles/**/${target.slug}.md); fix the slug or remove the link${nearSlug(target.slug, n.articleFiles.keys())}`, pos);
      continue;
    }
    const linked = n.published.get(target.slug);
    if (linked && readable) {
      if (linked.draft && !n.visibility.includeDrafts) {
        report('link', `${label} points to a draft, which readers cannot open; publish it first or remove the link`, pos);
      } else if (isScheduled(linked, n.visibility)) {
        report('link', `${label} points to an article scheduled for ${linked.published.iso}; readers would get a 404 until then`, pos);
      }
    }
  }
}

/** Calls `fn` for every item with whether an equal item came before it: one pass, one set, linear. */
function eachOnce(list: readonly string[] | undefined, fn: (item: string, index: number, repeat: boolean) => void): void {
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    const repeat = seen.has(item);
    seen.add(item);
    fn(item, i, repeat);
  });
}

/** `./other.md` or `../10/other.md`: how an article links to another article file. */
function relativeLink(from: string, to: string): string {
  const path = relative(dirname(from), to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
