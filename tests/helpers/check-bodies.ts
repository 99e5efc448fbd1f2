/** The content check over the base newsroom plus a few articles: its lines, `path:line:column field  message`. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '#/check/content-check.ts';
import type { Diagnostic } from '#/check/diagnostics.ts';
import type { VisibilityContext } from '#/domain/visibility.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The moment the tests check at (drafts hidden): the fixtures' stories are published, none is scheduled. */
const VISIBILITY = { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false };

/** A line as the tests quote it: `line:column field  message`, `warning: ` before a warning's message. */
export const lineOf = (d: Diagnostic) => `${d.line ?? ''}:${d.column ?? ''} ${d.field}  ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;

/**
 * The check of a whole content folder (a newsroom copy, tests/helpers/newsroom-copy.ts), at the tests' moment: the
 * lines of the files whose path ends with `file`, each as `format` writes it ({@link lineOf} by default).
 */
export function checkLinesOf(contentDir: string, file: string, format: (d: Diagnostic) => string = lineOf): string[] {
  return checkNewsroom(contentDir)
    .filter((d) => d.file.endsWith(file))
    .map(format);
}

/** Every line of the check of a whole content folder (a newsroom copy), at the tests' moment or at `now` (epoch ms). */
export function checkNewsroom(contentDir: string, now = VISIBILITY.now): Diagnostic[] {
  return checkContent({ root: ROOT, contentDir, visibility: { ...VISIBILITY, now } }).diagnostics.filter((d) => !sharedTestHeadline(d));
}

/** The headline every test article has unless it gives its own: the same in all, so not a finding of its own. */
export const TEST_HEADLINE = 'Test headline';
/** The same-headline warning (rules/same-headlines.ts) about the shared test headline, which no test is about. */
const sharedTestHeadline = (d: Diagnostic) => d.field === 'title' && d.message.startsWith(`"${TEST_HEADLINE}" is also the headline of `);

/** A frontmatter for `articles/2026/11/…` test articles (body from line 9); `fields` replace or add lines. */
export const testFrontmatter = (fields: Record<string, string> = {}) =>
  `---\n${Object.entries({ title: TEST_HEADLINE, description: 'A standfirst for a test.', published: '"2026-11-20T10:00:00+04:30"', authors: '[nadia-rahyab]', section: 'economy', ...fields })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n`;

/**
 * `files`: paths under content/articles/2026/11/ and their whole text (or bytes); lines of those files only, their
 * path shortened to what follows `2026/11/`; checked at the tests' moment, at `now` (epoch ms) or with a whole
 * visibility (a pinned clock).
 */
export function checkArticles(files: Record<string, string | Buffer>, now: number | VisibilityContext = VISIBILITY.now): string[] {
  return checkArticlesWhere(files, (file) => Object.keys(files).some((p) => file.endsWith(`2026/11/${p}`)), now);
}

/** As {@link checkArticles}, with every line under content/articles/2026/11/ (its folders' lines too). */
export function checkArticlesFolder(files: Record<string, string | Buffer>, now = VISIBILITY.now): string[] {
  return checkArticlesWhere(files, (file) => file.includes('2026/11/'), now);
}

function checkArticlesWhere(files: Record<string, string | Buffer>, keep: (file: string) => boolean, now: number | VisibilityContext): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-check-'));
  try {
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      const file = join(content, 'articles/2026/11', path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const result = checkContent({ root: ROOT, contentDir: content, visibility: typeof now === 'number' ? { ...VISIBILITY, now } : now });
    return result.diagnostics
      .filter((d) => keep(d.file) && !sharedTestHeadline(d))
      .map((d) => `${d.file.replace(/^.*2026\/11\//, '')}:${d.line ?? ''}:${d.column ?? ''} ${d.field}  ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
