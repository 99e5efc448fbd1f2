/**
 * `npm run release -- <slug> [--at <date-time>|now]`: takes a draft live. Removes its `draft: true` line and, for a
 * draft `npm run new` started, dates it now in the newsroom's time zone: it was dated when started, so a story
 * started on Monday and released on Thursday went out with Monday's date (round 26a #2). A story that was out before
 * keeps its date, a scheduled one its time; `--at` sets the time, also of a story that is not a draft
 * (src/check/release-date.ts: round 29 #2, #3). Nothing else in the file changes. Every mistake is one line on
 * stderr and exit code 2, and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '#/check/content-check.ts';
import { checkCommand } from '#/check/content-dir.ts';
import { cannotWrite, fileSystemCause } from '#/check/write-cause.ts';
import { contentDirVariableProblem } from '#/check/content-folder-arg.ts';
import { nowInZone, placeholderLeft, startedByNew } from '#/check/scaffold.ts';
import { formerlyOf } from '#/check/scaffold-tags.ts';
import { datesBeforePublished, inZoneOrAlone, notDraftLine, releaseDate } from '#/check/release-date.ts';
import { didYouMean } from '#/check/rules/suggest.ts';
import { parseNewsDate } from '#/domain/dates.ts';
import { decideContext } from '#/domain/context.ts';
import { orStop } from '#/build/or-stop.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { listMarkdownFiles } from '../src/check/rules/trust.ts';
import { whereGone } from '../src/check/rules/gone-articles.ts';
import { escapeControls } from '../src/check/diagnostics.ts';
import { site } from '../src/site.config.ts';

const HELP = `usage: npm run release -- <slug> [--at <date-time>|now]

Takes the draft content/articles/**/<slug>.md live: removes its "draft: true" line. A draft npm run new started
(its draft line says so) or copied from the template with its sample date is dated now (${site.timeZone}); any
other draft keeps its "published": a past one was out before (put back, it keeps its date), a future one is
scheduled. --at sets "published" in every case, also of a story that is not a draft: --at now, or a time
(e.g. --at "2026-12-05T16:00:00+04:30": it appears with the first build after then).
Then run npm run check:content, commit and push.`;

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { at: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  fail(`${(error as Error).message.split('\n')[0]}; see npm run release -- --help`);
}
if (parsed.values.help) {
  console.log(HELP);
  process.exit(0);
}
const [given, ...extra] = parsed.positionals;
if (given === undefined || extra.length) fail('name one article: npm run release -- <slug> (the file name without .md)');
const slug = basename(given).replace(/\.md$/, '');

// "Now" as the check reads it (DATELINE_NOW pins it; a pin it refuses stops here in one line: round 36).
const now = orStop(() => decideContext('build', process.cwd()), 'release').now;
const nowIso = nowInZone(now, site.timeZone);
if ((parsed.values.at?.length ?? 0) > 1) fail('--at is given twice; give one time');
const atValue = parsed.values.at?.[0];
let atIso: string | undefined;
if (atValue !== undefined && atValue.trim().toLowerCase() === 'now') atIso = nowIso;
else if (atValue !== undefined) {
  const at = parseNewsDate(atValue, site.timeZone);
  if (!at.ok) fail(`--at ${at.problem}; or --at now`);
  // A date alone whose day starts at an offset with seconds (local mean time: Kabul's +04:36:48 until 1890) is
  // written in UTC, where 1583-01-01 is 1582-12-31: such a day is written as the date alone, as typed (32a F1).
  atIso = inZoneOrAlone(at.date, atValue);
  if (!parseNewsDate(atIso, site.timeZone).ok) fail(`--at ${atValue.trim()} would be written as "${atIso}", which the check refuses; give the time with its offset (nothing was changed)`);
}

const root = process.cwd();
// DATELINE_CONTENT_DIR naming a file, or a folder that is no content folder: the check's line (round 31b F9).
const notContent = contentDirVariableProblem(root);
if (notContent) fail(`${notContent} (nothing was changed)`);
const contentDir = contentDirFor(root);
const listed = listMarkdownFiles(`${contentDir}/articles`, true, () => {});
const found = listed.filter((path) => basename(path) === `${slug}.md`);
if (!found.length) {
  // Kept in `_drafts/` (or under another "_" name), which is never read (round 28b #9: "no article" read as a typo),
  // or an old slug a renamed story lists in `formerly`, or a near miss (round 29 #4): the check's own answers.
  const articles = () =>
    listed.map((path) => {
      const formerly = formerlyOf(path)?.['formerly'];
      return { slug: basename(path, '.md'), title: undefined, formerly: [formerly].flat().filter((x): x is string => typeof x === 'string'), file: relative(root, path), path };
    });
  const gone = whereGone({ articlesDir: `${contentDir}/articles`, articles, rel: (path) => relative(root, path) })(slug);
  const day = atIso ?? nowIso;
  const month = `${relative(root, contentDir)}/articles/${day.slice(0, 4)}/${day.slice(5, 7)}`;
  const missing = `no article content/articles/**/${escapeControls(slug)}.md`;
  if (gone?.kind === 'unread') fail(`${escapeControls(gone.file)} is kept in a place whose name starts with "_", which is never read or published; move it to ${escapeControls(month)}/${escapeControls(slug)}.md first, then run npm run release -- ${escapeControls(slug)} (nothing was changed)`);
  if (gone?.kind === 'renamed') fail(`${missing}: the story was renamed to "${escapeControls(gone.slug)}" (${escapeControls(gone.file)} lists "${escapeControls(slug)}" in formerly); run npm run release -- ${escapeControls(gone.slug)} (nothing was changed)`);
  const near = didYouMean(slug, listed.map((path) => basename(path, '.md')));
  if (near) fail(`${missing}; did you mean "${escapeControls(near)}"? run npm run release -- ${escapeControls(near)} (nothing was changed)`);
  fail(`${missing}; the slug is the file name without .md`);
}
if (found.length > 1) fail(`${found.length} files are named ${escapeControls(slug)}.md (${found.map((f) => relative(root, f)).join(', ')}); a slug names one article: run npm run check:content and keep one (nothing was changed)`);
const file = found[0]!;
const shown = relative(root, file);
let original = '';
try {
  original = readFileSync(file, 'utf8');
} catch (error) {
  fail(`${shown} cannot be read: ${fileSystemCause(error)} (nothing was changed)`);
}
// Read as the check reads it (src/check/frontmatter.ts): a byte-order mark skipped, `draft: TRUE`, `"draft": true`,
// a flow map, a value on the next line (round 27a #1–#3: the line-by-line reading called a hidden draft live).
const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
const text = original.slice(bom.length);
const fm = parseFrontmatter(text);
if (!fm.data) fail(`${shown}: ${fm.problems[0]?.message ?? 'its frontmatter cannot be read'}; run npm run check:content, fix it, then release (nothing was changed)`);
const draft = fm.data['draft'];
// `draft: yes`, `"true"`, `on`: what the check refuses ("must be true or false"), meant as a draft; released like
// one (its line goes). Any other value is named, never called live (round 28b #2: the build stops on it).
const meantDraft = typeof draft === 'string' || typeof draft === 'number' ? /^(?:true|yes|y|on|1)$/i.test(String(draft).trim()) : false;
if (draft !== undefined && typeof draft !== 'boolean' && !meantDraft) {
  const at = fm.locate(['draft']);
  fail(`${shown}:${at.line}:${at.column}  draft  ${draft === null ? 'is empty' : `must be true or false, not ${JSON.stringify(draft)}`}; write draft: true to release it with this command, or draft: false (or no draft line) if it is ready as it is (nothing was changed)`);
}
const isDraft = draft === true || meantDraft;
if (!isDraft && atIso === undefined) fail(notDraftLine(shown, slug, fm.data['published'], now));
// A story not yet written goes out as the placeholder (round 36g #1: only the next check said so).
const unwritten = placeholderLeft(fm.data['description'], fm.body);
if (unwritten) fail(`${shown}: the ${unwritten.field} is still the template's placeholder "${unwritten.text}"; write the story first (nothing was changed)`);
if (fm.data['published'] === undefined) fail(`${shown} has no published field; add published: "${atIso ?? nowIso}" to its frontmatter (nothing was changed)`);

const lines = text.split('\n');
/** The scalar written at a position (1-based line and column): quoted, or plain up to a comment, comma or bracket. */
const SCALAR = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s,#{}[\]][^,#{}[\]\r\n]*?(?=[ \t]*(?:[,}\]\r]|[ \t]#|$))/y;
const scalarAt = (line: number, column: number) => {
  SCALAR.lastIndex = column - 1;
  const m = SCALAR.exec(lines[line - 1] ?? '');
  return m ? { line, from: column - 1, to: column - 1 + m[0].length } : undefined;
};
const draftAt = isDraft ? fm.locate(['draft']) : undefined;
const publishedAt = fm.locate(['published']);
const draftValue = draftAt && scalarAt(draftAt.line, draftAt.column);
const dating = releaseDate({ slug: escapeControls(slug), written: fm.data['published'], at: atIso, nowIso, now, startedByNew: startedByNew(draftAt ? (lines[draftAt.line - 1] ?? '') : '') });
const published = dating.write ?? fm.data['published'];
// `--at` after the story's `updated` or a correction: the check would refuse the file (32a F2).
const earlier = dating.write === undefined ? undefined : datesBeforePublished(fm.data, dating.write, now);
if (earlier) fail(`${shown}: published "${dating.write}" would come after its ${earlier.fields}, which the check refuses (a story is updated and corrected after it is published); give --at a time before ${earlier.count > 1 ? 'them' : 'it'}, or remove ${earlier.count > 1 ? 'those lines' : 'that line'} if the story goes out anew (nothing was changed)`);
const publishedValue = dating.write === undefined ? undefined : scalarAt(publishedAt.line, publishedAt.column);
/** The edit by hand, when release cannot make it. */
const byHand = dating.write === undefined ? 'remove draft: true by hand (published stays as it is)' : `${isDraft ? 'remove draft: true and ' : ''}set published: "${dating.write}" by hand`;
if ((isDraft && !draftValue) || (dating.write !== undefined && !publishedValue)) fail(`${shown}: its draft or published value is written in a form release cannot edit; ${byHand} (nothing was changed)`);
// Later positions first, so earlier ones stay where they were.
const edits = [
  ...(publishedValue ? [{ ...publishedValue, text: `"${dating.write}"` }] : []),
  // A line of its own (`draft: true # …`) goes; in a flow map (`{…, draft: true}`) the value becomes false.
  ...(!draftValue
    ? []
    : /^[ \t]*["']?draft["']?[ \t]*:/.test(lines[draftValue.line - 1] ?? '') && (lines[draftValue.line - 1] ?? '').slice(draftValue.to).trim().replace(/^#.*/, '') === ''
      ? [{ line: draftValue.line, from: -1, to: -1, text: '' }]
      : [{ ...draftValue, text: 'false' }]),
].sort((a, b) => b.line - a.line || b.from - a.from);
for (const e of edits) {
  if (e.from === -1) lines.splice(e.line - 1, 1);
  else lines[e.line - 1] = lines[e.line - 1]!.slice(0, e.from) + e.text + lines[e.line - 1]!.slice(e.to);
}
const released = lines.join('\n');
// Read back as the check will: released and dated, or nothing is written.
const again = parseFrontmatter(released);
if (again.data?.['draft'] === true || again.data?.['published'] !== published || again.problems.length) {
  fail(`${shown}: release could not edit this frontmatter safely; ${byHand} (nothing was changed)`);
}
// A read-only or locked content folder: one line naming the file and the cause (round 31b F10: a Node stack trace).
try {
  writeFileSync(file, bom + released);
} catch (error) {
  fail(`${shown} cannot be written (${fileSystemCause(error)}); run release where the content folder is writable, or ${byHand} (${cannotWrite(error) ? 'nothing was changed' : 'the file may be cut short: compare it with git diff'})`);
}
console.log(`${isDraft ? 'released' : 'dated'} ${shown}: ${isDraft ? 'draft line removed, ' : ''}${dating.said}; then run ${checkCommand()}, commit and push`);
