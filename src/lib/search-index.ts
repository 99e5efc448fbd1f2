/**
 * The Pagefind search index, fed from the checked content rather than by re-reading the built HTML: it starts
 * when the build starts and runs in Pagefind's own process while Astro renders pages, and the files are written
 * when the build is done. Only visible articles are indexed (the one visibility rule).
 */
import { cpSync, renameSync, rmSync } from 'node:fs';
import { close, createIndex } from 'pagefind';
import { site } from '../site.config.ts';
import type { CheckedContent } from './content-check.ts';
import { formatNewsDate } from './dates.ts';
import { articlePath } from './urls.ts';
import { isVisible, type VisibilityContext } from './visibility.ts';

/** Readable text of a Markdown body: markup, URLs, code and HTML tags removed. */
export function markdownText(markdown: string): string {
  return markdown
    // Fenced code, up to a closing fence at least as long (or the end of the body).
    .replace(/(^|\n) {0,3}(`{3,}|~{3,})[^\n]*(?:\n(?! {0,3}\2)[^\n]*)*(?:\n {0,3}\2[`~]*[ \t]*(?=\n|$(?![\s\S]))|$(?![\s\S]))/g, '$1 ')
    // Comments, scripts and styles never reach readers, so never the index either.
    .replace(/<!--[\s\S]*?(?:-->|$(?![\s\S]))/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ')
    .replace(/^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm, ' ') // table rules
    .replace(/^ {0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_~`|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchIndexRun {
  /** Resolves when the index files are written to the staging folder. */
  ready: Promise<{ records: number }>;
  staging: string;
}

/**
 * Starts indexing now and writes the index files to `staging` as soon as they are ready (Astro empties the
 * output folder when it starts, so they cannot go there yet); `publishSearchIndex` copies them into the site.
 */
export function startSearchIndex(content: CheckedContent, visibility: VisibilityContext, staging: string): SearchIndexRun {
  const sections = new Map(content.sections.map((s) => [s.id, s.data.name]));
  const ready = (async () => {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const visible = content.articles.filter((a) => isVisible(a.data, visibility));
    await Promise.all(
      visible.map(async (a) => {
        const added = await index.addCustomRecord({
          url: articlePath(a.id),
          // One index for the site's language, so the search page finds articles in every language.
          language: site.lang,
          content: [a.data.title, a.data.description, a.data.dateline ?? '', markdownText(a.body)].join('\n'),
          meta: {
            title: a.data.title,
            date: `Published ${formatNewsDate(a.data.published, { locale: site.locale, timeZone: site.timeZone, timeZoneLabel: site.timeZoneLabel })}`,
          },
          filters: { section: [sections.get(a.data.section) ?? a.data.section] },
        });
        if (added.errors.length) throw new Error(`pagefind: ${a.file}: ${added.errors.join('; ')}`);
      }),
    );
    rmSync(staging, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: staging });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await close();
    return { records: visible.length };
  })();
  // Avoid an unhandled rejection before the build awaits it; the error is rethrown there.
  ready.catch(() => undefined);
  return { ready, staging };
}

/** Waits for the index and copies it to `outputPath` (the site's `/pagefind/`). */
export async function publishSearchIndex(run: SearchIndexRun, outputPath: string): Promise<number> {
  const { records } = await run.ready;
  rmSync(outputPath, { recursive: true, force: true });
  try {
    renameSync(run.staging, outputPath); // same file system: instant
  } catch {
    cpSync(run.staging, outputPath, { recursive: true });
    rmSync(run.staging, { recursive: true, force: true });
  }
  return records;
}
