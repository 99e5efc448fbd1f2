/**
 * `canonical` names where a story was first published. One on this site's own host is a link like any other:
 * it must point at a page the build writes, and from a published article never at a draft or a scheduled one
 * (the slug itself may be embargoed). An article's own URL is no canonical at all: it would also take the article
 * out of the sitemaps, which list only pages that are their own canonical. And only an article can be the original
 * of an article: a canonical naming the front page, a section, a feed, the favicon or the 404 page would fold the
 * story into that page for search engines (and drop it from the sitemaps) without a word; the address must be the
 * article's page exactly as the site writes it (`https://<site>/articles/<slug>/`, no query or fragment).
 */
import { join } from 'node:path';
import { site } from '#/site.config.ts';
import { resolveSiteLink } from '#/domain/site-links.ts';
import { articlePath } from '#/domain/urls.ts';
import { urlProblem } from '#/domain/url-syntax.ts';
import type { Position } from '#/check/frontmatter.ts';
import { goLiveWarning, siteTargetProblem, type LinkContext, type LinkSource } from './links.ts';
import { nearSlug } from './suggest.ts';
import { canonicalChainProblem, type CanonicalOf } from './canonical-chain.ts';
import { previewAddressProblem, previewCanonicalProblem, privateAddressWarning } from './local-hosts.ts';

export function checkCanonical(
  a: LinkSource & { id: string; file: string; canonical: string | undefined; at: Position | undefined },
  ctx: LinkContext,
  canonicalOf: CanonicalOf = () => undefined,
): void {
  if (!a.canonical) return;
  // Printed as written into `<link rel="canonical">` and `og:url`: judged like an address in raw HTML.
  const malformed = urlProblem(a.canonical, { html: true });
  if (malformed) {
    ctx.report(a.file, 'canonical', `${a.canonical} ${malformed}`, a.at);
    return;
  }
  const target = resolveSiteLink(a.canonical, site.url, articlePath(a.id));
  if (target.kind === 'other') {
    const preview = previewCanonicalProblem(a.canonical);
    if (preview) ctx.report(a.file, 'canonical', `${a.canonical} ${preview}`, a.at);
    const intranet = preview ? undefined : privateAddressWarning(a.canonical, 'give the original story\'s public address, or remove "canonical"');
    if (intranet) ctx.report(a.file, 'canonical', `${a.canonical} ${intranet}`, a.at, 'warning');
    return;
  }
  if (target.kind === 'article' && target.slug === a.id) {
    ctx.report(a.file, 'canonical', `is this article's own URL; "canonical" is for a story first published elsewhere, so remove it`, a.at);
    return;
  }
  const rule = `a canonical on this site's host must be the page of another published article, ${site.url.replace(/\/+$/, '')}/articles/<slug>/ (for a story first published elsewhere, give that site's address), or remove "canonical"`;
  if (target.kind === 'page') {
    ctx.report(a.file, 'canonical', `${a.canonical} names ${target.path === '/' ? 'the front page' : target.path} of this site, not an article page; ${rule}`, a.at);
    return;
  }
  const copy = copyOfTakenDown(target, a, ctx);
  if (copy) {
    ctx.report(a.file, 'canonical', `${a.canonical} ${copy}`, a.at);
    return;
  }
  const problem = siteTargetProblem(target, a, ctx)?.replace(/: link to (\/articles\/\S+\/)$/, (_, page: string) => `: write canonical: ${site.url.replace(/\/+$/, '')}${page}`);
  const later = problem ? undefined : goLiveWarning(target, a, ctx);
  if (later) ctx.report(a.file, 'canonical', `${a.canonical} ${later}`, a.at, 'warning');
  if (problem) {
    ctx.report(a.file, 'canonical', `${a.canonical} ${problem.replace(/fix the link or remove it$/, 'fix the address or remove "canonical"')}`, a.at);
    return;
  }
  // Printed as written: the article's address exactly as its page states it, or crawlers see another URL.
  const written = new URL(a.canonical);
  const page = `/articles/${target.slug}/`;
  // The scheme, the host's letters and the port as the site writes them too (32a F12: `http://`, `DATELINE.…` and
  // `:443` were printed as written, sending search engines to another form of the original's address).
  const origin = site.url.replace(/\/+$/, '');
  if (written.pathname !== page || written.search !== '' || written.hash !== '' || a.canonical.includes('#') || !a.canonical.startsWith(`${origin}/`)) {
    ctx.report(a.file, 'canonical', `${a.canonical} names the article "${target.slug}" in another form than its page's address; write ${origin}${page}`, a.at);
    return;
  }
  // The original, not another copy: a chain or a loop of canonicals (canonical-chain.ts).
  const chained = canonicalChainProblem(a.id, target.slug, canonicalOf, site.url);
  if (chained) ctx.report(a.file, 'canonical', `${a.canonical} ${chained}`, a.at);
}

/**
 * A canonical naming an article of this site that is being taken down (kept unread under a `_` name, made a draft,
 * or deleted): this article is a copy of that story, so the first fix is to take the copy down too; "remove the
 * link" kept the taken-down text online as a new original, in the sitemaps and feeds (round 26a #10). Undefined
 * for any other target (siteTargetProblem's line).
 */
function copyOfTakenDown(target: Exclude<ReturnType<typeof resolveSiteLink>, { kind: 'other' }>, a: LinkSource & { file: string }, ctx: LinkContext): string | undefined {
  if (target.kind !== 'article' || target.file !== undefined || /\.md$/i.test(target.slug)) return undefined;
  const copy = 'this article is a copy of that story (its canonical names it)';
  const alone = 'remove canonical: only if the copy should stand on its own';
  const drafts = `${ctx.rel(join(ctx.contentDir, 'articles', '_drafts'))}/`;
  if (!ctx.files.has(target.slug)) {
    const gone = ctx.gone?.(target.slug);
    if (gone?.kind === 'renamed') return undefined;
    if (gone?.kind === 'unread') {
      return `names the story kept unread at ${gone.file} (a name starting with "_" is never published), so readers cannot open it; ${copy}: take this copy down too, in the same commit (until then every build stops): move ${a.file} into ${heldFolder(gone.file) ?? drafts} as well; ${alone}; or move ${gone.file} back among the articles to publish it`;
    }
    const near = nearSlug(target.slug, ctx.suggestions?.(a.published) ?? ctx.files.keys());
    const fix = `fix the slug${near}`;
    const takeDown = `if that story was taken down, ${copy}: take this copy down too (move ${a.file} into ${drafts}), or ${alone}`;
    return `points to an article that does not exist (no content/articles/**/${target.slug}.md); ${near ? `${fix}; ${takeDown}` : `${takeDown}; otherwise ${fix}`}`;
  }
  if (!a.published || ctx.visibility.includeDrafts || !ctx.dataOf(target.slug)?.draft) return undefined;
  return `points to a draft, which readers cannot open; ${copy}: if the story is being taken down, take this copy down too (draft: true, or move ${a.file} into ${drafts}), in the same commit (until then every build stops); ${alone}; or publish the original`;
}

/** The `_` folder an unread file is kept in (`content/articles/_drafts/`), or undefined for a file named `_x.md`. */
function heldFolder(file: string): string | undefined {
  const parts = file.split('/');
  const held = parts.findIndex((p) => p.startsWith('_'));
  return held >= 0 && held < parts.length - 1 ? `${parts.slice(0, held + 1).join('/')}/` : undefined;
}

/**
 * An author's `url` ("elsewhere") is printed on the author page: on this site's host it is a link like any other
 * (never a draft's URL; a page the build writes).
 */
export function checkOwnSiteUrl(a: { file: string; path: string; field: string; url: string | undefined; page: string; at: Position | undefined }, ctx: LinkContext): void {
  if (!a.url) return;
  const malformed = urlProblem(a.url, { html: true });
  if (malformed) {
    ctx.report(a.file, a.field, `${a.url} ${malformed}`, a.at);
    return;
  }
  // The editor's own machine is no page elsewhere that readers can open (round 32c F4: body links and canonical
  // refused it, an author's `url` did not).
  const local = previewAddressProblem(a.url, `give the author's page elsewhere (their own site or profile), or remove "${a.field}"`);
  if (local) {
    ctx.report(a.file, a.field, `${a.url} ${local}`, a.at);
    return;
  }
  const intranet = privateAddressWarning(a.url, `give the author's public page elsewhere (their own site or profile), or remove "${a.field}"`);
  if (intranet) {
    ctx.report(a.file, a.field, `${a.url} ${intranet}`, a.at, 'warning');
    return;
  }
  const target = resolveSiteLink(a.url, site.url, a.page);
  if (target.kind === 'other') return;
  // "Elsewhere" with rel="me" on an author page (round 17): another author's page claims their identity, and the
  // author's own page links to itself.
  const author = target.kind === 'page' ? /^\/authors\/([^/]+)\/(?:\d+\/)?$/.exec(target.path)?.[1] : undefined;
  if (author !== undefined) {
    const whose = target.kind === 'page' && target.path.startsWith(a.page) ? 'this author\'s own page' : `the page of another author (${author})`;
    ctx.report(a.file, a.field, `${a.url} is ${whose} on this site; "${a.field}" is the author's page elsewhere (their own site or profile): give that address or remove "${a.field}"`, a.at);
    return;
  }
  const problem = siteTargetProblem(target, { path: a.path, published: true }, ctx);
  if (problem) ctx.report(a.file, a.field, `${a.url} ${problem.replace(/fix the link or remove it$/, `fix the address or remove "${a.field}"`)}`, a.at);
}
