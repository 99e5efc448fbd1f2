/**
 * `npm run check:content`: every content problem, one line each, without rendering a page.
 * Exit 1 when there is an error; warnings never change the exit code.
 */
import { checkContent, contentDirFor } from '../src/lib/content-check.ts';
import { printDiagnostics } from '../src/lib/diagnostics.ts';
import { buildNow } from '../src/lib/visibility.ts';

const root = process.cwd();
const contentDir = process.argv[2] ?? contentDirFor(root);
const started = performance.now();
const result = checkContent({ root, contentDir, visibility: { now: buildNow(), includeDrafts: false } });
const { errors, warnings } = printDiagnostics(result.diagnostics);
const ms = Math.round(performance.now() - started);
const counts = `${result.articles.length} articles, ${result.authors.length} authors, ${result.sections.length} sections`;
if (errors > 0) {
  console.error(`\n✗ ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} in content (${counts}; ${ms} ms)`);
  process.exitCode = 1;
} else {
  console.log(`✓ content is valid: ${counts}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} (${ms} ms)`);
}
