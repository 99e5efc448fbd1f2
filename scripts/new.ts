/**
 * `npm run new -- "Headline" [options]`: creates content/articles/<yyyy>/<mm>/<slug>.md, dated now in the
 * newsroom's time zone, as a draft. Every mistake is one line on stderr and exit code 2; nothing is written
 * unless everything is right, and an existing file is never overwritten.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor, MAX_SLUG_LENGTH } from '#/check/content-check.ts';
import { checkCommand } from '#/check/content-dir.ts';
import { cannotWrite, fileSystemCause } from '#/check/write-cause.ts';
import { contentDirVariableProblem } from '#/check/content-folder-arg.ts';
import { formerSlugsIn } from '#/check/rules/former-slugs.ts';
import { existingNamed, existingTags, formerlyOf } from '#/check/scaffold-tags.ts';
import { headlineProblem, nowInZone, scaffold, slugFromHeadline } from '#/check/scaffold.ts';
import { idOptionProblem, scaffoldOptionProblem, tagsOption } from '#/check/scaffold-options.ts';
import { writableIds } from '#/check/rules/ids.ts';
import { isDeviceName } from '#/domain/device-names.ts';
import { decideContext } from '#/domain/context.ts';
import { orStop } from '#/build/or-stop.ts';
import { SLUG_PATTERN } from '../src/schemas/fields.ts';
import { firstLinkOrGap, listMarkdownFiles } from '../src/check/rules/trust.ts';
import { escapeControls } from '../src/check/diagnostics.ts';
import { site } from '../src/site.config.ts';

const HELP = `usage: npm run new -- "Headline of the story" [options]

Creates content/articles/<yyyy>/<mm>/<slug>.md from the headline, dated now (${site.timeZone}), as a draft
(draft: true) with placeholder text that the content check refuses once the draft line is removed.

options:
  --author <id>     author id from content/authors/ (repeat for several, in byline order)
  --section <id>    section id from content/sections/
  --tags <list>     comma-separated topics, e.g. --tags "transit, Torkham" (repeats add up)
  --slug <slug>     the file name / URL slug (lower-case a-z, 0-9, single hyphens); default: from the headline,
                    other scripts transliterated (needed when the headline has no letters that transliterate)
  --draft           kept for compatibility: every new article is a draft
  -h, --help        this text

A headline that starts with "-" goes last, after "--" (options before it):
  npm run new -- --author nadia-rahyab -- "-5 degrees in Kabul"`;

function fail(message: string): never {
  console.error(`new: ${message.replace(/\s*\n\s*/g, ' ')}`);
  process.exit(2);
}

/** What to write after a value-taking option given none: an example, and for an id the ids there are. */
function valueExample(option: string): string {
  if (option === 'tags') return 'give the topics after it, e.g. --tags "transit, Torkham"';
  if (option === 'slug') return 'give the slug after it, e.g. --slug kabul-river-rises, or leave --slug out to make it from the headline';
  const kind = option === 'author' ? 'authors' : 'sections';
  let listed: string[] = [];
  try {
    listed = writableIds(existingNamed(contentDirFor(process.cwd()), kind));
  } catch {
    // No list to give: the example alone.
  }
  return `give the ${option} id after it, e.g. --${option} ${listed[0] ?? '<id>'}${listed.length ? ` (${kind}: ${listed.join(', ')})` : ''}`;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      author: { type: 'string', multiple: true },
      section: { type: 'string', multiple: true },
      tags: { type: 'string', multiple: true },
      slug: { type: 'string', multiple: true },
      draft: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (err) {
  const text = err instanceof Error ? err.message : String(err);
  const option = /'(-[^']*)'/.exec(text)?.[1];
  if (option && /^-\d/.test(option)) fail(`"${option}" reads as an option; a headline that starts with "-" goes last, after -- (options before it): npm run new -- [options] -- "${option} …"`);
  // Node's own wording named no fix, and its example had an unbalanced quote (32a F14): the option and what to write.
  const bare = /^Option '--(author|section|tags|slug)(?: <value>)?' argument (is ambiguous|missing)/.exec(text);
  if (bare) fail(`--${bare[1]} is given no value${bare[2] === 'missing' ? '' : ' (the word after it is another option)'}; ${valueExample(bare[1]!)} (nothing was written)`);
  const unknown = /^Unknown option '([^']*)'/.exec(text)?.[1];
  if (unknown !== undefined) fail(`unknown option ${unknown}; the options are --author, --section, --tags and --slug (see npm run new -- --help), and a headline that starts with "-" goes last, after -- (options before it): npm run new -- [options] -- "${unknown} …" (nothing was written)`);
  fail(`${text.split('\n')[0]} (see npm run new -- --help)`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
// "Now" as the check reads it: DATELINE_NOW pins it, and a pin the check would refuse stops here in one line, not a
// draft dated by the clock that the pinned check then calls scheduled (round 36).
const now = orStop(() => decideContext('build', process.cwd()), 'new').now;
const headline = positionals.join(' ').trim().replace(/\s+/g, ' ');
if (!headline) fail('give the headline in quotes: npm run new -- "Headline of the story" (see --help)');
const titleProblem = headlineProblem(headline);
if (titleProblem) fail(`the headline ${titleProblem} (nothing was written)`);

const root = process.cwd();
// DATELINE_CONTENT_DIR naming a file, or a folder that is no content folder: the check's line (round 31b F9).
const notContent = contentDirVariableProblem(root);
if (notContent) fail(`${notContent} (nothing was written)`);
const contentDir = contentDirFor(root);
const ids = (kind: 'authors' | 'sections') => writableIds(existingNamed(contentDir, kind));
const known = (value: string, kind: 'authors' | 'sections', given: readonly string[] = []) => {
  const problem = idOptionProblem(value, existingNamed(contentDir, kind), kind, given);
  return problem === undefined ? value : fail(problem);
};
// An article has one section and one slug: a second one is a mistake, not a silent replacement.
for (const option of ['section', 'slug'] as const) {
  const given = values[option] ?? [];
  if (given.length > 1) fail(`--${option} is given ${given.length} times (${given.map((v) => JSON.stringify(v)).join(', ')}); an article has one ${option} (nothing was written)`);
}
const authors = (values.author ?? []).map((a, i, given) => known(a, 'authors', given.filter((_, j) => j !== i)));
const section = values.section?.[0] === undefined ? '' : known(values.section[0], 'sections');
// Repeated --tags add up: --tags rail --tags trade is --tags "rail, trade"; a quoted topic keeps its commas.
const tagList = tagsOption(values.tags ?? []);
if ('problem' in tagList) fail(tagList.problem);
const tags = tagList.tags;
// The check's tag warnings (a near miss of an established topic) are said too, once the draft is written (32a F14).
const tagNotes: string[] = [];
const optionProblem = scaffoldOptionProblem(authors, tags, existingTags(contentDir), (message) => tagNotes.push(message));
if (optionProblem) fail(`${optionProblem} (nothing was written)`);

const givenSlug = values.slug?.[0];
let slug = givenSlug;
if (slug !== undefined) {
  if (!SLUG_PATTERN.test(slug)) fail(`--slug "${slug}" must be lower-case a-z and 0-9 words joined by single hyphens, e.g. --slug kabul-river-rises`);
  if (slug.length > MAX_SLUG_LENGTH) fail(`--slug is ${slug.length} characters long; a slug is at most ${MAX_SLUG_LENGTH} (it names the page's folder and its social card), so shorten it to the story's key words (nothing was written)`);
} else {
  slug = slugFromHeadline(headline);
  if (!SLUG_PATTERN.test(slug)) fail(`no slug can be made from the headline's letters; give one with --slug, e.g. --slug kabul-river-rises`);
}
// `con.md`, `nul.md`: a name Windows keeps for a device, which the check refuses (rules/reserved-names.ts), so the
// draft is not written under it (round 36).
if (isDeviceName(slug)) {
  const which = givenSlug === undefined ? `the slug "${slug}" made from the headline` : `--slug "${slug}"`;
  fail(`${which} is a name Windows keeps for a device, so the story's file and page folder cannot exist there (the site could not be built or copied on Windows); ${givenSlug === undefined ? 'give one' : 'choose another'} with --slug, e.g. --slug ${slug}-<a word> (nothing was written)`);
}

const articles = join(contentDir, 'articles');
// Listed as the check lists them (no link followed, no path too long or deep for the file system): a folder that
// cannot be listed might hold this very slug, so it is named and nothing is written.
const listed = listMarkdownFiles(articles, true, (p) => {
  if (p.unlisted) fail(`${escapeControls(relative(root, p.path))}  ${p.message} (nothing was written)`);
});
const taken = new Set(listed.map((f) => basename(f).toLowerCase()));
// An article's former slug is taken too: its old address sends readers to that article (round 25a #11).
const former = formerSlugsIn(listed.map((path) => ({ file: relative(root, path), data: formerlyOf(path) })));
// `index.md` is a page bundle's file, never a story of its own (the check refuses it: 28b #4), so "Index" is taken too.
const isTaken = (s: string) => taken.has(`${s}.md`) || former.has(s) || s === 'index';
if (givenSlug === 'index') fail('--slug index names a page bundle\'s file (a folder\'s index.md), not a story; choose another --slug, e.g. --slug index-of-prices (nothing was written)');
if (isTaken(slug)) {
  const formerOf = taken.has(`${slug}.md`) ? undefined : former.get(slug);
  if (givenSlug !== undefined && formerOf !== undefined) fail(`the slug "${slug}" is a former slug of ${formerOf} (its formerly sends /articles/${slug}/ to that article); choose another --slug (nothing was written)`);
  if (givenSlug !== undefined) fail(`an article with the slug "${slug}" already exists; choose another --slug (nothing was overwritten)`);
  const base = slug;
  for (let n = 2; isTaken(slug); n++) slug = `${base}-${n}`;
}

const published = nowInZone(now, site.timeZone);
const dir = join(articles, published.slice(0, 4), published.slice(5, 7));
const file = join(dir, `${slug}.md`);
// Never through a link planted in the content folder (`articles/2026/12 -> ../../../public`): the draft would be
// written, and published or compiled, outside it. Folders that do not exist yet are made below.
const link = firstLinkOrGap(contentDir, dir);
if (link && !link.missing) fail(`${relative(root, link.path)} is a symbolic link; Dateline never writes through links inside the content folder; replace the link with a real folder (nothing was written)`);
try {
  mkdirSync(dir, { recursive: true });
} catch (error) {
  // A read-only or locked content folder: said as such (round 31b F10), not as a file in the way.
  if (cannotWrite(error)) fail(`${relative(root, dir)} cannot be made: the content folder is not writable (${fileSystemCause(error)}); run new where it is, or ask for write access (nothing was written)`);
  // A file where a folder goes (an editor's stray export named "11"): one line, like every other mistake.
  fail(`${relative(root, dir)} cannot be made: a file of that name stands on the way; move or rename that file (nothing was written)`);
}
try {
  writeFileSync(file, scaffold({ headline, authors, section, tags, draft: true, published }), { flag: 'wx' });
} catch (error) {
  // Only EEXIST is a file already there (round 31b F10: EROFS was told "already exists").
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${relative(root, file)} already exists; nothing was overwritten`);
  const cause = fileSystemCause(error);
  fail(`${relative(root, file)} cannot be written: ${cannotWrite(error) ? `the content folder is not writable (${cause}); run new where it is, or ask for write access` : cause} (nothing was written)`);
}
console.log(`created ${relative(root, file)} (a draft)`);
for (const note of tagNotes) console.log(`warning: --tags: ${escapeControls(note)}`);
const todo = [
  authors.length ? '' : `authors (${ids('authors').join(', ')})`,
  section ? '' : `section (${ids('sections').join(', ')})`,
  'description',
  'the story',
].filter(Boolean);
// Released with npm run release, which dates it then (round 27a #3: removing the line by hand kept the start's date).
console.log(`next: write ${todo.join(', ')}; run ${checkCommand()}; when it is ready, npm run release -- ${slug}`);
