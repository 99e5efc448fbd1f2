/**
 * Round 31 (helper n): folders whose names break a photo's path, aliases that decode to what no file can be named,
 * links to a draft's alias, an alias at another article's address, percent and backslash image names, and the
 * annotation's message escaped (findings 31a #1–#7, 31b #1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArticles, checkArticlesFolder, testFrontmatter } from '../helpers/check-bodies.ts';
import { aliasProblem } from '#/domain/aliases.ts';
import { formatAnnotation } from '#/check/diagnostics.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PNG = readFileSync(join(ROOT, 'tests/fixtures/hidden-content/content/articles/2026/11/images/scheduled-photo.png'));
const BODY = 'Officials met on Monday to discuss the annex in detail and agreed on a timetable.\n';
const withLead = (src: string) => `${testFrontmatter({ image: `\n  src: ${src}\n  alt: A generated test pattern of stripes` })}${BODY}`;

/** Every line under content/articles/2026/11/ (folders too, which checkArticles leaves out), path shortened. */
const linesUnder = checkArticlesFolder;

describe('31a #1: a folder on the way to an article whose name breaks a photo path is one line', () => {
  it.each([
    ['x#y', '#', 'x-y'],
    ['x?y', '?', 'x-y'],
    ['x%41y', '%', 'x-41y'],
    ['x%', '%', 'x'],
    ['%2e%2e', '%', '2e-2e'],
    ['x\\y', '\\', 'x-y'],
  ])('%s', (folder, char, proposal) => {
    const lines = linesUnder({ [`${folder}/probe-folder.md`]: withLead('./images/lead.png'), [`${folder}/images/lead.png`]: PNG });
    const folderLines = lines.filter((l) => l.startsWith(`${folder}:`));
    expect(folderLines).toEqual([expect.stringMatching(new RegExp(`^.+:1:1 file {2}the folder name ".+" holds "\\${char}", which the build reads as .+; rename the folder to "${proposal}"$`))]);
  });
  it('a body photo alone, and each folder of a nested path, is told', () => {
    const lines = linesUnder({ 'a#b/c%d/body-only.md': `${testFrontmatter()}![A body test pattern of stripes](./images/body.png)\n`, 'a#b/c%d/images/body.png': PNG });
    expect(lines.filter((l) => / file {2}the folder name/.test(l)).map((l) => l.replace(/ .*rename/, ' rename'))).toEqual(['a#b/c%d:1:1 rename the folder to "c-d"', 'a#b:1:1 rename the folder to "a-b"']);
  });
  it('proposes a name no folder beside it has', () => {
    const lines = linesUnder({ 'x#y/story-a.md': withLead('./images/lead.png'), 'x#y/images/lead.png': PNG, 'x-y/images/other.png': PNG });
    expect(lines).toContainEqual(expect.stringContaining('rename the folder to "x-y-2"'));
  });
  it('a folder with no article below it, and folders with other odd characters, are not told', () => {
    const lines = linesUnder({
      'p#q/images/unused.png': PNG,
      'a b/story-b.md': withLead('./images/lead.png'),
      'a b/images/lead.png': PNG,
      'x&y/story-c.md': withLead('./images/lead.png'),
      'x&y/images/lead.png': PNG,
    });
    expect(lines.filter((l) => l.includes('the folder name'))).toEqual([]);
  });
});

describe('31a #4, #5, #7: an alias that decodes to what no file can be named is one line', () => {
  it.each([
    ['/old/tab%09/', 'a control character (U+0009, a tab)'],
    ['/old/nl%0A/', 'a control character (U+000A, a line break)'],
    ['/old/cr%0D/', 'a control character (U+000D, a carriage return)'],
    ['/old/esc%1B/', 'a control character (U+001B, an escape)'],
    ['/old/del%7F/', 'a control character (U+007F, a delete)'],
    ['/old/c1%C2%85/', 'a control character (U+0085, a next-line control)'],
    ['/old/fffe%EF%BF%BE/', 'a noncharacter (U+FFFE)'],
    ['/old/ffff%EF%BF%BF/', 'a noncharacter (U+FFFF)'],
    ['/old/fdd0%EF%B7%90/', 'a noncharacter (U+FDD0)'],
    ['/old/nbsp%C2%A0/', 'a space other than a plain one (U+00A0, a no-break space)'],
    ['/old/ideo%E3%80%80x/', 'a space other than a plain one (U+3000)'],
    ['/old/filler%E3%85%A4x/', 'an invisible character (U+3164)'],
    ['/old/braille%E2%A0%80x/', 'an invisible character (U+2800)'],
    ['/old/q%3Fmark/', 'holds %3F, which a host decodes to "?"'],
    ['/old/hash%23/', 'holds %23, which a host decodes to "#"'],
    ['/old/a:b/', 'holds ":", which Windows cannot hold'],
    ['/old/a*b/', 'holds "*", which Windows cannot hold'],
    ['/old/a%3Ab/', 'holds ":" once decoded, which Windows cannot hold'],
    ['/old/lt%3Cx/', 'holds "<" once decoded, which Windows cannot hold'],
    ['/old/q%22x/', 'holds """ once decoded, which Windows cannot hold'],
    ['/old/bar%7Cx/', 'holds "|" once decoded, which Windows cannot hold'],
    ['/old/x%24y/', 'write the character itself: "/old/x$y/"'],
    ['/old/a%26b%3Dc/', 'write the character itself: "/old/a&b=c/"'],
  ])('%s', (alias, words) => {
    expect(aliasProblem(alias)).toContain(words);
  });
  it.each(['/old/a%20b/', '/old/café/', '/old/caf%C3%A9/', '/old/x%25y/', '/old/x$y/', '/old/a&b=c/', '/old/❤️/', '/2009/03/16/story/', '/old/story.html'])('%s is still an alias', (alias) => {
    expect(aliasProblem(alias)).toBeUndefined();
  });
  it('is one line in the check, naming the field', () => {
    const lines = checkArticles({ 'probe-aliases.md': `${testFrontmatter({ aliases: '["/old/tab%09/", "/old/q%3Fmark/", "/old/fine/"]' })}${BODY}` });
    expect(lines).toEqual([
      expect.stringMatching(/^probe-aliases\.md:7:\d+ aliases\[0\] {2}"\/old\/tab%09\/" holds a control character \(U\+0009, a tab\) once decoded.*remove it here$/),
      expect.stringMatching(/^probe-aliases\.md:7:\d+ aliases\[1\] {2}"\/old\/q%3Fmark\/" holds %3F.*remove it here$/),
    ]);
  });
});

describe('31a #6: a link to a draft\'s or a scheduled story\'s alias says so', () => {
  const linker = `${testFrontmatter()}See [a01](/zqx-old-draft-path/) and [a02](/zqx-old-later-path/).\n`;
  const lines = checkArticles({
    'probe-draft-leak.md': `${testFrontmatter({ draft: 'true', aliases: '[/zqx-old-draft-path/]' })}${BODY}`,
    'probe-later.md': `${testFrontmatter({ published: '"2026-12-20T10:00:00+04:30"', aliases: '[/zqx-old-later-path/]' })}${BODY}`,
    'probe-linker.md': linker,
  });
  it('a draft: no page readers can open, not "link to /articles/<draft>/"', () => {
    const line = lines.find((l) => l.includes('[a01]'));
    expect(line).toMatch(/points to \/zqx-old-draft-path\/, an old address of .*probe-draft-leak\.md \(its aliases lists it\), a draft, so the build writes no page there and readers cannot open it; remove the link/);
    expect(line).not.toContain('/articles/probe-draft-leak/');
  });
  it('a scheduled story: a 404 until then', () => {
    expect(lines.find((l) => l.includes('[a02]'))).toMatch(/an old address of .*probe-later\.md \(its aliases lists it\), an article scheduled for 2026-12-20T10:00:00\+04:30, so readers would get a 404 there until then/);
  });
  it('a live story\'s alias is still told the story\'s own address', () => {
    const live = checkArticles({ 'probe-live.md': `${testFrontmatter({ aliases: '[/zqx-old-live/]' })}${BODY}`, 'probe-linker.md': `${testFrontmatter()}See [a03](/zqx-old-live/).\n` });
    expect(live.find((l) => l.includes('[a03]'))).toMatch(/\(its aliases lists it; that page only sends readers on\); link to \/articles\/probe-live\/$/);
  });
});

describe('31b #1: an alias at another article\'s address is told to remove it, not to move it into formerly', () => {
  it('another live article', () => {
    const lines = checkArticles({ 'floods.md': `${testFrontmatter({ aliases: '[/articles/envoy-lands-in-kabul-ahead-of-doha-round/]' })}${BODY}` });
    expect(lines).toEqual([
      expect.stringMatching(/^floods\.md:7:11 aliases\[0\] {2}"\/articles\/envoy-lands-in-kabul-ahead-of-doha-round\/" is the live page of \S*content\/articles\/2026\/11\/envoy-lands-in-kabul-ahead-of-doha-round\.md, so no old address of this story can stand there \(nor in formerly\); remove it$/),
    ]);
  });
  it('a draft, and the article itself', () => {
    const lines = checkArticles({
      'a-draft.md': `${testFrontmatter({ draft: 'true' })}${BODY}`,
      'floods.md': `${testFrontmatter({ aliases: '[/articles/a-draft/, /articles/floods/]' })}${BODY}`,
    });
    expect(lines).toEqual([
      expect.stringMatching(/aliases\[0\] {2}"\/articles\/a-draft\/" is the page of .*a-draft\.md, a draft, once it is published, so no old address .*; remove it$/),
      'floods.md:7:31 aliases[1]  "/articles/floods/" is this article\'s own address, where its page is written; remove it',
    ]);
  });
  it('a slug no article has is still told formerly', () => {
    const lines = checkArticles({ 'floods.md': `${testFrontmatter({ aliases: '[/articles/an-old-name/]' })}${BODY}` });
    expect(lines).toEqual([expect.stringContaining('formerly: [an-old-name]')]);
  });
});

describe('31a #2: an image name that really holds "%" or "\\" is told to be renamed', () => {
  it('lead p%41.png: rename, not "write ./images/pA.png"', () => {
    const lines = checkArticles({ 'probe-lead-pct.md': withLead('./images/p%41.png'), 'images/p%41.png': PNG });
    expect(lines).toEqual([expect.stringMatching(/image\.src {2}"\.\/images\/p%41\.png" names a file whose own name "p%41\.png" holds "%", .*; rename the file without "%" \(e\.g\. "p-41\.png"\) and write that name$/)]);
  });
  it('lead p%41.png when pA.png is the file: write that', () => {
    const lines = checkArticles({ 'probe-lead-pct.md': withLead('./images/p%41.png'), 'images/pA.png': PNG });
    expect(lines).toEqual([expect.stringContaining('but an image path in the frontmatter is the file\'s own name, not a web address; write "./images/pA.png"')]);
  });
  it('body q%2541.png for a file q%41.png: rename, and no word of the frontmatter', () => {
    const lines = checkArticles({ 'probe-body-pct.md': `${testFrontmatter()}![A body test pattern of stripes](./images/q%2541.png)\n`, 'images/q%41.png': PNG });
    expect(lines).toEqual([expect.stringMatching(/body {2}image !\[.*\]\(\.\/images\/q%2541\.png\) "\.\/images\/q%41\.png" names a file whose own name "q%41\.png" holds "%".*rename the file without "%"/)]);
    expect(lines.join('\n')).not.toContain('frontmatter');
  });
  it('body q%2541.png when qA.png is the file: the body\'s words', () => {
    const lines = checkArticles({ 'probe-body-pct.md': `${testFrontmatter()}![A body test pattern of stripes](./images/q%2541.png)\n`, 'images/qA.png': PNG });
    expect(lines).toEqual([expect.stringContaining('"./images/q%41.png" (the path as the page reads it: Markdown decodes %-codes once) still spells characters as %-codes, which the build would decode again; write "./images/qA.png"')]);
  });
  it('lead p\\x.png: rename the file, not "write ./images/p/x.png"', () => {
    const lines = checkArticles({ 'probe-bs.md': withLead('"./images/p\\\\x.png"'), 'images/p\\x.png': PNG });
    expect(lines).toEqual([expect.stringMatching(/image\.src {2}"\.\/images\/p\\x\.png" names a file whose own name "p\\x\.png" holds "\\", .*rename the file without "\\" \(e\.g\. "p-x\.png"\) and write that name$/)]);
  });
  it('body p\\x.png: the same', () => {
    const lines = checkArticles({ 'probe-bs-body.md': `${testFrontmatter()}![A body test pattern of stripes](./images/p\\x.png)\n`, 'images/p\\x.png': PNG });
    expect(lines).toEqual([expect.stringContaining('rename the file without "\\" (e.g. "p-x.png")')]);
  });
  it('lead p\\x.png where images/p/x.png is the file: write that', () => {
    const lines = checkArticles({ 'probe-bs.md': withLead('"./images/p\\\\x.png"'), 'images/p/x.png': PNG });
    expect(lines).toEqual([expect.stringContaining('write "./images/p/x.png"')]);
  });
});

describe('31a #3: the annotation\'s message and title escape terminal controls', () => {
  it('as the plain line does', () => {
    const line = formatAnnotation({ file: 'content/articles/\u001b[2Jx.md', line: 1, column: 1, field: 'fi\u001bld', message: 'file name "\u001b[2J\u001b[32mgreen.md" is not a valid slug\rx', severity: 'error' });
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(line).toBe('::error file=content/articles/\\x1b[2Jx.md,line=1,col=1,title=fi\\x1bld::file name "\\x1b[2J\\x1b[32mgreen.md" is not a valid slug\\rx');
  });
});
