/**
 * Every content rule, in one place. `npm run check:content` and `astro build` (through the Dateline
 * integration and loader) both call `checkContent`, so no rule lives in only one of them.
 * Reads files and frontmatter only; never renders Markdown, so it stays fast enough to run on every save (the one
 * exception: a body that a link points into, `…#heading`, is parsed for its ids: src/check/rules/anchors.ts).
 * The rules live in `./check/`: the trust boundary (`trust.ts`), reading (`source.ts`), YAML (`yaml-rules.ts`),
 * cross-file references (`references.ts`) and Zod's messages (`zod-issues.ts`).
 */
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { contentDirFor } from './content-dir.ts';
import type { z } from 'astro/zod';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '#/schemas/article.ts';
import { authorSchema, type AuthorData } from '#/schemas/author.ts';
import { SLUG_PATTERN } from '#/schemas/fields.ts';
import { sectionSchema, type SectionData } from '#/schemas/section.ts';
import { guarded } from './rules/guard.ts';
import { freeNames, MAX_SLUG_LENGTH, renameTo, type FreeNames } from './rules/free-names.ts';
import { bodyRuleProblems } from './body-rules.ts';
import { amplificationOf } from './rules/amplification.ts';
import { BODY_RULE, computeAlways, type BodyMemo } from './body-memo.ts';
import { bundleFix, reportDuplicateIds } from './rules/duplicate-ids.ts';
import { copiedFileProblem, strayFolders } from './rules/stray-files.ts';
import { checkTopicBodies } from './rules/topic-body.ts';
import { strayContentFiles } from './rules/stray-content-files.ts';
import { checkFutureDates } from './rules/future-dates.ts';
import { wordDateFix } from './rules/word-dates.ts';
import { checkDateOffsets } from './rules/date-offsets.ts';
import { site } from '#/site.config.ts';
import { checkDateOrder, DATE_ORDER } from './rules/date-order.ts';
import { checkArticleReferences } from './rules/references.ts';
import { missingIds } from './rules/missing-ids.ts';
import { checkFormerSlugs, formerSlugsIn, type FormerSlugsOf } from './rules/former-slugs.ts';
import { checkAliases, explainArticleAliases } from './rules/aliases.ts';
import { EMPTY_FILE_HINTS, FILE_START, readSource } from './rules/source.ts';
import { didYouMean, suggestSlug } from './rules/suggest.ts';
import { listMarkdownFiles, type TrustProblem } from './rules/trust.ts';
import { unreadLines } from './rules/unread-renames.ts';
import { checkTopicNames, tagFileNameProblem, topicFileName } from './rules/topic-files.ts';
import { wrongFolder } from './rules/wrong-folder.ts';
import { reportIssue } from './rules/zod-issues.ts';
import { validFields } from './rules/valid-parts.ts';
import { checkEditorial, explainCurlyQuotes } from './rules/editorial.ts';
import { explainIds, sharedNames } from './rules/ids.ts';
import { bylineWordInName, lastFirstName } from './rules/byline-name.ts';
import { goneFacts, goneLine, whereGone } from './rules/gone-articles.ts';
import { checkBodyImages } from './rules/images.ts';
import { checkBodyLinks, type LinkContext } from './rules/links.ts';
import type { Report } from './rules/report.ts';
import { sitePages } from './rules/site-pages.ts';
import { anchorIndex } from './rules/anchors.ts';
import { suggestableSlugs } from './rules/suggestable.ts';
import { checkTags } from './rules/tags.ts';
import { checkMarkdownInFields, checkMarkdownInProfile } from './rules/markdown-in-fields.ts';
import { checkCanonical, checkOwnSiteUrl } from './rules/canonical.ts';
import { checkProfileBody } from './rules/profile-bodies.ts';
import { articlePath, authorPath, sectionPath } from '#/domain/urls.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LocalImageUse } from './rules/image-decode.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { checkFrontFile } from '#/domain/front-page.ts';
import { tagSchema, type TagData } from '#/schemas/tag.ts';
import { tagHasOwnUrl, tagKey } from '#/domain/tags.ts';
import { isScheduled, type VisibilityContext } from '#/domain/visibility.ts';
import { nameInvisibleProblem } from './rules/invisible-in-names.ts';
import { mergeConflict } from './rules/merge-conflict.ts';
import { intendedPaths, proposableIds, withIntendedIds, type IntendedIds } from './rules/intended-names.ts';
import { photoPlaces } from './rules/photo-places.ts';
import { reportReservedNames } from './rules/reserved-names.ts';

export { MAX_FILE_BYTES } from './rules/source.ts';
export { IMAGE_EXTENSIONS } from './rules/image-format.ts';
export { didYouMean } from './rules/suggest.ts';

export { MAX_SLUG_LENGTH } from './rules/free-names.ts';

export interface ContentRecord<T> {
  /** Slug or id: the file name without `.md`. */
  id: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** Markdown after the frontmatter. */
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  /** Frontmatter as written (before the schema's transforms), for Astro's own `parseData`. */
  raw: Record<string, unknown>;
  /** The whole file, for change digests. */
  source: string;
  data: T;
}

export interface CheckedContent {
  articles: ContentRecord<ArticleFrontmatter>[];
  authors: ContentRecord<AuthorData>[];
  sections: ContentRecord<SectionData>[];
  /** Topics with their own file (optional): spelling and description. */
  tags: ContentRecord<TagData>[];
  diagnostics: Diagnostic[];
  /**
   * Every content file found, valid or not, as printed (for check:content's summary: "3 sections (1 with errors)").
   * Absent from a check shared through the build's snapshot (src/build/check-snapshot.ts), which needs none.
   */
  files?: Record<Kind, string[]> & { unread?: string[] };
  /** Local images that passed the header rules, for the decode pass (src/check/rules/image-decode.ts). */
  localImages: LocalImageUse[];
}

export interface CheckOptions {
  /** Project root; paths in messages are relative to it. */
  root: string;
  /** The content folder (default `<root>/content`, or `DATELINE_CONTENT_DIR`). */
  contentDir?: string | undefined;
  visibility: VisibilityContext;
  /** Answers of pure body rules from an earlier check (src/build/text-memo.ts); default: every rule runs. */
  memo?: BodyMemo | undefined;
  /**
   * Called once with the article bodies before their rules run, so the memo may compute the answers ahead
   * (body-answers.ts), on other threads (src/build/check-ahead.ts); the lines are the same without it.
   */
  ahead?: ((bodies: { body: string; bodyLine: number }[]) => void) | undefined;
}

export { contentDirFor };

interface SourceFile {
  path: string;
  file: string;
  id: string;
  source: string;
  fm: ParsedFrontmatter;
}

type Kind = 'articles' | 'authors' | 'sections' | 'tags';

/** The frontmatter of a file that could not be read: no data, no body, nothing more to say about it. */
const UNREAD: ParsedFrontmatter = { data: undefined, body: '', bodyLine: 1, problems: [], locate: () => FILE_START };

export function checkContent(opts: CheckOptions): CheckedContent {
  const root = resolve(opts.root);
  const contentDir = opts.contentDir ? resolve(opts.contentDir) : contentDirFor(root);
  const diagnostics: Diagnostic[] = [];
  // Paths in messages are relative to the project, wherever the content folder is (`../newsroom/content/…`, as
  // `npm run new` prints them): an editor, a terminal and the pull-request annotations can open every one.
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const report: Report = (file, field, message, pos, severity = 'error') =>
    diagnostics.push({ file, field, message: wordDateFix(file, field, message, opts.visibility.now), severity, line: pos?.line, column: pos?.column });

  // `unread`: files left unread with a line of their own (`.story.md`, `story.txt`), counted too (round 28b #15).
  const found: Record<Kind | 'unread', string[]> = { articles: [], authors: [], sections: [], tags: [], unread: [] };
  const intended: Record<Kind, IntendedIds> = { articles: new Map(), authors: new Map(), sections: new Map(), tags: new Map() };
  // Files whose name has its own line: not also told they share an id (duplicate-ids.ts).
  const misnamed = new Set<string>();
  // Each kind's name proposals, shared by every line that proposes one (free-names.ts).
  const namesOf = {} as Record<Kind, FreeNames>;
  const read = (kind: Kind): SourceFile[] => {
    const dir = join(contentDir, kind);
    const files: SourceFile[] = [];
    // An unread file's line proposing a name is said once every file is listed (unread-renames.ts).
    const unread: TrustProblem[] = [];
    const refuse = (p: TrustProblem) => {
      if (p.unreadFile) found.unread.push(rel(p.path));
      if (p.tell) unread.push(p);
      else report(rel(p.path), 'file', p.message, FILE_START);
    };
    const paths = [...listMarkdownFiles(dir, kind === 'articles', refuse)];
    const idList = paths.map((p) => basename(p).replace(/\.md$/i, ''));
    const ids = new Set(idList);
    // A rename is proposed once every file is read: an article's former slug is not free (round 25a #11). Each file
    // counts (`story.MD` beside `story.md` has its id: round 28b #7).
    let former = new Map<string, string>();
    const names = (namesOf[kind] = freeNames(idList, (slug) => former.get(slug)));
    const toRename: { path: string; file: string; id: string }[] = [];
    const indexFiles = kind === 'articles' ? paths.filter((p) => /^index\.md$/i.test(basename(p))).length : 0;
    for (const path of paths) {
      const file = rel(path);
      found[kind].push(file);
      guarded(file, report, () => {
        const id = basename(path).replace(/\.md$/i, '');
        const source = readSource(path, file, report, EMPTY_FILE_HINTS[kind]);
        // Refused as a file (empty, not UTF-8, too large): its one line is said; it is still a known id, so the
        // files naming it are not told it does not exist, with a wrong fix each (round 19: 3,009 lines for one).
        // A merge conflict left in the file: one line, and the file is refused whole (merge-conflict.ts).
        const conflict = source === undefined ? undefined : mergeConflict(source);
        if (conflict) report(file, 'file', conflict.message, { line: conflict.line, column: 1 });
        if (source === undefined || conflict) {
          files.push({ path, file, id, source: '', fm: UNREAD });
          return;
        }
        // `story - Copy.md` beside `story.md`: renaming it to a slug would publish the story twice.
        const copy = kind === 'tags' ? undefined : copiedFileProblem(id, (base) => ids.has(base));
        misnamed.add(path);
        if (kind === 'tags' && (tagKey(id) !== id || !tagHasOwnUrl(id) || nameInvisibleProblem(id, '') !== undefined)) {
          report(file, 'file', tagFileNameProblem(basename(path), id, names), FILE_START);
        } else if (kind !== 'tags' && id.length > MAX_SLUG_LENGTH) {
          report(file, 'file', `file name is ${id.length} characters long; a slug is at most ${MAX_SLUG_LENGTH} (it names the page's folder and its social card), so shorten it to the story's key words`, FILE_START);
        } else if (kind === 'articles' && /^index$/i.test(id)) {
          // A page bundle's `index.md` (any case): its folder's name is the fix, said once (with the shared slug's
          // line when several bundles share it; round 17). The first one too: it went out at /articles/index/ (28b #4).
          const slip = !SLUG_PATTERN.test(id) || !path.endsWith('.md') ? `file name "${basename(path)}" is not a valid slug` : 'the story would be published at /articles/index/';
          if (indexFiles < 2) report(file, 'file', `${slip}; ${bundleFix(path, names)}`, FILE_START);
          else misnamed.delete(path);
        } else if (copy !== undefined) {
          report(file, 'file', copy, FILE_START);
        } else if (kind !== 'tags' && (!SLUG_PATTERN.test(id) || !path.endsWith('.md'))) {
          toRename.push({ path, file, id });
        } else misnamed.delete(path);
        const fm = parseFrontmatter(source);
        for (const p of fm.problems) report(file, p.field ?? 'frontmatter', explainCurlyQuotes(source, p), p);
        files.push({ path, file, id, source, fm });
      });
    }
    if (kind === 'articles') former = formerSlugsIn(files.map((f) => ({ file: f.file, data: f.fm.data })));
    for (const { path, file, id } of toRename) {
      const proposal = names.propose(suggestSlug(id), id);
      // The files naming the intended id are not told to name this one instead (intended-names.ts).
      if (!proposal.taken && SLUG_PATTERN.test(proposal.name)) intended[kind].set(path, proposal.name);
      report(file, 'file', `file name "${basename(path)}" is not a valid ${kind === 'articles' ? 'slug' : 'id'}; ${renameTo(proposal, suggestSlug(id))} (lower-case a-z, 0-9 and single hyphens)`, FILE_START);
    }
    for (const p of unreadLines(unread, names, kind === 'tags' ? topicFileName : suggestSlug)) report(rel(p.path), 'file', p.message, FILE_START);
    return files;
  };

  const articleFiles = read('articles');
  const authorFiles = read('authors');
  const sectionFiles = read('sections');
  const tagFiles = read('tags');
  for (const p of strayFolders(contentDir)) report(rel(p.path), 'file', p.message, FILE_START);
  for (const p of strayContentFiles(contentDir)) {
    report(rel(p.path), 'file', p.message, FILE_START);
    if (p.unreadFile) found.unread.push(rel(p.path));
  }

  if (articleFiles.length === 0 && !diagnostics.some((d) => d.file.startsWith(rel(join(contentDir, 'articles'))))) {
    // A mistyped folder (`check:content -- contnet`, DATELINE_CONTENT_DIR=contnet) is not a newsroom without stories.
    if (!existsSync(contentDir)) report(rel(contentDir), 'file', `the content folder ${rel(contentDir)} does not exist; check the folder given to the command (or DATELINE_CONTENT_DIR)`, FILE_START);
    else report(rel(join(contentDir, 'articles')), 'file', 'there are no articles; add one with npm run new -- "Headline"');
  }

  // Fields that are valid on their own, for files that failed validation, so their references are still checked
  // in the same run (one run reports every problem, not just the first layer).
  const partial = new Map<SourceFile, Partial<ArticleFrontmatter>>();
  // Files of another kind (a story in authors/): one line, no field lines, no body rules (wrong-folder.ts).
  const misplaced = new Set<SourceFile>();
  const validate = <S extends z.ZodObject>(files: SourceFile[], schema: S, kind: Kind) => {
    const out: ContentRecord<z.output<S>>[] = [];
    for (const f of files) {
      const data = f.fm.data;
      if (!data) continue;
      guarded(f.file, report, () => {
        const result = schema.safeParse(data, { reportInput: true });
        if (!result.success) {
          const moved = wrongFolder(kind, data, contentDir, rel);
          if (moved) {
            misplaced.add(f);
            return report(f.file, 'file', moved, FILE_START);
          }
          for (const issue of result.error.issues) {
            // A field YAML could not read as written is already one line (an anchor, alias or tag in it).
            if (f.fm.unread?.has(String(issue.path[0]))) continue;
            // The date order is reported for every file below (rules/date-order.ts), also when Zod skipped it.
            if (issue.code === 'custom' && issue.params?.[DATE_ORDER]) continue;
            reportIssue(f.fm, issue, schema, (field, message, pos) => report(f.file, field, message, pos), f.source);
          }
          // Down to the items of a list: one bad tag or author does not hide its neighbours' problems.
          partial.set(f, validFields(schema.shape as Record<string, z.ZodType>, data) ?? {});
          return;
        }
        out.push({ id: f.id, path: f.path, file: f.file, body: f.fm.body, bodyLine: f.fm.bodyLine, raw: data, source: f.source, data: result.data });
      });
    }
    return out;
  };

  const articles = validate(articleFiles, articleFrontmatterSchema, 'articles');
  const authors = validate(authorFiles, authorSchema, 'authors');
  const sections = validate(sectionFiles, sectionSchema, 'sections');
  const tags = validate(tagFiles, tagSchema, 'tags');
  checkTopicNames(tags, tagFiles, report);

  for (const [files, kind] of [[articleFiles, 'articles'], [authorFiles, 'authors'], [sectionFiles, 'sections'], [tagFiles, 'tags']] as const) reportDuplicateIds(files, misnamed, kind === 'articles', report, namesOf[kind], opts.visibility), reportReservedNames(files, kind, misnamed, report);
  checkTopicBodies(tagFiles, report);
  for (const [files, kind] of [[authorFiles, 'authors'], [sectionFiles, 'sections'], [tagFiles, 'tags']] as const) {
    for (const f of files) if (!misplaced.has(f)) guarded(f.file, report, () => checkMarkdownInProfile(f.file, kind, f.fm.data, f.fm.locate, report, f.source));
  }

  const newsroom = {
    contentDir,
    articleFiles: withIntendedIds(articleFiles, intended.articles),
    // By path too: with a duplicated slug, a link to either file still points at a real article file.
    articlePaths: intendedPaths(articleFiles, intended.articles),
    published: new Map([...withIntendedIds(articles, intended.articles)].map(([id, a]) => [id, a.data])),
    authorIds: new Set(proposableIds(withIntendedIds(authorFiles, intended.authors).keys(), authorFiles, intended.authors)),
    sectionIds: new Set(proposableIds(withIntendedIds(sectionFiles, intended.sections).keys(), sectionFiles, intended.sections)),
    visibility: opts.visibility,
    show: rel,
    localImages: [] as LocalImageUse[],
    photos: photoPlaces(join(contentDir, 'articles')),
    // Where a slug no article has went: `_drafts/` or a rename (round 24a #11).
    gone: whereGone({
      articlesDir: join(contentDir, 'articles'),
      articles: () => articleFiles.map((f) => ({ slug: f.id, ...goneFacts(valid.get(f.path) ?? partial.get(f)), file: f.file, path: f.path })),
      rel,
    }),
  };
  const suggestions = suggestableSlugs(proposableIds(newsroom.articleFiles.keys(), articleFiles, intended.articles), (slug) => newsroom.published.get(slug), opts.visibility);
  const fmOf = new Map(articleFiles.map((f) => [f.file, f.fm]));
  const valid = new Map(articles.map((a) => [a.path, a.data]));
  const memo = opts.memo ?? computeAlways;
  const linkContext: LinkContext = {
    memo,
    contentDir,
    rel,
    files: newsroom.articleFiles,
    paths: newsroom.articlePaths,
    dataOf: (slug) => newsroom.published.get(slug),
    pages: sitePages(root, articles, [...newsroom.authorIds], [...newsroom.sectionIds], opts.visibility, new Map(sections.map((s) => [s.id, s.data.name]))),
    // Bodies are read for their ids only when a link points into them (src/check/rules/anchors.ts).
    anchors: anchorIndex({
      article: (slug) => {
        const f = newsroom.articleFiles.get(slug);
        const data = f && (valid.get(f.path) ?? partial.get(f));
        return f && data ? { body: f.fm.body, corrections: (data.corrections?.length ?? 0) > 0 } : undefined;
      },
    }),
    suggestions,
    gone: newsroom.gone,
    // Old addresses from the site the story came from (aliases.ts): each sends readers to one article.
    aliases: checkAliases(articleFiles.map((f) => ({ id: f.id, file: f.file, aliases: (valid.get(f.path) ?? partial.get(f))?.aliases, locate: f.fm.locate })), join(root, 'public'), report),
    visibility: opts.visibility,
    report,
  };
  const missingAuthors = missingIds('author', { ...newsroom, ids: newsroom.authorIds, names: new Map(authors.map((x) => [x.id, x.data.name])) });
  const missingSections = missingIds('section', { ...newsroom, ids: newsroom.sectionIds, names: new Map(sections.map((x) => [x.id, x.data.name])) });
  const checked: { file: string; data: Partial<ArticleFrontmatter> }[] = [];
  const renamed: FormerSlugsOf[] = [];
  opts.ahead?.(articleFiles.filter((f) => valid.has(f.path) || partial.has(f)).map((f) => ({ body: f.fm.body, bodyLine: f.fm.bodyLine })));
  for (const f of articleFiles) {
    const data = valid.get(f.path) ?? partial.get(f);
    if (!data) continue;
    const a = { id: f.id, path: f.path, file: f.file, body: f.fm.body, bodyLine: f.fm.bodyLine, data, locate: (p: PropertyKey[]) => f.fm.locate(p) };
    checked.push({ file: f.file, data });
    if (data.formerly?.length) renamed.push({ id: f.id, file: f.file, formerly: data.formerly, locate: a.locate });
    guarded(f.file, report, () => checkFutureDates(data, opts.visibility, a.locate, (field, message, pos) => report(f.file, field, message, pos), f.fm.data));
    guarded(f.file, report, () => checkDateOffsets(data, site.timeZone, a.locate, (field, message, pos) => report(f.file, field, message, pos, 'warning')));
    // Judged on the valid fields, also of a file that failed validation (one bad correction hides no other's date).
    guarded(f.file, report, () => checkDateOrder(data, a.locate, (field, message, pos) => report(f.file, field, message, pos), f.fm.data, opts.visibility.now));
    guarded(f.file, report, () => checkMarkdownInFields({ ...a, at: a.locate, source: f.source }, report));
    guarded(f.file, report, () => {
      const { bodyRefused } = checkArticleReferences(a, { ...newsroom, suggestions, memo, missingAuthors, missingSections }, (field, message, pos, severity) => report(f.file, field, message, pos, severity));
      const draft = data.draft ?? false;
      const scheduled = data.published !== undefined && isScheduled({ draft, published: data.published }, opts.visibility);
      const goesLive = scheduled ? data.published : undefined;
      checkCanonical({ id: f.id, path: f.path, file: f.file, canonical: data.canonical, published: !draft && !scheduled, goesLive, at: a.locate(['canonical']) }, linkContext, (slug) => newsroom.published.get(slug)?.canonical);
      // A body already refused (empty, or over a nesting or markup limit) gets no further body rules: one line is enough.
      if (bodyRefused || a.body.trim() === '') return;
      checkBodyImages(a, contentDir, rel, report, { images: newsroom.localImages, memo, photos: newsroom.photos });
      // Asked once, by whichever of the two rules below runs first (neither does when the memo answers both).
      const amplification = amplificationOf(a.body, a.bodyLine);
      checkBodyLinks({ ...a, published: !draft && !scheduled, goesLive, page: articlePath(f.id), amplification }, linkContext);
      checkEditorial({ ...a, at: a.locate, written: f.fm.data, contentDir }, opts.visibility, report);
      for (const p of memo(BODY_RULE.rules, a.body, a.bodyLine, () => bodyRuleProblems(a.body, a.bodyLine, amplification))) report(f.file, 'body', p.message, p.pos, p.severity);
    });
  }
  missingAuthors.report(report);
  missingSections.report(report);
  checkFormerSlugs(renamed, newsroom.articleFiles, report);
  const authorFileAt = new Map(authorFiles.map((x) => [x.path, x]));
  for (const author of authors) {
    const f = authorFileAt.get(author.path);
    const byline = bylineWordInName(author.data.name) ?? lastFirstName(author.data.name);
    if (byline) report(author.file, 'name', byline, f?.fm.locate(['name']), 'warning');
    guarded(author.file, report, () => checkOwnSiteUrl({ file: author.file, path: author.path, field: 'url', url: author.data.url, page: authorPath(author.id), at: f?.fm.locate(['url']) }, linkContext));
  }
  // Bios and section texts follow the article body's rules (check/profile-bodies.ts).
  for (const [files, page] of [[authorFiles, authorPath], [sectionFiles, sectionPath]] as const) {
    for (const f of files) {
      if (f.fm.data && !misplaced.has(f)) guarded(f.file, report, () => checkProfileBody({ path: f.path, file: f.file, body: f.fm.body, bodyLine: f.fm.bodyLine, page: page(f.id) }, linkContext));
    }
  }
  checkTags(new Map(tags.map((t) => [t.id, t.data.name])), checked.map(({ file, data }) => ({ file, tags: data.tags ?? [], published: data.published?.epoch, at: (i: number) => fmOf.get(file)?.locate(['tags', i]) })), report, (key) => rel(join(contentDir, 'tags', `${key}.md`)));
  const named = (files: SourceFile[]) => files.map((f) => ({ id: f.id, name: typeof f.fm.data?.['name'] === 'string' ? f.fm.data['name'] : undefined }));
  explainIds(diagnostics, (file) => fmOf.get(file)?.data, named(sectionFiles), named(authorFiles));
  explainArticleAliases(diagnostics, newsroom.articleFiles, (slug) => newsroom.published.get(slug), opts.visibility, (file) => fmOf.get(file)?.data);
  for (const [files, noun] of [[sectionFiles, 'section'], [authorFiles, 'author']] as const) {
    for (const p of sharedNames(files.map((f) => ({ ...named([f])[0]!, file: f.file })), noun)) report(p.file, 'name', p.message, files.find((f) => f.file === p.file)?.fm.locate(['name']), 'warning');
  }

  // content/front.md: the editors' front-page picks (src/domain/front-page.ts).
  const frontCandidates = articleFiles.map((f) => {
    const d = valid.get(f.path) ?? partial.get(f) ?? {};
    return { id: f.id, draft: d.draft ?? false, publishedEpoch: d.published?.epoch ?? 0 };
  });
  diagnostics.push(...checkFrontFile(contentDir, root, frontCandidates, didYouMean, (slug) => goneLine(slug, newsroom.gone?.(slug), 'take it off the front page')).map((d) => ({ ...d, message: wordDateFix(d.file, d.field, d.message, opts.visibility.now) })));

  return { articles, authors, sections, tags, diagnostics, files: found, localImages: newsroom.localImages };
}
