/**
 * `npm run release -- <slug> [--at <date-time>]`: takes a draft live. Removes its `draft: true` line and dates it
 * now in the newsroom's time zone (or at `--at`, a scheduled release): `npm run new` dated the draft when it was
 * started, so a story started on Monday and released on Thursday went out with Monday's date, below older stories
 * and out of the news sitemap (round 26a #2). Nothing else in the file changes. Every mistake is one line on
 * stderr and exit code 2, and nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '#/check/content-check.ts';
import { nowInZone } from '#/check/scaffold.ts';
import { parseNewsDate } from '#/domain/dates.ts';
import { listMarkdownFiles } from '../src/check/rules/trust.ts';
import { escapeControls } from '../src/check/diagnostics.ts';
import { site } from '../src/site.config.ts';

const HELP = `usage: npm run release -- <slug> [--at <date-time>]

Takes the draft content/articles/**/<slug>.md live: removes its "draft: true" line and sets "published" to now
(${site.timeZone}), or to --at (e.g. --at "2026-12-05T16:00:00+04:30": it appears with the first build after then).
Then run npm run check:content, commit and push.`;

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { at: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
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

let published = nowInZone(Date.now(), site.timeZone);
if (parsed.values.at !== undefined) {
  const at = parseNewsDate(parsed.values.at, site.timeZone);
  if (!at.ok) fail(`--at ${at.problem}`);
  published = at.date.iso;
}

const root = process.cwd();
const contentDir = contentDirFor(root);
const found = listMarkdownFiles(`${contentDir}/articles`, true, () => {}).filter((path) => basename(path) === `${slug}.md`);
if (!found.length) fail(`no article content/articles/**/${escapeControls(slug)}.md; the slug is the file name without .md`);
const file = found[0]!;
const shown = relative(root, file);
const text = readFileSync(file, 'utf8');
const end = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0].length;
if (end === undefined) fail(`${shown} has no frontmatter between --- lines; nothing was changed`);
const front = text.slice(0, end);
const draftLine = /^draft:[ \t]*true[ \t]*(?:#.*)?\r?\n/m;
if (!draftLine.test(front)) fail(`${shown} is not a draft (no "draft: true" line): it goes live with the next build as it is; change "published" by hand if it should be dated otherwise`);
const publishedLine = /^published:.*$/m;
if (!publishedLine.test(front)) fail(`${shown} has no "published" line; add one, e.g. published: "${published}"`);
const released = front.replace(draftLine, '').replace(publishedLine, `published: "${published}"`) + text.slice(end);
writeFileSync(file, released);
console.log(`released ${shown}: published "${published}", draft line removed; run npm run check:content, then commit and push`);
