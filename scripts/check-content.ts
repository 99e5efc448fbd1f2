/**
 * `npm run check:content [-- --strict] [content-folder]`: every content problem, one line each, without
 * rendering a page. Exit 1 when there is an error; warnings are printed and, with --strict (CI), fail too.
 */
import { parseArgs } from 'node:util';
import { scheduledSummary } from '#/check/rules/editorial.ts';
import { checkContent, contentDirFor } from '#/check/content-check.ts';
import { printDiagnostics } from '#/check/diagnostics.ts';
import { contentCounts } from '#/check/summary.ts';
import { localImageLines } from '#/check/rules/image-decode.ts';
import { decideContext, pageVisibility } from '#/domain/context.ts';
import { openTextMemo } from '#/build/text-memo.ts';
import { orStop } from '#/build/or-stop.ts';
import { strictSetting } from '#/build/strict-setting.ts';
import { contentDirVariableProblem, contentFolderProblem } from '#/check/content-folder-arg.ts';
import { resolve } from 'node:path';
import { didYouMean } from '#/check/rules/suggest.ts';

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { strict: { type: 'boolean', default: false } } });
} catch (err) {
  const text = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
  // Node's wording for an unknown option proposed quoting it as a folder, with an unbalanced quote (round 36).
  const unknown = /^Unknown option '([^']*)'/.exec(text)?.[1];
  const near = unknown === undefined ? undefined : didYouMean(unknown.replace(/^-+/, ''), ['strict']);
  const said = unknown === undefined ? text : `unknown option ${unknown}${near ? ' (did you mean --strict?)' : ''}; the only option is --strict, which makes warnings fail too`;
  console.error(`check:content: ${said} (usage: npm run check:content -- [--strict] [content-folder])`);
  process.exit(2);
}
const strict = args.values.strict || orStop(() => strictSetting(process.env), 'check:content');
const root = process.cwd();
// One content folder at most: a second was silently left out (round 29d #8).
if (args.positionals.length > 1) {
  console.error(`check:content: give one content folder, not ${args.positionals.length} (usage: npm run check:content -- [--strict] [content-folder])`);
  process.exit(2);
}
// npm runs the script from the project's folder; a folder given is read from where the command was typed (INIT_CWD):
// `check:content -- .` inside content/articles named the project itself (round 29d #8).
const given = args.positionals[0];
const contentDir = given === undefined ? contentDirFor(root) : resolve(process.env['INIT_CWD'] ?? root, given);
// A story's file or the articles/ folder given: one line, not a check of it as a content folder (round 28b #3).
// The folder DATELINE_CONTENT_DIR names, when no folder is given: the same line as the build's (round 31b F9).
const notContent = (given === undefined ? contentDirVariableProblem(root) : undefined) ?? contentFolderProblem(root, contentDir, contentDirFor(root));
if (notContent) {
  console.error(`check:content: ${notContent}`);
  process.exit(2);
}
const visibility = pageVisibility(orStop(() => decideContext('build', root), 'check:content'));
const started = performance.now();
// The pure body rules' answers of the last check are reused for unchanged bodies (src/build/text-memo.ts).
const cache = openTextMemo(root);
const result = checkContent({ root, contentDir, visibility, memo: cache.memo, ahead: cache.ahead });
cache.save();
// Every local image is decoded as the build's image pipeline would (src/check/rules/image-decode.ts).
const photoLines = await localImageLines(result.localImages);
const { errors, warnings } = printDiagnostics([...result.diagnostics, ...photoLines]);
const ms = Math.round(performance.now() - started);
const summary = scheduledSummary(result.articles, visibility);
if (summary) console.log(summary);
// Photos the image pipeline cannot decode are errors of their articles too (round 19: the count left them out).
const counts = contentCounts({ ...result, diagnostics: [...result.diagnostics, ...photoLines] });
const warned = warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '';
if (errors > 0 || (strict && warnings > 0)) {
  const what = [errors ? `${errors} error${errors === 1 ? '' : 's'}` : '', warned].filter(Boolean).join(', ');
  console.error(`\n✗ ${what} in content: ${counts}; ${ms} ms${errors === 0 ? ' — warnings fail with --strict' : ''}`);
  process.exitCode = 1;
} else {
  console.log(`✓ content is valid: ${counts}${warned ? `, ${warned}` : ''} (${ms} ms)`);
}
