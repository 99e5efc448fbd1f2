/**
 * The rules that look beyond one field: authors, section and pinned related articles that must exist (and be
 * readable by readers), repeats and the lead image (through the trust boundary); tags, body images and links have
 * modules of their own (tags.ts, images.ts, links.ts). Every check is linear in the length of the lists it reads.
 */
import { resolve } from 'node:path';
import type { ArticleFrontmatter } from '#/schemas/article.ts';
import type { Position } from '#/check/frontmatter.ts';
import { bodyNesting } from '#/check/nesting.ts';
import { isScheduled, type VisibilityContext } from '#/domain/visibility.ts';
import { nearSlug } from './suggest.ts';
import type { SuggestableSlugs } from './suggestable.ts';
import { BODY_RULE, computeAlways, type BodyMemo } from '../body-memo.ts';
import { checkLeadImage } from './trust.ts';
import { repeatedAuthor } from './repeated-author.ts';
import type { LocalImageUse } from './image-decode.ts';
import { goneLine, type WhereGone } from './gone-articles.ts';
import { withPhotoPlace, type PhotoPlaces } from './photo-places.ts';
import { unknownId, type MissingIds } from './missing-ids.ts';

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
  /** Slugs a "did you mean" may name (only visible ones for a visible article); every article file when absent. */
  suggestions?: SuggestableSlugs;
  /** Answers of pure body rules from an earlier check (src/check/body-memo.ts); default: computed here. */
  memo?: BodyMemo;
  /** Printed form of an absolute path. */
  show: (path: string) => string;
  /** Collects every local image that passed the header rules, for the decode pass (image-decode.ts). */
  localImages?: LocalImageUse[];
  /** Where a slug no article has went: an unread `_drafts/` file or a rename (gone-articles.ts). */
  gone?: WhereGone;
  /** Where a photo of a file name is, for a path that names none (photo-places.ts, round 27b #10). */
  photos?: PhotoPlaces;
  /** Unknown author and section ids, said once per id after every article is checked (missing-ids.ts). */
  missingAuthors?: MissingIds;
  missingSections?: MissingIds;
}

type Report = (field: string, message: string, pos?: Position, severity?: 'error' | 'warning') => void;

/** Returns whether the body was refused for its nesting or markup density (then nothing else scans it). */
export function checkArticleReferences(a: ArticleToCheck, n: Newsroom, report: Report): { bodyRefused: boolean } {
  const d = a.data;
  const at = a.locate;
  const draft = d.draft ?? false;
  const scheduled = d.published !== undefined && isScheduled({ draft, published: d.published }, n.visibility);
  // Only an article readers can see must not point at one they cannot (a draft may pin another draft).
  const readable = !draft && !scheduled;
  if (a.body.trim() === '') report('body', 'the article has no text; write the story below the closing "---"', { line: a.bodyLine, column: 1 });
  // Checked before anything renders: deeper or denser bodies would overflow the renderer's stack or take minutes.
  const deep = (n.memo ?? computeAlways)(BODY_RULE.nesting, a.body, 1, () => bodyNesting(a.body));
  if (deep) report('body', deep.message, { line: a.bodyLine + deep.line - 1, column: deep.column });

  eachOnce(d.authors, (id, i, repeat) => {
    const where = at(['authors', i]);
    // Collected across articles when the check has a collector: one line for an id many stories use (round 27b #7).
    if (!n.authorIds.has(id)) {
      if (n.missingAuthors) n.missingAuthors.add(id, { file: a.file, field: `authors[${i}]`, pos: where });
      else report(`authors[${i}]`, unknownId('author', id, { ids: n.authorIds, contentDir: n.contentDir, show: n.show }), where);
    }
    if (repeat) report(`authors[${i}]`, repeatedAuthor(id), where);
  });
  if (d.section !== undefined && !n.sectionIds.has(d.section)) {
    if (n.missingSections) n.missingSections.add(d.section, { file: a.file, field: 'section', pos: at(['section']) });
    else report('section', unknownId('section', d.section, { ids: n.sectionIds, contentDir: n.contentDir, show: n.show }), at(['section']));
  }
  eachOnce(d.related, (slug, i, repeat) => {
    const where = at(['related', i]);
    const field = `related[${i}]`;
    const pinned = n.published.get(slug);
    if (slug === a.id) report(field, `"${slug}" is this article itself; remove it`, where);
    // Its own former slug (`formerly`): the same article under its old name, not another story (round 25c #6).
    else if ((d.formerly ?? []).includes(slug)) report(field, `"${slug}" is this article's own former slug (its formerly lists it), so the pin names this article itself; remove it`, where);
    else if (!n.articleFiles.has(slug)) report(field, missingPin(slug, n, readable), where);
    else if (pinned && readable && pinned.draft && !n.visibility.includeDrafts) {
      report(field, `"${slug}" is a draft, which readers cannot open; remove the pin (in the same commit when taking the story down: until then every build stops), or publish it`, where);
    }
    // A pin to a scheduled story is a plan, not a slip: the scheduled summary says when it joins (round 25a #15: as a
    // warning it stopped every strict build until the story was out).
    if (repeat) report(field, `"${slug}" is listed twice; remove the repeat`, where);
  });
  // Of an image whose other fields failed (an empty alt), the path is still checked: `src` alone may be valid.
  if (typeof d.image?.src === 'string') {
    const problem = checkLeadImage(n.contentDir, a.path, d.image.src, n.show);
    if (problem) report('image.src', withPhotoPlace(problem, a.path, d.image.src, n.photos, n.show), at(['image', 'src']));
    else n.localImages?.push({ file: a.file, field: 'image.src', ...at(['image', 'src']), path: resolve(a.path, '..', d.image.src), src: d.image.src });
  }
  // Tags, body images and links: tags.ts, images.ts and links.ts beside this file.
  return { bodyRefused: !!deep };
}

/** The line for a pin no article has: where the story went when it is known (round 24a #11), else "did you mean". */
function missingPin(slug: string, n: Newsroom, readable: boolean): string {
  const gone = n.gone?.(slug);
  const known = goneLine(slug, gone, 'remove the pin', gone?.kind === 'renamed' && readable && !!n.published.get(gone.slug)?.draft);
  if (known) return known;
  return `no article has the slug "${slug}"${nearSlug(slug, n.suggestions?.(readable, true) ?? n.articleFiles.keys())}; use the file name (without .md) of an article in content/articles/`;
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
