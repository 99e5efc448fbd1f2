/**
 * A body link by path to a file of content/ that is no article (round 36 blind #1, #2): an author, section or topic
 * file, front.md, a photo or a PDF. The line says which page such a file publishes as, with the address to write,
 * or that the file is not published at all and what to do instead (it used to say "not an article file", or talk of
 * article URLs).
 */
import { lstatSync } from 'node:fs';
import { basename, extname, relative, sep } from 'node:path';
import { authorPath, sectionPath, tagPath } from '#/domain/urls.ts';
import { IMAGE_EXTENSIONS } from './image-format.ts';
import { missingPage } from './missing-page.ts';
import type { SitePages } from './site-pages.ts';

/** The page a non-article `.md` file of content/ stands behind, and what it is; undefined for any other file. */
function pageOf(rel: string): { page: string; what: string } | undefined {
  if (rel === 'front.md') return { page: '/', what: 'the front page' };
  const [, folder, id] = /^(authors|sections|tags)\/([^/]+)\.md$/i.exec(rel) ?? [];
  if (!folder || !id) return undefined;
  if (folder === 'authors') return { page: authorPath(id), what: `the author page ${authorPath(id)}` };
  if (folder === 'sections') return { page: sectionPath(id), what: `the section page ${sectionPath(id)}` };
  return { page: tagPath(id), what: `the topic page ${tagPath(id)}` };
}

/**
 * Why a link to `file` (inside content/, no article) fails, with the fix: the page address to write for an author,
 * section or topic file or front.md; for a photo or any other file, that it is not published. Undefined when `file`
 * is none of these (a missing `.md`: the caller's own line). `shown`: the file as messages name it; `written`: the
 * address as the editor wrote it, for the embed to write.
 */
export function contentFileProblem(file: string, shown: string, written: string, contentDir: string, pages: SitePages): string | undefined {
  const rel = relative(contentDir, file).split(sep).join('/');
  const isFile = lstatSync(file, { throwIfNoEntry: false })?.isFile() === true;
  // A bio or section file that is not there: the caller's "does not exist" line, not the page of a missing file.
  const behind = isFile ? pageOf(rel) : undefined;
  if (behind) {
    if (behind.page === '/') return `points to ${shown}, which holds the front page's picks and is published as the front page, /; link / instead`;
    const fix = `a file's path is not its page's address; link ${behind.page} instead`;
    // A page the build does not write yet (no published article names it): said, as a link to its address would be.
    return pages.has(behind.page) ? `points to ${shown}, the file behind ${behind.what}: ${fix}` : `points to ${shown}, the file behind ${behind.what}, which the build does not write yet (${missingPage(behind.page, pages)}); remove the link for now, and once the page is out link ${behind.page}`;
  }
  if (/\.md$/i.test(rel)) return undefined;
  // A page's address written as a file (`story.html`, `feed.xml`) that is not there: the caller's page line.
  if (!isFile && /\.(?:html?|php|aspx?|xml|json)$/i.test(rel)) return undefined;
  const name = basename(file);
  const publicFix = `put it in public/ (e.g. public/files/${name}) and link /files/${name}`;
  const notPublished = 'files in content/ other than articles and the photos they show are not published';
  if (!isFile) return `points to ${shown}, which does not exist (and ${notPublished}); to offer a file for download, ${publicFix}, or link the address where it is hosted`;
  if (IMAGE_EXTENSIONS.includes(extname(name).toLowerCase())) {
    return `points to ${shown}, a photo: ${notPublished}, and a photo only as the resized copies of the article showing it; to show it, embed it: ![what it shows](${written}); to offer the original, ${publicFix}`;
  }
  return `points to ${shown}: ${notPublished}; ${publicFix}, or link the address where it is hosted`;
}
