/**
 * Round 28b #1, #3, #4, #7, #13, #15: an unread file is told a name that is a slug and free (never the live story's
 * beside it); check:content given a file or articles/ says to check the content folder; a page bundle's first
 * `index.md` is an error; a file in the wrong kind of folder is one line; unread files are counted in the summary.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { contentFolderProblem } from '#/check/content-folder-arg.ts';
import { contentCounts } from '#/check/summary.ts';
import { checkArticles, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { ENVOY, newsroomCopies } from '../helpers/newsroom-copy.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const story = `${testFrontmatter()}Traders said wheat prices held steady this week.\n`;
const newsroom = newsroomCopies('r28f');
const LIVE = 'envoy-lands-in-kabul-ahead-of-doha-round';
const month = (c: string) => join(c, 'articles', '2026', '11');
/** The `file` lines of a newsroom, `name  message` (the name after the last "/"). */
const fileLines = (content: string) =>
  checkNewsroom(content)
    .filter((d) => d.field === 'file')
    .map((d) => `${d.file.replace(/.*\//, '')}  ${d.message}`);

describe('a hidden editor copy ".#story.md" (#1)', () => {
  const HIDES = 'file  the file name starts with ".", which hides the file, so it is not read; rename it to';

  it('is told a name that is a slug, in one step; followed, it is quiet', () => {
    const lines = checkArticles({ '.#grain4.md': story, '.Grain Five.md': story, 'grain6.md': story });
    expect(lines).toEqual([`.#grain4.md:1:1 ${HIDES} "grain4.md"`, `.Grain Five.md:1:1 ${HIDES} "grain-five.md"`]);
  });

  it('a hidden story keeps its plain name', () => {
    expect(checkArticles({ '.kabul-story.md': story })).toEqual([`.kabul-story.md:1:1 ${HIDES} "kabul-story.md"`]);
  });
});

describe('an unread copy beside the live story (#7)', () => {
  const TAKEN = `("${LIVE}.md" is another file's name, or another line's proposal: if this file is a copy of that one, delete one of them instead)`;

  it('is never told to take the live story\'s name: the free name and "delete one of them"', () => {
    const content = newsroom((c) => {
      for (const name of [`.${LIVE}.md`, `${LIVE}.md.`, `${LIVE}.markdown`, `${LIVE}.txt`, `${LIVE}.md.bak`, `${LIVE}.MD`, `${LIVE}.ｍｄ`, `${LIVE}.html`]) writeFileSync(join(month(c), name), story);
    });
    const lines = fileLines(content);
    // Each is told a name of its own (-2 … -8, in the order they are listed).
    expect(new Set(lines.map((l) => /rename it to "([^"]+)"/.exec(l)?.[1])).size).toBe(8);
    expect(lines.map((l) => l.replace(/-\d\.md" \(/, '-N.md" (')).sort()).toEqual([
      `.${LIVE}.md  the file name starts with ".", which hides the file, so it is not read; rename it to "${LIVE}-N.md" ${TAKEN}`,
      `${LIVE}.MD  file name "${LIVE}.MD" is not a valid slug; rename it to "${LIVE}-N.md" ${TAKEN} (lower-case a-z, 0-9 and single hyphens)`,
      `${LIVE}.markdown  only .md files are read; rename it to "${LIVE}-N.md" ${TAKEN}`,
      `${LIVE}.md.  the file name ends with a dot after ".md", so it is not read; rename it to "${LIVE}-N.md" ${TAKEN}`,
      `${LIVE}.md.bak  the file ends in ".bak" after ".md", so it is not read; if it is a backup or a merge leftover, remove it (or start its name with "_" to keep it unread); if it is meant to be read, rename it to "${LIVE}-N.md" ${TAKEN}`,
      `${LIVE}.ｍｄ  the file name ends in ".ｍｄ" in fullwidth (or other lookalike) letters, not ".md", so it is not read; rename it to "${LIVE}-N.md" ${TAKEN}`,
      `${LIVE}.html  this file is not read: articles are .md files; rename it to "${LIVE}-N.md" ${TAKEN}, or start its name with "_" to keep it there unread`,
      `${LIVE}.txt  this file is not read: articles are .md files; rename it to "${LIVE}-N.md" ${TAKEN}, or start its name with "_" to keep it there unread`,
    ].sort());
  });

  it('authors and sections the same, and a section is not called "the story"', () => {
    const content = newsroom((c) => {
      writeFileSync(join(c, 'authors', '.nadia-rahyab.md'), '---\nname: Nadia Rahyab\n---\n');
      writeFileSync(join(c, 'sections', 'economy.markdown'), '---\nname: Economy\n---\n');
      writeFileSync(join(c, 'sections', 'economy.md.orig'), '---\nname: Economy\n---\n');
    });
    const lines = fileLines(content);
    expect(lines).toContain(`.nadia-rahyab.md  the file name starts with ".", which hides the file, so it is not read; rename it to "nadia-rahyab-2.md" ("nadia-rahyab.md" is another file's name, or another line's proposal: if this file is a copy of that one, delete one of them instead)`);
    expect(lines).toContain(`economy.markdown  only .md files are read; rename it to "economy-2.md" ("economy.md" is another file's name, or another line's proposal: if this file is a copy of that one, delete one of them instead)`);
    expect(lines.find((l) => l.startsWith('economy.md.orig'))).toMatch(/; if it is a backup or a merge leftover, remove it .*; if it is meant to be read, rename it to "economy-3\.md"/);
    expect(lines.join('\n')).not.toContain('the story');
  });

  it('with no file of that name, the plain name is proposed (and followed, quiet)', () => {
    const content = newsroom((c) => {
      writeFileSync(join(month(c), '.wheat-story.md'), story);
      writeFileSync(join(month(c), 'rice-story.md.'), story);
      writeFileSync(join(month(c), 'corn-story.md.orig'), story);
    });
    expect(fileLines(content)).toEqual([
      '.wheat-story.md  the file name starts with ".", which hides the file, so it is not read; rename it to "wheat-story.md"',
      'corn-story.md.orig  the file ends in ".orig" after ".md", so it is not read; if it is meant to be read, rename it to "corn-story.md"; if it is a backup or a merge leftover, remove it (or start its name with "_" to keep it unread)',
      'rice-story.md.  the file name ends with a dot after ".md", so it is not read; rename it to "rice-story.md"',
    ]);
    const followed = newsroom((c) => {
      writeFileSync(join(month(c), 'wheat-story.md'), story);
      writeFileSync(join(month(c), 'rice-story.md'), story);
    });
    expect(fileLines(followed)).toEqual([]);
  });
});

describe('check:content given a story file or the articles folder (#3)', () => {
  const work = mkdtempSync(join(tmpdir(), 'dateline-r28f-arg-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  mkdirSync(join(work, 'content', 'articles', '2026', '11'), { recursive: true });
  mkdirSync(join(work, 'content', 'authors'), { recursive: true });
  writeFileSync(join(work, 'content', 'articles', '2026', '11', 'story.md'), story);
  const usual = join(work, 'content');

  it('is one line naming the content folder to check', () => {
    expect(contentFolderProblem(work, 'content/articles/2026/11/story.md', usual)).toBe(
      'content/articles/2026/11/story.md is a file, not a content folder: the check always reads a whole content folder; run "npm run check:content"',
    );
    expect(contentFolderProblem(work, 'content/articles', usual)).toBe(
      'content/articles is the articles/ folder of the content folder content, not a content folder: the check always reads a whole content folder; run "npm run check:content"',
    );
    expect(contentFolderProblem(work, 'content/articles/2026', join(work, 'other'))).toBe(
      'content/articles/2026 is a folder inside the articles/ folder of the content folder content, not a content folder: the check always reads a whole content folder; run "npm run check:content -- content"',
    );
  });

  it('a content folder and a new empty one are left to the check; a mistyped one is one line (round 36)', () => {
    expect(contentFolderProblem(work, 'content', usual)).toBeUndefined();
    mkdirSync(join(work, 'fresh'));
    expect(contentFolderProblem(work, 'fresh', usual)).toBeUndefined();
    expect(contentFolderProblem(work, 'contnet', usual)).toBe('contnet does not exist (did you mean content?); give the folder that holds articles/ (or none: "npm run check:content" reads content)');
  });
});

describe('a page bundle\'s index.md (#4)', () => {
  it('the first one is an error with the bundle fix, not published at /articles/index/', () => {
    expect(checkArticles({ 'kabul-bakery-bundle/index.md': story })).toEqual([
      "kabul-bakery-bundle/index.md:1:1 file  the story would be published at /articles/index/; a file named index.md takes its slug from its name, not its folder: rename it to its folder's name (kabul-bakery-bundle.md)",
    ]);
    expect(checkArticles({ 'index.md': story })).toEqual([
      'index.md:1:1 file  the story would be published at /articles/index/; a file named index.md takes its slug from its name: name it after the story, e.g. kabul-bakers-brace-for-winter.md',
    ]);
  });

  it('followed, it is quiet; a story whose slug merely contains "index" too', () => {
    expect(checkArticles({ 'kabul-bakery-bundle/kabul-bakery-bundle.md': story })).toEqual([]);
    expect(checkArticles({ 'price-index-rises.md': story, 'indexes.md': story })).toEqual([]);
  });
});

describe('a file in the wrong kind of folder (#13)', () => {
  const bio = '---\nname: Farid Noori\nrole: Reporter\n---\n\nFarid Noori reports on trade from Herat.\n';

  it('a story in authors/, a bio or the front page in articles/: one line each, naming where it goes', () => {
    const content = newsroom((c) => {
      writeFileSync(join(c, 'authors', 'wheat-prices-steady.md'), story);
      writeFileSync(join(month(c), 'farid-noori.md'), bio);
      writeFileSync(join(c, 'articles', 'front.md'), `---\nlead: ${LIVE}\n---\n`);
    });
    const lines = checkNewsroom(content)
      .filter((d) => /wheat-prices-steady|farid-noori|articles\/front/.test(d.file))
      .map((d) => `${d.file.replace(/^.*?content\//, '')}:${d.line}:${d.column} ${d.field}  ${d.message}`);
    expect(lines.map((l) => l.replace(/\S*content\//g, 'content/'))).toEqual([
      'articles/2026/11/farid-noori.md:1:1 file  this is an author bio (name, role), but content/articles/ holds stories: move it to content/authors/',
      'articles/front.md:1:1 file  this is the front page\'s picks (lead), but content/articles/ holds stories: move it to content/front.md',
      'authors/wheat-prices-steady.md:1:1 file  this is an article (title, description, published …), but content/authors/ holds author bios: move it to content/articles/2026/11/',
    ]);
  });

  it('a file of its own folder with a slip keeps its field lines', () => {
    const content = newsroom((c) => {
      writeFileSync(join(c, 'sections', 'trade.md'), '---\ntitle: Trade\ndescription: Imports and exports.\n---\n');
      writeFileSync(join(c, 'authors', 'farid-noori.md'), '---\nname: Farid Noori\nrol: Reporter\n---\n');
    });
    const lines = checkNewsroom(content).filter((d) => /trade|farid/.test(d.file)).map((d) => `${d.field}  ${d.message}`);
    expect(lines.some((l) => l.startsWith('file  this is'))).toBe(false);
    expect(lines.length).toBeGreaterThan(0);
    expect(checkArticles({ 'plain.md': story })).toEqual([]);
  });
});

describe('unread story files in the summary (#15)', () => {
  const counts = (content: string) => contentCounts(checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }));

  it('are counted with their errors', () => {
    const content = newsroom((c) => {
      writeFileSync(join(month(c), 'grain.markdown'), story);
      writeFileSync(join(month(c), 'grain2.md.orig'), story);
      writeFileSync(join(month(c), '.grain3.md'), story);
    });
    expect(counts(content)).toBe('3 articles, 2 authors, 2 sections, 3 unread files (3 with errors)');
  });

  it('a newsroom without them says nothing of them', () => {
    expect(counts(newsroom(() => {}))).toBe('3 articles, 2 authors, 2 sections');
    expect(ENVOY).toContain(LIVE);
  });
});
