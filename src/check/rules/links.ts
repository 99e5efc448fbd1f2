/**
 * Every link in an article body that resolves to this site (src/domain/site-links.ts) must point at a page the
 * build writes: an existing, visible article, or a section, topic, author, archive or fixed page that exists.
 */
import { existsSync, lstatSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { site } from '#/site.config.ts';
import type { Publishable, VisibilityContext } from '#/domain/visibility.ts';
import { isScheduled } from '#/domain/visibility.ts';
import type { NewsDate } from '#/domain/dates.ts';
import { formatSiteDate } from '#/domain/site-dates.ts';
import { markdownLinks } from '#/check/markdown-links.ts';
import { scanRawLinks } from './raw-links.ts';
import { FOOTNOTE_IN_LINK_MESSAGE } from './footnote-in-link.ts';
import { emptyAddress } from './empty-address.ts';
import { quotedAddress } from './quoted-address.ts';
import { MAX_LINES_PER_RULE } from './each-line.ts';
import { resolveSiteLink, type SiteLink } from '#/domain/site-links.ts';
import { nearSlug, suggestSlug } from './suggest.ts';
import { wikiLinks } from './wiki-links.ts';
import { ARTICLE_URLS, missingPage, NO_PAGE } from './missing-page.ts';
import { contentFileProblem } from './content-file-links.ts';
import { oldAddress, wordpressQuery } from './old-addresses.ts';
import type { Report } from './report.ts';
import { truncateGraphemes as truncate } from './graphemes.ts';
import { articlePath, safeDecode } from '#/domain/urls.ts';
import { isInside } from './trust.ts';
import type { SitePages } from './site-pages.ts';
import type { AliasOwners } from './aliases.ts';
import { aliasKey } from '#/domain/aliases.ts';
import { browserForm, urlProblem } from '#/domain/url-syntax.ts';
import { FORBIDDEN_CHARS } from './invisible-chars.ts';
import { fragmentOf, type AnchorIndex } from './anchors.ts';
import { previewLinkProblem, privateAddressWarning } from './local-hosts.ts';
import { windowsLinkProblem } from './windows-links.ts';
import { bareHostProblem } from './bare-hosts.ts';
import { unreadStoryFix, type WhereGone } from './gone-articles.ts';
import type { SuggestableSlugs } from './suggestable.ts';
import { BODY_RULE, computeAlways, type BodyMemo } from '../body-memo.ts';
import type { BodyLink } from '#/check/link-scan.ts';
import type { Amplification } from './amplification.ts';

/** Broken links per file that get a "did you mean" (each compares the slug with every article's). */
const SUGGESTIONS_PER_FILE = 10;

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
  /** The ids pages carry, for links to a place on a page (`#key-figures`). */
  anchors: AnchorIndex;
  /** Slugs a "did you mean" may name (only visible ones from a visible page); every article file when absent. */
  suggestions?: SuggestableSlugs;
  /** Where a slug no article has went: an unread `_drafts/` file or a rename (gone-articles.ts). */
  gone?: WhereGone;
  /** The article each old address (`aliases`) sends readers to (aliases.ts). */
  aliases?: AliasOwners;
  /** Answers of the link parse from an earlier check (src/check/body-memo.ts); default: parsed here. */
  memo?: BodyMemo;
  visibility: VisibilityContext;
  report: Report;
}

export interface LinkingArticle {
  /** The article's slug; absent for bios and section texts. */
  id?: string;
  path: string;
  file: string;
  body: string;
  bodyLine: number;
  /** Readers can see the linking article (not a draft, not scheduled): only then must its targets be visible too. */
  published: boolean;
  /** When a scheduled article goes live: its targets must be out by then (siteTargetProblem). */
  goesLive?: NewsDate | undefined;
  /** The page the body is shown on (`/articles/<slug>/`, `/authors/<id>/`): relative links resolve against it. */
  page: string;
  /**
   * Shown on a page the renderer cannot name (an author's bio): links relative to the page itself are refused,
   * since only site-root paths (`/tags/rail/`) and article files (`../articles/…/story.md`) resolve the same
   * wherever the text is shown.
   */
  profile?: boolean;
  /** The body's answer to the amplification limits, shared with the body rules (content-check.ts); else asked here. */
  amplification?: Amplification;
}

export function checkBodyLinks(a: LinkingArticle, ctx: LinkContext): void {
  // Markdown links, the used reference definitions and autolinks, from the renderer's own parse (markdown-links.ts).
  const markdown = (ctx.memo ?? computeAlways)(BODY_RULE.links, a.body, a.bodyLine, () => markdownLinks(a.body, a.bodyLine, { amplification: a.amplification }));
  for (const stray of markdown.strayDefinitions) {
    ctx.report(a.file, 'link', `"${truncate(stray.text, 80)}" is printed as text: a link definition cannot follow a paragraph line; put a blank line before it`, stray);
  }
  // Link and image syntax printed as typed (typed-links.ts): the first lines of a body, then how many more.
  for (const t of markdown.typedAsText.slice(0, MAX_LINES_PER_RULE)) ctx.report(a.file, t.image ? 'body' : 'link', t.message, t);
  const moreTyped = markdown.typedAsText.slice(MAX_LINES_PER_RULE);
  if (moreTyped[0]) ctx.report(a.file, moreTyped[0].image ? 'body' : 'link', `…and ${moreTyped.length} more links or images below printed as typed; fix them too`, moreTyped[0]);
  // Wiki links and embeds (round 24a #6), with the Markdown to write: the article's file, the photo beside it.
  const wiki = wikiLinks(a.body, a.bodyLine, {
    article: (name) => {
      const f = ctx.files.get(name) ?? ctx.files.get(suggestSlug(name));
      return f && relativeLink(a.path, f.path);
    },
    image: (name) => ['.', './images'].map((dir) => `${dir}/${name}`).find((path) => isFileAt(resolve(dirname(a.path), path))),
  });
  for (const p of wiki.link) ctx.report(a.file, 'link', p.message, p.pos);
  for (const p of wiki.embed) ctx.report(a.file, 'body', p.message, p.pos);
  for (const ref of markdown.blankReferences) ctx.report(a.file, 'link', `link ${truncate(ref.text, 80)} has no text, so readers see nothing to click and screen readers announce an empty link; write the words to click between the first brackets`, ref);
  // A link inside another (round 37b #1): HTML cannot nest them, so the page loses the inner one.
  for (const l of markdown.linksInLinks.slice(0, MAX_LINES_PER_RULE)) {
    const message = l.raw
      ? `raw link ${truncate(l.text, 80)} sits inside a Markdown link's text, and a link cannot hold another: the page splits them into two links and the words after </a> lose theirs; write one link, or two side by side (the <a>…</a> after the Markdown link's ")")`
      : `link ${truncate(l.text, 80)} sits inside the raw <a …>…</a> around it, and a link cannot hold another: the page keeps its words in the outer link and the inner link is lost; write one link, or two side by side (close the <a> with </a> before the "[")`;
    ctx.report(a.file, 'link', message, l, 'warning');
  }
  const moreNested = markdown.linksInLinks.slice(MAX_LINES_PER_RULE);
  if (moreNested[0]) ctx.report(a.file, 'link', `…and ${moreNested.length} more links inside links below; fix them too`, moreNested[0], 'warning');
  for (const call of markdown.footnotesInRawLinks) ctx.report(a.file, 'body', `footnote call ${truncate(call.text, 40)} ${FOOTNOTE_IN_LINK_MESSAGE}`, call);
  const raw = new Set<BodyLink>(scanRawLinks(a.body, a.bodyLine));
  const autolinks = new Set<BodyLink>(markdown.links.filter((l) => l.kind === 'autolink'));
  let broken = 0;
  for (const link of [...markdown.links, ...raw].sort((x, y) => x.line - y.line || x.column - y.column)) {
    const pos = { line: link.line, column: link.column };
    const asTyped = raw.has(link) || autolinks.has(link);
    const label = asTyped ? `link ${truncate(raw.has(link) ? link.text : link.href, 120)}` : `link [${truncate(link.text, 60)}](${truncate(link.href, 120)})`;
    const problem = (message: string) => ctx.report(a.file, 'link', `${label} ${message}`, pos);
    if (link.blank || (!asTyped && !link.html && link.text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() === '')) {
      const where = link.html ? 'between <a …> and </a>' : 'between the brackets';
      problem(`has no text, so readers see nothing to click and screen readers announce an empty link; write the words to click ${where}`);
      continue;
    }
    const empty = emptyAddress(link, raw.has(link));
    if (empty) {
      ctx.report(a.file, 'link', empty, pos);
      continue;
    }
    // As the browser follows it: Markdown decodes character references in a destination as HTML does; a raw HTML
    // link's href comes from the parse (src/check/raw-html-links.ts), decoded already.
    const address = (link.html && raw.has(link)) || autolinks.has(link) ? browserForm(link.href) : browserForm(link.html ? link.href : markdownDestination(link.href), { html: true });
    // Quotes a word processor put around the address (round 13): said as such, before the address is judged.
    const quoted = quotedAddress(link.html && raw.has(link) ? `link [${truncate((link.words ?? '').replace(/\s+/g, ' ').trim(), 60)}] (<a href>)` : asTyped ? label : `link [${truncate(link.text, 60)}]`, address);
    if (quoted) {
      ctx.report(a.file, 'link', quoted, pos);
      continue;
    }
    const windows = windowsLinkProblem(address, {
      resolves: (path) => {
        const t = resolveSiteLink(path, site.url, a.page);
        return t.kind !== 'other' && !siteTargetProblem(t, a, ctx, false, path) && !anchorProblem(t, ctx, false);
      },
      articleLink: (path) => (ctx.paths.has(resolve(ctx.contentDir, path)) ? relativeLink(a.path, resolve(ctx.contentDir, path)) : undefined),
    });
    if (windows) {
      problem(windows);
      continue;
    }
    const bareHost = bareHostProblem(address);
    if (bareHost) {
      problem(bareHost);
      continue;
    }
    const malformed = urlProblem(address, { html: link.html === true });
    if (malformed) {
      // A host holding a character every body refuses (a zero-width space) has that line already (round 25a #12).
      if (!FORBIDDEN_CHARS.test(address)) problem(malformed);
      continue;
    }
    if (a.profile && !/^([a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(address) && !/\.md(?:[?#]|$)/i.test(address)) {
      problem('is relative to the page, but this text is shown on another page than its file; write the path from the site root (e.g. /tags/rail/) or link an article file (../articles/2026/10/story.md)');
      continue;
    }
    // The page itself, with a query or nothing after it (`./`, `.`, `?x=1#key`): the page's own address, which a
    // feed reader resolves against the feed's (round 17). `./#key` is fine: the renderer writes it `#key`.
    const itself = /^(?:\.\/?)?(?:\?[^#]*(?:#.*)?)?$/.test(address);
    if (itself) {
      problem(
        address.includes('?')
          ? 'adds a query (?…) to this page\'s own address: the page ignores it, and feed readers open the feed file instead; to link a place in the story write #place (e.g. #key-figures), or remove the link'
          : 'is this page\'s own address, which leads nowhere on the page and to the front page in feed readers; to link a place in the story write #place (e.g. #key-figures), or remove the link',
      );
      continue;
    }
    // Copied from the preview's address bar: published as written, it sends readers to their own machine.
    const preview = previewLinkProblem(address);
    if (preview) {
      problem(preview);
      continue;
    }
    // The newsroom's intranet or CMS (10.x, `*.internal`): it opens for the desk, for no reader (a warning).
    const intranet = privateAddressWarning(address, 'link the public address, or remove the link');
    if (intranet) {
      ctx.report(a.file, 'link', `${label} ${intranet}`, pos, 'warning');
      continue;
    }
    // "Did you mean" compares a slug with every article's: only the first lines of a file get one (the first ten).
    const suggest = broken < SUGGESTIONS_PER_FILE;
    const target = resolveSiteLink(address, site.url, a.page);
    let message: string | undefined;
    if (address.startsWith('#')) {
      const fragment = address.slice(1);
      message = a.profile ? ctx.anchors.onProfile(a.body, fragment, suggest) : a.id !== undefined ? ctx.anchors.onArticle(a.id, fragment, { suggest, inPage: true }) : undefined;
    } else if (target.kind !== 'other') {
      message = siteTargetProblem(target, a, ctx, suggest, address) ?? anchorProblem(target, ctx, suggest);
      const later = message ? undefined : goLiveWarning(target, a, ctx);
      if (later) ctx.report(a.file, 'link', `${label} ${later}`, pos, 'warning');
    }
    if (message) {
      broken++;
      problem(message);
    }
  }
}

/** The page a link is on: its file, and whether readers see it now (`goesLive`: the time a scheduled article does). */
export interface LinkSource {
  path: string;
  published: boolean;
  goesLive?: NewsDate | undefined;
}

/**
 * Why a link (or a canonical URL) to this site would fail readers, or undefined: a page the build does not write,
 * an article file outside content/ or missing, or, from a page readers see, a draft or a scheduled article.
 */
export function siteTargetProblem(target: Exclude<SiteLink, { kind: 'other' }>, from: LinkSource, ctx: LinkContext, suggest = true, written?: string): string | undefined {
  if (target.kind === 'page') {
    const shortLink = wordpressQuery(target.path, target.suffix);
    if (shortLink || ctx.pages.has(target.path)) return shortLink;
    // An old address kept in `aliases` (round 30a #2): its page only sends readers on, so the link names the story's own.
    const owner = ctx.aliases?.get(aliasKey(target.path));
    if (owner) return aliasTargetProblem(target.path, owner, from, ctx);
    // A relative path to a photo or a PDF beside the story: a file of content/, never published (round 36 blind #2).
    const path = written?.replace(/[?#].*$/, '') ?? '';
    if (path && !/^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(path) && /\.[a-z0-9]+$/i.test(path)) {
      const file = resolve(dirname(from.path), safeDecode(path));
      const asFile = isInside(ctx.contentDir, file) ? contentFileProblem(file, ctx.rel(file), path, ctx.contentDir, ctx.pages) : undefined;
      if (asFile) return asFile;
    }
    const why = missingPage(target.path, ctx.pages);
    // Where that names no page, another site's form of one this site has (old-addresses.ts): the address to write.
    const old = why === NO_PAGE || why === ARTICLE_URLS ? oldAddress(target.path, ctx.pages) : undefined;
    if (old) return old;
    // A relative address is read from the page's own: said so, since the editor never wrote the path (round 30a #7).
    const relative = written !== undefined && !/^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(written) ? ` (${written} read from this page's address)` : '';
    return `points to ${target.path}${relative}, which the build does not write (${why}); fix the link or remove it`;
  }
  const f = ctx.files.get(target.slug);
  const near = () => (suggest ? nearSlug(target.slug, ctx.suggestions?.(from.published) ?? ctx.files.keys()) : '');
  if (target.file !== undefined) {
    const resolved = resolve(dirname(from.path), safeDecode(target.file));
    // Said without looking: whether a file exists outside content/ is none of the content's business.
    if (!isInside(ctx.contentDir, resolved)) return 'points outside the content folder; link to an article by its path inside content/articles/ or by its URL (/articles/<slug>/)';
    if (!ctx.paths.has(resolved)) {
      // An author, section or topic file, or front.md: the address of the page it stands behind (round 36 blind #1).
      const behind = f ? undefined : contentFileProblem(resolved, ctx.rel(resolved), target.file, ctx.contentDir, ctx.pages);
      if (behind) return behind;
      const what = existsSync(resolved) ? 'is not an article file' : 'does not exist';
      const fix = f ? `the article "${target.slug}" is at ${f.file}, so link to ${relativeLink(from.path, f.path)}` : (goneFix(target.slug, from, ctx, true) ?? `fix the path or remove the link${near()}`);
      return `points to ${ctx.rel(resolved)}, which ${what}; ${fix}`;
    }
  } else if (!f) {
    // `/articles/<slug>.md`: a URL with the file's ".md" (round 24a #10: it was told "<slug>.md.md" is missing).
    const slug = target.slug.replace(/\.md$/i, '');
    if (slug !== target.slug && ctx.files.has(slug)) {
      return `names the article "${slug}" with its file's ".md", which its URL does not have; remove ".md" and end the address with "/" (/articles/${slug}/)`;
    }
    const missing = slug === target.slug ? 'fix the slug or remove the link' : 'an article\'s URL has no ".md": fix the slug (/articles/<slug>/) or remove the link';
    return `points to an article that does not exist (no content/articles/**/${slug}.md); ${goneFix(slug, from, ctx, false) ?? `${missing}${near()}`}`;
  }
  const linked = ctx.dataOf(target.slug);
  if (!linked) return undefined;
  // A scheduled article goes live on its own, with no one to look: a link it holds to a draft, or to an article
  // scheduled later, would then be a 404 and stop every build until someone edits it (round 17). Said now.
  if (!from.published && from.goesLive) {
    // A draft may well be out first: that is a warning (goLiveWarning).
    if (!linked.draft && isScheduled(linked, ctx.visibility) && linked.published.epoch > from.goesLive.epoch) {
      return `points to an article scheduled for ${linked.published.iso}, later than this one (${from.goesLive.iso}): from this article's time until then readers would get a 404 and every build would stop; schedule this article no earlier than that one, or add the link once it is out`;
    }
    return undefined;
  }
  if (!from.published) return undefined;
  if (linked.draft && !ctx.visibility.includeDrafts) return 'points to a draft, which readers cannot open; remove the link (in the same commit when taking the story down: until then every build stops), or publish it';
  // In the site's own date format, with the fix (32a F5: no fix, and a raw ISO value).
  if (isScheduled(linked, ctx.visibility)) return `points to an article scheduled for ${formatSiteDate(linked.published)}; readers would get a 404 until then: remove the link and add it once that story is out, or publish that story now (npm run release -- ${target.slug} --at now)`;
  return undefined;
}

/**
 * A link to an old address kept in `aliases`: its page only sends readers on, so the link names the story's own;
 * but a draft's or a scheduled story's old address has no page readers can open (round 31a #6: told to link the
 * draft, the editor was then told it points to a draft).
 */
function aliasTargetProblem(path: string, owner: { slug: string; file: string }, from: LinkSource, ctx: LinkContext): string | undefined {
  const linked = ctx.dataOf(owner.slug);
  const old = `points to ${path}, an old address of ${owner.file}`;
  if (from.published && linked?.draft && !ctx.visibility.includeDrafts) {
    return `${old} (its aliases lists it), a draft, so the build writes no page there and readers cannot open it; remove the link (in the same commit when taking the story down: until then every build stops), or publish it`;
  }
  if (from.published && linked && isScheduled(linked, ctx.visibility)) {
    return `${old} (its aliases lists it), an article scheduled for ${linked.published.iso}, so readers would get a 404 there until then; remove the link, or add it once the story is out`;
  }
  return `${old} (its aliases lists it; that page only sends readers on); link to ${articlePath(owner.slug)}`;
}

/** Where the linked story went, as the fix (round 24a #11): kept unread in `_drafts/`, or renamed; else undefined. */
function goneFix(slug: string, from: LinkSource, ctx: LinkContext, byPath: boolean): string | undefined {
  const gone = ctx.gone?.(slug);
  if (gone?.kind === 'unread') return unreadStoryFix(gone.file, 'remove the link');
  if (gone?.kind !== 'renamed' || (from.published && ctx.dataOf(gone.slug)?.draft)) return undefined;
  const why = gone.listed ? `the article ${gone.file} was renamed from "${slug}" (its formerly lists it; the old address only sends readers on)` : `the article ${gone.file} has the headline that made "${slug}", so the file was probably renamed`;
  return `${why}: link to ${byPath ? relativeLink(from.path, gone.path) : articlePath(gone.slug)}`;
}

/**
 * A scheduled article's link to a draft: a 404 from the time the article goes live, which would stop every build
 * from then unless the draft is published first. A warning now, while someone can still act (round 17).
 */
export function goLiveWarning(target: Exclude<SiteLink, { kind: 'other' }>, from: LinkSource, ctx: LinkContext): string | undefined {
  if (from.published || !from.goesLive || target.kind !== 'article' || ctx.visibility.includeDrafts) return undefined;
  if (!ctx.dataOf(target.slug)?.draft) return undefined;
  return `points to a draft; this article goes live at ${from.goesLive.iso}, and from then, unless that draft is published first, the link would be a 404 and stop every build: publish it first or remove the link`;
}

/** Why the place named after `#` in a link to a page of this site is not on that page, or undefined. */
function anchorProblem(target: Exclude<SiteLink, { kind: 'other' }>, ctx: LinkContext, suggest: boolean): string | undefined {
  const fragment = fragmentOf(target.suffix);
  if (fragment === undefined) return undefined;
  return target.kind === 'article' ? ctx.anchors.onArticle(target.slug, fragment, { suggest, inPage: false }) : ctx.anchors.onPage(target.path, fragment);
}

/** A Markdown link destination as written (`<…>`, backslash escapes) to the address it stands for. */
function markdownDestination(href: string): string {
  return href.trim().replace(/^<([^>]*)>$/, '$1').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** `./other.md` or `../10/other.md`: how an article links to another article file. */
function relativeLink(from: string, to: string): string {
  const path = relative(dirname(from), to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Whether a regular file, not a link, is at `path` (a photo a wiki embed names, by its bare file name beside the article). */
function isFileAt(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() === true;
}
