/**
 * The front page: editors pin the lead and the top stories in `content/front.md` (each optionally `until` a
 * time); empty or expired slots take the newest stories; the "Latest" rail is the newest of the rest, newest
 * first; section blocks show what is not already on the page.
 *
 * Picks follow the one visibility rule: a draft pick is a content error (`checkFrontFile`), a scheduled pick
 * waits, its slot filled by the newest story until the first build after its publication time.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { frontSchema, MAX_TOP_STORIES, type FrontPick, type FrontPlan } from '#/schemas/front.ts';
import { EMPTY_FILE_HINTS, readSource } from '#/check/rules/source.ts';
import { ID_FORMAT_MESSAGE } from '#/schemas/fields.ts';
import { suggestSlug } from '#/check/rules/suggest.ts';
import { endSpaceNote } from '#/check/rules/end-spaces.ts';
import type { Diagnostic } from '#/check/diagnostics.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { validParts } from '#/check/rules/valid-parts.ts';
import { site } from '#/site.config.ts';
import { unusedOffset } from './offsets-in-use.ts';

export const FRONT_FILE = 'front.md';
/** Headlines in the "Latest" rail. */
export const LATEST_COUNT = 8;
/** Headlines per section block. */
export const SECTION_BLOCK_COUNT = 4;

const EMPTY_PLAN: FrontPlan = { lead: undefined, top: [] };

/** Reads `content/front.md` (absent means no picks). Problems are the content check's business: see `checkFrontFile`. */
export function readFrontPlan(contentDir: string): FrontPlan {
  const path = join(contentDir, FRONT_FILE);
  if (!existsSync(path)) return EMPTY_PLAN;
  // Read like every content file (a regular file, never through a link); the check reports any refusal.
  const source = readSource(path, FRONT_FILE, () => undefined);
  if (source === undefined) return EMPTY_PLAN;
  const result = frontSchema.safeParse(parseFrontmatter(source).data ?? {});
  return result.success ? result.data : EMPTY_PLAN;
}

interface Candidate {
  id: string;
  draft: boolean;
  publishedEpoch: number;
}

/** Every problem in `content/front.md`, one line each, in the content check's format. */
export function checkFrontFile(
  contentDir: string,
  base: string,
  articles: readonly Candidate[],
  didYouMean: (w: string, c: Iterable<string>) => string | undefined,
  /** Where a story no article holds went (taken down into `_drafts/`, renamed), as one line, when it is known. */
  whereGone: (slug: string) => string | undefined = () => undefined,
): Diagnostic[] {
  const path = join(contentDir, FRONT_FILE);
  // A folder named front.md is reported once, by the check of content/'s folders (stray-files.ts).
  if (!existsSync(path) || lstatSync(path, { throwIfNoEntry: false })?.isDirectory()) return [];
  const file = relative(base, path).split(sep).join('/');
  const out: Diagnostic[] = [];
  const report = (field: string, message: string, pos?: { line: number; column: number }, severity: Diagnostic['severity'] = 'error') =>
    out.push({ file, field, message, severity, line: pos?.line, column: pos?.column });
  const source = readSource(path, file, (_file, field, message, pos) => report(field, message, pos), EMPTY_FILE_HINTS.front);
  if (source === undefined) return out;
  const fm = parseFrontmatter(source);
  for (const p of fm.problems) report(p.field ?? 'frontmatter', p.message, p);
  if (!fm.data) return out;
  const result = frontSchema.safeParse(fm.data);
  /** The slugs "did you mean" compares with, listed once. */
  let candidates: string[] | undefined;
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as PropertyKey[];
      // Past the limit only the limit's own line speaks for the extra picks (as for tags: one line, not one each).
      if (path[0] === 'top' && typeof path[1] === 'number' && path[1] >= MAX_TOP_STORIES) continue;
      const name = (p: readonly PropertyKey[]) => p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          report(name([...path, key]), `unknown field "${key}"; ${path.length ? 'a pick takes "slug" and "until"' : 'front.md takes "lead" and "top"'}`, fm.locate([...path, key]));
        }
        continue;
      }
      let message = issue.code === 'invalid_type' && path.at(-1) !== 'until' ? (pickShapeProblem(valueAt(fm.data, path), path) ?? `must be an article slug, or "slug:" with an optional "until:" date-time${bracketed(valueAt(fm.data, path), path)}`) : issue.message;
      if (issue.code === 'invalid_type' && path.length === 1 && path[0] === 'top') message = topNotAList(fm.data['top']);
      if (issue.message === ID_FORMAT_MESSAGE) message += slugHint(valueAt(fm.data, path), (candidates ??= pickable(articles)), didYouMean);
      // A pick written as the slug alone (`lead: x`) is named as written, not as a "slug:" the editor never wrote.
      const at = path.at(-1) === 'slug' && typeof valueAt(fm.data, path.slice(0, -1)) === 'string' ? path.slice(0, -1) : path;
      report(name(at) || 'frontmatter', message, fm.locate(at));
    }
  }
  // The picks that are valid on their own are checked too (one run, every problem): `top[1]` and the lead are not
  // held back by a malformed `top[0]`.
  const plan = (result.success ? result.data : validParts(frontSchema, fm.data)) as Partial<FrontPlan> | undefined;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const picks: [string, PropertyKey[], FrontPick][] = [];
  if (plan?.lead) picks.push(['lead', ['lead'], plan.lead]);
  // forEach: a list of valid parts has holes where its invalid items were. A list past the limit has its line
  // above; only the picks it may keep are looked up (a thousand picks are no thousand archive searches).
  plan?.top?.forEach((p, i) => {
    if (i < MAX_TOP_STORIES) picks.push([`top[${i}]`, ['top', i], p]);
  });
  const seen = new Set<string>();
  for (const [field, at, p] of picks) {
    // A pick whose slug was refused above (missing, mistyped, a list) keeps only its valid parts: nothing to look up.
    if (typeof p.slug !== 'string') continue;
    const pos = fm.locate(at);
    const a = byId.get(p.slug);
    const gone = a ? undefined : whereGone(p.slug);
    if (gone) report(field, gone, pos);
    else if (!a) {
      const near = didYouMean(p.slug, (candidates ??= pickable(articles)));
      report(field, `no article has the slug "${p.slug}"${near ? ` (did you mean "${near}"?)` : ''}; use the file name (without .md) of an article in content/articles/`, pos);
    } else if (a.draft) {
      report(field, `"${p.slug}" is a draft, which readers cannot open; take it off the front page (in the same commit when taking the story down: until then every build stops), or publish it`, pos);
    }
    if (seen.has(p.slug)) report(field, `"${p.slug}" is already on the front page above; list each story once`, pos);
    seen.add(p.slug);
    // An offset no place used that year (round 26a #11): the pick would leave hours off.
    const offset = unusedOffset(p.until, site.timeZone);
    if (offset) report(`${field}.until`, offset, fm.locate([...at, 'until']), 'warning');
    if (a && p.until && p.until.epoch <= a.publishedEpoch) {
      report(`${field}.until`, `"until" ${p.until.iso} is not after the story's publication; give a later time or remove "until"`, fm.locate([...at, 'until']));
    }
  }
  return out;
}

/**
 * `top:` written as one value, not a list (round 28b #5: one slug, a `slug:` map or `a, b` were told to be "an
 * article slug", which they were): the list to write, its items as given.
 */
function topNotAList(value: unknown): string {
  const item = (slug: string) => `"  - ${slug.length > 80 ? `${slug.slice(0, 80)}…` : slug}"`;
  if (typeof value === 'string' && value.trim() !== '') {
    const slugs = value.split(',').map((s) => s.trim()).filter(Boolean);
    const shown = slugs.slice(0, MAX_TOP_STORIES).map(item).join(', ');
    return slugs.length > 1
      ? `is a list, and a comma does not separate its stories: write each on its own line under "top:", ${shown}`
      : `is a list, even of one story: write it on its own line under "top:", ${shown}`;
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { slug?: unknown }).slug === 'string') {
    return `is a list, even of one pick: start the pick with "- " on the line under "top:", ${item(`slug: ${(value as { slug: string }).slug}`)} (an "until:" line under it lines up with "slug:")`;
  }
  return `is a list of stories: write each article slug on its own line under "top:", "  - <slug>"`;
}

/** Slugs "did you mean" may propose for a pick: not drafts, which a pick refuses (a scheduled story waits for its slot). */
function pickable(articles: readonly Candidate[]): string[] {
  return articles.filter((a) => !a.draft).map((a) => a.id);
}

/** The value at `path` in the frontmatter as written (`lead` or `top[i]` may be a string or `{ slug }`). */
function valueAt(data: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (typeof node === 'string' && key === 'slug') return node;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

/**
 * A pick with nothing in it (an empty `-` under `top:`, `lead:` with no value) or a list of slugs where one belongs
 * (`lead: [a, b]`): the line to write (round 36 blind #5); else undefined.
 */
function pickShapeProblem(value: unknown, path: readonly PropertyKey[]): string | undefined {
  const item = typeof path.at(-1) === 'number';
  if (value === null) return item ? 'is empty (a "-" with no slug after it); write the article\'s slug after "- ", or remove the line' : `is empty; write the article's slug after "${String(path.at(-1))}:", or remove the line`;
  if (!Array.isArray(value) || value.length < 2 || !value.every((v) => typeof v === 'string')) return undefined;
  const lines = (slugs: readonly string[]) => slugs.map((s) => `"  - ${s}"`).join(', ');
  if (item) return `is a list of ${value.length} stories in one pick; write each on its own line under "top:", ${lines(value)}`;
  return `is a list of ${value.length} stories, but the lead is one story; write lead: ${value[0]}, and put the others under "top:", one line each: ${lines(value.slice(1))}`;
}

/** A pick written as a list of one slug (`lead: [x]`): the value to write without brackets (32a F13), else nothing. */
function bracketed(value: unknown, path: readonly PropertyKey[]): string {
  if (!Array.isArray(value) || value.length !== 1 || typeof value[0] !== 'string') return '';
  return `; one value, without brackets: ${typeof path.at(-1) === 'number' ? '- ' : `${String(path.at(-1))}: `}${value[0]}`;
}

/** `; did you mean "…"?` for a headline or path written where a slug belongs, else nothing. */
function slugHint(value: unknown, ids: readonly string[], didYouMean: (w: string, c: Iterable<string>) => string | undefined): string {
  if (typeof value !== 'string') return '';
  // A space at an end is named, as in an article's ids (32a F13: the slug on screen already reads right).
  const spaced = endSpaceNote(value);
  if (spaced && value.trim() !== '') {
    const slug = value.trim();
    return ids.includes(slug) ? `; ${spaced}, which is no part of a slug; delete it` : `; ${spaced}, which is no part of a slug; without it${slugHint(slug, ids, didYouMean).replace(/^;/, ',')}`;
  }
  const asSlug = suggestSlug(value.replace(/\.md$/i, '').split('/').filter(Boolean).pop() ?? value);
  const near = ids.includes(asSlug) ? asSlug : didYouMean(asSlug, ids);
  return near ? `; "${value}" is not a slug: did you mean "${near}"?` : `; write the article's file name without .md`;
}

export interface FrontStory<A> {
  article: A;
  /** True when an editor put it there (false: the newest story filled the slot). */
  pinned: boolean;
}

export interface FrontPage<A> {
  lead: FrontStory<A> | undefined;
  top: FrontStory<A>[];
  /** Newest first, none of them the lead or a top story. */
  latest: A[];
  /** Everything above, for section blocks to skip. */
  onPage: Set<string>;
}

/**
 * Composes the front page from `articles` (the visible ones, newest first) and the editors' plan at `now`.
 * A pick that is not visible (scheduled, or gone) or whose `until` has passed leaves its slot to the newest story.
 */
export function composeFront<A extends { slug: string }>(articles: readonly A[], plan: FrontPlan, now: number): FrontPage<A> {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const active = (p: FrontPick | undefined): A | undefined => (p && (!p.until || p.until.epoch > now) ? bySlug.get(p.slug) : undefined);
  const pinnedLead = active(plan.lead);
  const pinnedTop = plan.top.map(active).filter((a): a is A => !!a && a !== pinnedLead);
  const used = new Set<string>([...(pinnedLead ? [pinnedLead.slug] : []), ...pinnedTop.map((a) => a.slug)]);
  const newest = articles.filter((a) => !used.has(a.slug));
  let next = 0;
  const fill = (): A | undefined => newest[next++];

  // With fewer stories than slots, a pinned top story leads rather than leave the lead empty.
  const promoted = !pinnedLead && next >= newest.length ? pinnedTop.shift() : undefined;
  const leadArticle = pinnedLead ?? promoted ?? fill();
  const lead = leadArticle ? { article: leadArticle, pinned: !!(pinnedLead ?? promoted) } : undefined;
  const top: FrontStory<A>[] = pinnedTop.map((article) => ({ article, pinned: true }));
  while (top.length < MAX_TOP_STORIES) {
    const a = fill();
    if (!a) break;
    top.push({ article: a, pinned: false });
  }
  const onPage = new Set([...(lead ? [lead.article.slug] : []), ...top.map((s) => s.article.slug)]);
  const latest = articles.filter((a) => !onPage.has(a.slug)).slice(0, LATEST_COUNT);
  for (const a of latest) onPage.add(a.slug);
  return { lead, top, latest, onPage };
}
