/**
 * Every content rule, in one place. `npm run check:content` and `astro build` (through the Dateline
 * integration and loader) both call `checkContent`, so no rule lives in only one of them.
 * Reads files and frontmatter only; never renders Markdown, so it stays fast enough to run on every save.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { authorSchema, type AuthorData } from '../schemas/author.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';
import { sectionSchema, type SectionData } from '../schemas/section.ts';
import { tagSchema, type TagData } from '../schemas/tag.ts';
import { tagHasOwnUrl, tagKey } from './tags.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseFrontmatter, type ParsedFrontmatter, type Position } from './frontmatter.ts';
import { checkEditorial, explainCurlyQuotes } from './check/editorial.ts';
import { explainIds } from './check/ids.ts';
import { checkBodyImages, IMAGE_EXTENSIONS } from './check/images.ts';
import { checkBodyLinks, type LinkContext } from './check/links.ts';
import type { Report } from './check/report.ts';
import { sitePages } from './check/site-pages.ts';
import { checkTags } from './check/tags.ts';
import { isScheduled, type VisibilityContext } from './visibility.ts';
import { closest, didYouMean, nearSlug } from './check/near.ts';
import { truncate } from './check/text.ts';

export { didYouMean };

/** Largest Markdown file accepted (1 MiB): far above any real article, small enough to stop a pasted dump. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Where problems with a whole file (its name, size, encoding) point, so every line has the same `path:line:col` shape. */
const FILE_START: Position = { line: 1, column: 1 };
export { IMAGE_EXTENSIONS };

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
}

export interface CheckOptions {
  /** Project root; paths in messages are relative to it. */
  root: string;
  /** The content folder (default `<root>/content`, or `DATELINE_CONTENT_DIR`). */
  contentDir?: string | undefined;
  visibility: VisibilityContext;
}

export function contentDirFor(root: string): string {
  return resolve(root, process.env['DATELINE_CONTENT_DIR'] ?? 'content');
}

interface SourceFile {
  path: string;
  file: string;
  id: string;
  source: string;
  fm: ParsedFrontmatter;
}

type Kind = 'articles' | 'authors' | 'sections' | 'tags';

export function checkContent(opts: CheckOptions): CheckedContent {
  const root = resolve(opts.root);
  const contentDir = opts.contentDir ? resolve(opts.contentDir) : contentDirFor(root);
  const diagnostics: Diagnostic[] = [];
  // Paths in messages are relative to the project, or to the content folder's parent when it lives elsewhere
  // (so a newsroom's content checked out beside the code still reads `content/articles/…`).
  const base = relative(root, contentDir).startsWith('..') ? dirname(contentDir) : root;
  const rel = (p: string) => relative(base, p).split(sep).join('/');
  const report: Report = (file, field, message, pos, severity = 'error') =>
    diagnostics.push({ file, field, message, severity, line: pos?.line, column: pos?.column });

  const read = (kind: Kind): SourceFile[] => {
    const dir = join(contentDir, kind);
    const files: SourceFile[] = [];
    for (const path of listMarkdown(dir, kind === 'articles')) {
      const file = rel(path);
      const id = basename(path).replace(/\.md$/i, '');
      const source = readSource(path, file, report);
      if (source === undefined) continue;
      if (kind === 'tags' ? tagKey(id) !== id || !tagHasOwnUrl(id) : !SLUG_PATTERN.test(id) || !path.endsWith('.md')) {
        report(file, 'file', `file name "${basename(path)}" is not a valid ${kind === 'articles' ? 'slug' : 'id'}; rename it to "${suggestSlug(id)}.md" (lower-case a-z, 0-9 and single hyphens)`, FILE_START);
      }
      const fm = parseFrontmatter(source);
      for (const p of fm.problems) report(file, 'frontmatter', explainCurlyQuotes(source, p), p);
      files.push({ path, file, id, source, fm });
    }
    return files;
  };

  const articleFiles = read('articles');
  const authorFiles = read('authors');
  const sectionFiles = read('sections');
  const tagFiles = read('tags');

  if (articleFiles.length === 0 && !diagnostics.some((d) => d.file.startsWith(rel(join(contentDir, 'articles'))))) {
    report(rel(join(contentDir, 'articles')), 'file', 'there are no articles; add one with npm run new -- "Headline"');
  }

  // Fields that are valid on their own, for files that failed validation, so their references are still checked
  // in the same run (one run reports every problem, not just the first layer).
  const partial = new Map<SourceFile, Partial<ArticleFrontmatter>>();
  const validate = <S extends z.ZodObject>(files: SourceFile[], schema: S) => {
    const out: ContentRecord<z.output<S>>[] = [];
    for (const f of files) {
      if (!f.fm.data) continue;
      const result = schema.safeParse(f.fm.data, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) reportIssue(f, issue, schema, report);
        const fields: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
          const r = field.safeParse(f.fm.data[key]);
          if (r.success && r.data !== undefined) fields[key] = r.data;
        }
        partial.set(f, fields);
        continue;
      }
      out.push({ id: f.id, path: f.path, file: f.file, body: f.fm.body, bodyLine: f.fm.bodyLine, raw: f.fm.data, source: f.source, data: result.data });
    }
    return out;
  };

  const articles = validate(articleFiles, articleFrontmatterSchema);
  const authors = validate(authorFiles, authorSchema);
  const sections = validate(sectionFiles, sectionSchema);
  const tags = validate(tagFiles, tagSchema);
  for (const t of tags) {
    if (tagKey(t.data.name) !== t.id) report(t.file, 'name', `"${t.data.name}" is the topic /tags/${tagKey(t.data.name)}/, not /tags/${t.id}/; rename the file to ${tagKey(t.data.name)}.md or fix the name`, tagFiles.find((f) => f.id === t.id)?.fm.locate(['name']));
  }

  for (const files of [articleFiles, authorFiles, sectionFiles, tagFiles]) reportDuplicateIds(files, report);

  const bySlug = new Map(articleFiles.map((f) => [f.id, f]));
  // By path too: with a duplicated slug, a link to either file still points at a real article file.
  const articlePaths = new Set(articleFiles.map((f) => resolve(f.path)));
  const articleBySlug = new Map(articles.map((a) => [a.id, a]));
  const authorIds = new Set(authorFiles.map((f) => f.id));
  const sectionIds = new Set(sectionFiles.map((f) => f.id));
  const fmOf = new Map(articleFiles.map((f) => [f.file, f.fm]));
  const linkContext: LinkContext = {
    rel,
    files: bySlug,
    paths: articlePaths,
    dataOf: (slug) => articleBySlug.get(slug)?.data,
    pages: sitePages(root, articles, [...authorIds], [...sectionIds], opts.visibility),
    visibility: opts.visibility,
    report,
  };

  const checkable: { a: Pick<ContentRecord<unknown>, 'id' | 'path' | 'file' | 'body' | 'bodyLine'>; d: Partial<ArticleFrontmatter> }[] = [
    ...articles.map((a) => ({ a, d: a.data })),
    ...articleFiles
      .filter((f) => partial.has(f))
      .map((f) => ({ a: { id: f.id, path: f.path, file: f.file, body: f.fm.body, bodyLine: f.fm.bodyLine }, d: partial.get(f) ?? {} })),
  ];
  for (const { a, d } of checkable) {
    const fm = fmOf.get(a.file);
    const at = (path: PropertyKey[]) => fm?.locate(path);
    const draft = d.draft ?? false;
    const scheduled = d.published !== undefined && isScheduled({ draft, published: d.published }, opts.visibility);
    if (a.body.trim() === '') report(a.file, 'body', 'the article has no text; write the story below the closing "---"', { line: a.bodyLine, column: 1 });

    d.authors?.forEach((id, i) => {
      if (!authorIds.has(id)) {
        report(a.file, `authors[${i}]`, `unknown author "${id}" (${closest(id, authorIds, 'authors')}); fix the id or add content/authors/${id}.md`, at(['authors', i]));
      }
      if (d.authors?.indexOf(id) !== i) report(a.file, `authors[${i}]`, `author "${id}" is listed twice; remove the repeat`, at(['authors', i]));
    });
    if (d.section !== undefined && !sectionIds.has(d.section)) {
      report(a.file, 'section', `unknown section "${d.section}" (${closest(d.section, sectionIds, 'sections')}); fix the id or add content/sections/${d.section}.md`, at(['section']));
    }
    d.related?.forEach((slug, i) => {
      const where = at(['related', i]);
      if (slug === a.id) report(a.file, `related[${i}]`, `"${slug}" is this article itself; remove it`, where);
      else if (!bySlug.has(slug)) report(a.file, `related[${i}]`, `no article has the slug "${slug}"${nearSlug(slug, bySlug.keys())}; use the file name (without .md) of an article in content/articles/`, where);
      if (d.related?.indexOf(slug) !== i) report(a.file, `related[${i}]`, `"${slug}" is listed twice; remove the repeat`, where);
    });
    if (d.image) {
      const src = d.image.src;
      const imagePath = resolve(dirname(a.path), src);
      const where = at(['image', 'src']);
      if (/^[a-z][a-z0-9+.-]*:|^\//i.test(src)) {
        report(a.file, 'image.src', `"${src}" must be a path relative to the article file, e.g. ./images/photo.jpg`, where);
      } else if (!existsSync(imagePath) || !statSync(imagePath).isFile()) {
        report(a.file, 'image.src', `image file "${src}" does not exist (looked for ${rel(imagePath)})`, where);
      } else if (!IMAGE_EXTENSIONS.includes(extname(imagePath).toLowerCase())) {
        report(a.file, 'image.src', `"${src}" is not a supported image; use ${IMAGE_EXTENSIONS.join(', ')}`, where);
      }
    }

    checkBodyImages(a, contentDir, rel, report);
    checkBodyLinks({ ...a, published: !draft && !scheduled }, linkContext);
    checkEditorial({ ...a, data: d, at }, opts.visibility, report);
  }
  checkTags(new Map(tags.map((t) => [t.id, t.data.name])), checkable.map(({ a, d }) => ({ file: a.file, tags: d.tags ?? [], published: d.published?.epoch, at: (i: number) => fmOf.get(a.file)?.locate(['tags', i]) })), report);
  const named = (files: SourceFile[]) => files.map((f) => ({ id: f.id, name: typeof f.fm.data?.['name'] === 'string' ? f.fm.data['name'] : undefined }));
  explainIds(diagnostics, (file) => fmOf.get(file)?.data, named(sectionFiles), named(authorFiles));

  return { articles, authors, sections, tags, diagnostics };
}

function listMarkdown(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { recursive, withFileTypes: true })) {
    if (!e.isFile() || !/\.md$/i.test(e.name) || e.name.startsWith('_') || e.name.startsWith('.')) continue;
    const full = join(e.parentPath, e.name);
    if (relative(dir, full).split(sep).some((part) => part.startsWith('.'))) continue;
    out.push(full);
  }
  return out.sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readSource(path: string, file: string, report: (file: string, field: string, message: string, pos?: Position) => void): string | undefined {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    report(file, 'file', `the file is ${(size / 1024).toFixed(0)} KiB; the limit is ${MAX_FILE_BYTES / 1024} KiB (check for pasted data or embedded images)`, FILE_START);
    return undefined;
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    report(file, 'file', 'the file is not valid UTF-8; re-save it with UTF-8 encoding', { line, column });
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    report(file, 'file', 'the file is empty; start from content/articles/_template.md', FILE_START);
    return undefined;
  }
  return text;
}

function reportDuplicateIds(files: SourceFile[], report: (file: string, field: string, message: string, pos?: Position) => void) {
  const groups = new Map<string, SourceFile[]>();
  for (const f of files) {
    const key = f.id.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      const others = group.filter((g) => g !== f).map((g) => g.file).join(', ');
      report(f.file, 'file', `slug "${f.id}" is also used by ${others}; slugs must be unique across folders (ignoring case), rename one`, FILE_START);
    }
  }
}

function reportIssue(
  f: SourceFile,
  issue: z.core.$ZodIssue,
  schema: z.ZodObject,
  report: (file: string, field: string, message: string, pos?: Position) => void,
) {
  const path = issue.path as PropertyKey[];
  const keys = Object.keys(schema.shape);
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      const near = didYouMean(key, path.length === 0 ? keys : []);
      report(f.file, fieldName([...path, key]), `unknown field "${key}"; ${near ? `did you mean "${near}"?` : 'remove it or check the spelling in the README\'s content reference'}`, f.fm.locate([...path, key]));
    }
    return;
  }
  const input = (issue as { input?: unknown }).input;
  let message = issue.message;
  if (issue.code === 'invalid_type') {
    message =
      input === undefined
        ? `is required; add a "${String(path.at(-1))}:" line`
        : input === null
          ? `is empty; give it a value${canOmit(schema, path) ? ' or remove the line' : ' (the field is required)'}`
          : `must be ${article(issue.expected)}, not ${describeValue(input)}`;
  }
  report(f.file, fieldName(path), message, f.fm.locate(path));
}

/** Whether the field at `path` may be left out (optional or with a default), so "remove the line" is sound advice. */
function canOmit(schema: z.ZodType, path: readonly PropertyKey[]): boolean {
  type Walkable = { shape?: Record<string, unknown>; element?: unknown; unwrap?: () => unknown; safeParse?: (v: unknown) => { success: boolean } };
  let node = schema as Walkable | undefined;
  for (const key of path) {
    while (node && !node.shape && !node.element && node.unwrap) node = node.unwrap() as Walkable;
    node = (typeof key === 'number' ? node?.element : node?.shape?.[String(key)]) as Walkable | undefined;
  }
  return node?.safeParse?.(undefined).success === true;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '') || 'frontmatter';
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'text', array: 'a list (e.g. [a, b] or one "- item" per line)', boolean: 'true or false', number: 'a number', object: 'a set of "field: value" lines' };
  return names[expected] ?? expected;
}

function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a set of fields';
  if (typeof v === 'string') return `the text ${JSON.stringify(truncate(v, 40))}`;
  return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : typeof v} ${String(v)}`;
}

function suggestSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'article'
  );
}
