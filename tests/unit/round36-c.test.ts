/**
 * Round 36, helper c: a gone old address is told once (its page is in the previous build's page list too); Windows
 * device names in `new` and in tags; `new` and `release` read DATELINE_NOW as the check does; check:content's
 * unknown option and missing folder are one line each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goneArticlePages, type FormerArticle } from '#/build/gone-pages.ts';
import { aliasProblem } from '#/domain/aliases.ts';
import { isDeviceName } from '#/domain/device-names.ts';
import { checkTags } from '#/check/rules/tags.ts';
import { PLACEHOLDER_BODY, PLACEHOLDER_DESCRIPTION } from '#/check/scaffold.ts';
import { ROOT } from '../helpers/build-overlay.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

/** A copy of the test newsroom, for a script to read (and write to) through DATELINE_CONTENT_DIR. */
const newsroom = newsroomCopies('r36c');
/** A script run as npm runs it: its exit code, and stdout and stderr together. */
const run = (script: string, args: string[], env: Record<string, string>) => {
  const done = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8' });
  return { status: done.status, out: `${done.stdout}${done.stderr}`.trim() };
};
/** Every file under a folder, relative to it. */
const filesUnder = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();

describe('a gone old address is one line, not one as a page and one as an old address', () => {
  const TURN = 'grain-talks-turn-to-rail';
  const LOOK = 'grain-talks-look-to-rail';
  const WEIGH = 'grain-talks-weigh-rail';
  const page = (slug: string) => `/articles/${slug}/`;
  // The previous build published LOOK and its formerly page TURN: both are in its page list.
  const previous = [page(LOOK), page(TURN)];
  const previousFormer = new Map([[LOOK, [TURN]]]);
  const gone = (built: string[], articles: FormerArticle[], held = new Map<string, string>(), unpublished = new Map<string, { file: string; draft: boolean }>()) =>
    goneArticlePages(previous, new Set(built), 'content/articles', held, { previous: previousFormer, articles }, unpublished).map((d) => `${d.file}  ${d.field}  ${d.message}`);
  const once = (lines: string[], address: string) => lines.filter((l) => l.includes(`${address} was`)).length;

  it('an old address dropped from formerly in a second rename: one line, on the article', () => {
    const weigh = { slug: WEIGH, file: `content/articles/${WEIGH}.md`, formerly: [LOOK] };
    const lines = gone([page(WEIGH), page(LOOK)], [weigh]);
    expect(lines).toEqual([
      `content/articles/${WEIGH}.md  formerly  /articles/${TURN}/ was this story's old address after the previous build (leading to /articles/${LOOK}/) and is gone now, so links readers shared go nowhere; add ${TURN} to its formerly list: formerly: [${TURN}, ${LOOK}]`,
    ]);
  });

  it('a story made a draft: its own line and one held line for its old address, not two', () => {
    const look = { slug: LOOK, file: `content/articles/${LOOK}.md`, formerly: [TURN] };
    const lines = gone([], [look], new Map([[TURN, look.file]]), new Map([[LOOK, { file: look.file, draft: true }]]));
    expect(once(lines, page(TURN))).toBe(1);
    expect(once(lines, page(LOOK))).toBe(1);
    expect(lines).toHaveLength(2);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('a story the build cannot find: its line lists the old slug, and the old address has no line of its own', () => {
    const lines = gone([page(WEIGH)], []);
    expect(lines).toEqual([
      `content/articles  file  /articles/${LOOK}/ was on the site after the previous build and is gone now: if its article was renamed, add formerly: [${TURN}, ${LOOK}] to it so links to the old address keep working; if it was taken down, nothing to do`,
    ]);
  });

  it('a page gone with no old addresses involved is still told', () => {
    expect(goneArticlePages([page('budget-vote')], new Set(), 'content/articles')).toHaveLength(1);
  });
});

describe('Windows device names (isDeviceName)', () => {
  it('CON, PRN, AUX, NUL, COM and LPT with a digit, in any case, with or without an extension', () => {
    for (const name of ['con', 'CON', 'Con.md', 'prn', 'aux.html', 'nul.tar.gz', 'com1', 'COM9', 'lpt1', 'LPT9.txt', 'com0', 'nul ', 'con .md']) {
      expect(isDeviceName(name), name).toBe(true);
    }
  });

  it('COM and LPT with the superscript digits Windows reads as digits', () => {
    for (const name of ['com\u00b9', 'COM\u00b2', 'lpt\u00b3.md', 'LPT\u00b9']) expect(isDeviceName(name), name).toBe(true);
  });

  it('words that only start like one are not', () => {
    for (const name of ['console', 'common', 'com10', 'com', 'lpt', 'auxiliary', 'nul-vote', 'con-talks.md', 'null', 'prnt', 'icon', 'com\u2074', 'con-md']) {
      expect(isDeviceName(name), name).toBe(false);
    }
  });

  it('an alias with a superscript device part is refused, as com1 was', () => {
    expect(aliasProblem('/ports/COM\u00b9/')).toMatch(/has a part "COM\u00b9" that is a device name on Windows/);
    expect(aliasProblem('/ports/com1.html')).toMatch(/is a device name on Windows/);
    expect(aliasProblem('/ports/common/')).toBeUndefined();
  });

  it('a tag whose topic address is a device name is one error line, the superscript form too', () => {
    const lines: string[] = [];
    checkTags(new Map(), [{ file: 'a.md', tags: ['COM\u00b9', 'Nul', 'Console'], published: 0, at: () => undefined }], (_file, field, message, _at, severity) => lines.push(`${field} ${severity ?? 'error'} ${message}`));
    const device = lines.filter((l) => l.includes('Windows keeps for a device'));
    expect(device).toEqual([
      'tags[0] error tag "COM\u00b9" would have its page at /tags/com1/, a folder name Windows keeps for a device (the site could not be built or copied there); write it with another word, e.g. "COM\u00b9 (topic)" or what it stands for',
      'tags[1] error tag "Nul" would have its page at /tags/nul/, a folder name Windows keeps for a device (the site could not be built or copied there); write it with another word, e.g. "Nul (topic)" or what it stands for',
    ]);
  });
});

describe('npm run new refuses a device name as the slug: one line, exit 2, nothing written', () => {
  const content = newsroom(() => {});
  const before = filesUnder(content);
  const author = ['--author', 'nadia-rahyab', '--section', 'economy'];

  it('a headline whose slug is one ("Con")', () => {
    const done = run('scripts/new.ts', ['Con', ...author], { DATELINE_CONTENT_DIR: content });
    expect(done).toEqual({ status: 2, out: 'new: the slug "con" made from the headline is a name Windows keeps for a device, so the story\'s file and page folder cannot exist there (the site could not be built or copied on Windows); give one with --slug, e.g. --slug con-<a word> (nothing was written)' });
  });

  it('a --slug that is one', () => {
    const done = run('scripts/new.ts', ['Printer queues grow', '--slug', 'lpt1', ...author], { DATELINE_CONTENT_DIR: content });
    expect(done.status).toBe(2);
    expect(done.out).toBe('new: --slug "lpt1" is a name Windows keeps for a device, so the story\'s file and page folder cannot exist there (the site could not be built or copied on Windows); choose another with --slug, e.g. --slug lpt1-<a word> (nothing was written)');
  });

  it('a --tags topic that is one', () => {
    const done = run('scripts/new.ts', ['Ports reopen', '--tags', 'AUX', ...author], { DATELINE_CONTENT_DIR: content });
    expect(done.status).toBe(2);
    expect(done.out).toMatch(/^new: --tags: tag "AUX" would have its page at \/tags\/aux\/, a folder name Windows keeps for a device .*\(nothing was written\)$/);
    expect(filesUnder(content)).toEqual(before);
  });

  it('a slug that only starts like one is written', () => {
    const done = run('scripts/new.ts', ['Console makers', ...author], { DATELINE_CONTENT_DIR: content });
    expect(done.status).toBe(0);
    expect(filesUnder(content).some((f) => f.endsWith('/console-makers.md'))).toBe(true);
    expect(existsSync(join(content, 'articles'))).toBe(true);
  });
});

describe('npm run new and release read DATELINE_NOW as check:content does', () => {
  const author = ['--author', 'nadia-rahyab', '--section', 'economy'];

  it('a pin the check refuses: one line naming DATELINE_NOW, exit 2, nothing written or changed', () => {
    const content = newsroom(() => {});
    const before = filesUnder(content);
    for (const [pin, problem] of [
      ['bogus', '"bogus" is not an ISO 8601 date'],
      ['now', '"now" is a word, not a time; unset DATELINE_NOW'],
      ['2026-11-28T12:00', '"2026-11-28T12:00" has a time but no offset; add one'],
    ] as const) {
      const made = run('scripts/new.ts', ['Pinned story', ...author], { DATELINE_CONTENT_DIR: content, DATELINE_NOW: pin });
      expect(made.status).toBe(2);
      expect(made.out).not.toContain('\n');
      expect(made.out.startsWith(`✗ new stopped: DATELINE_NOW: ${problem}`), made.out).toBe(true);
      const released = run('scripts/release.ts', ['wheat-prices-ease-as-northern-harvest-reaches-markets'], { DATELINE_CONTENT_DIR: content, DATELINE_NOW: pin });
      expect(released.status).toBe(2);
      expect(released.out).not.toContain('\n');
      expect(released.out.startsWith(`✗ release stopped: DATELINE_NOW: ${problem}`), released.out).toBe(true);
      // The same words as the check's own line.
      expect(run('scripts/check-content.ts', [], { DATELINE_CONTENT_DIR: content, DATELINE_NOW: pin }).out).toBe(made.out.replace('✗ new stopped', '✗ check:content stopped'));
    }
    expect(filesUnder(content)).toEqual(before);
  }, 120_000);

  it('a valid pin dates the draft, and its release, at the pinned time (not the clock)', () => {
    const content = newsroom(() => {});
    const made = run('scripts/new.ts', ['Pinned grain story', ...author], { DATELINE_CONTENT_DIR: content, DATELINE_NOW: '2025-03-04T05:06:07Z' });
    expect(made.status, made.out).toBe(0);
    const file = join(content, 'articles/2025/03/pinned-grain-story.md');
    expect(readFileSync(file, 'utf8')).toMatch(/^published: "2025-03-04T09:36:07\+04:30"/m);
    // Written first: release refuses a draft that still holds the scaffold's placeholders (round 36g #1).
    writeFileSync(file, readFileSync(file, 'utf8').replace(PLACEHOLDER_DESCRIPTION, 'Grain prices ease.').replace(PLACEHOLDER_BODY, 'Grain prices eased on Tuesday.'));
    const released = run('scripts/release.ts', ['pinned-grain-story'], { DATELINE_CONTENT_DIR: content, DATELINE_NOW: '2025-03-05T00:00:00Z' });
    expect(released.status, released.out).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^published: "2025-03-05T04:30:00\+04:30"/m);
  });
});

describe('check:content: an unknown option and a missing folder are one line each, exit 2', () => {
  const USAGE = '(usage: npm run check:content -- [--strict] [content-folder])';

  it('an unknown option names it and the one option there is (and a near miss of it)', () => {
    expect(run('scripts/check-content.ts', ['--bogus'], {})).toEqual({ status: 2, out: `check:content: unknown option --bogus; the only option is --strict, which makes warnings fail too ${USAGE}` });
    expect(run('scripts/check-content.ts', ['--strcit'], {})).toEqual({ status: 2, out: `check:content: unknown option --strcit (did you mean --strict?); the only option is --strict, which makes warnings fail too ${USAGE}` });
  });

  it('a folder that does not exist: one line (no check of nothing, no summary), with a content folder of a near name', () => {
    const parent = dirname(newsroom(() => {}));
    const missing = run('scripts/check-content.ts', ['no-such-folder'], { INIT_CWD: parent });
    expect(missing).toEqual({ status: 2, out: expect.stringMatching(/^check:content: \S*dateline-r36c-\w+\/no-such-folder does not exist; give the folder that holds articles\/ \(or none: "npm run check:content" reads content\)$/) });
    const typo = run('scripts/check-content.ts', ['contnet'], { INIT_CWD: parent });
    expect(typo).toEqual({ status: 2, out: expect.stringMatching(/^check:content: \S*dateline-r36c-\w+\/contnet does not exist \(did you mean \S*dateline-r36c-\w+\/content\?\); give the folder/) });
    // A folder that exists but is not a content folder is never proposed.
    expect(run('scripts/check-content.ts', ['srd'], {}).out).not.toContain('did you mean');
  });
});
