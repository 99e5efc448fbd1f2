/** Round 30a findings #2 (old permalinks: `aliases`) and #5 (different stories sharing a slug), helper h30a. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasFile, aliasProblem } from '#/domain/aliases.ts';
import { aliasPageHtml } from '#/outputs/alias-page.ts';

const NO_IMAGE = { image: undefined, imageWidth: undefined, imageHeight: undefined, imageAlt: undefined };
import { closeHeadlines } from '#/check/rules/same-story.ts';
import { checkArticles, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

const article = (fields: Record<string, string>, body = 'Body text.') => `${testFrontmatter(fields)}${body}\n`;
const newsroom = newsroomCopies('r30h30a');
/** A copy of the base newsroom with `files` (paths under content/articles/) added. */
const withArticles = (files: Record<string, string>) =>
  newsroom((dir) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, 'articles', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'articles', path), text);
    }
  });
/** The check's lines of files under content/articles/, as `path:line:col field  message` from articles/. */
const linesOf = (content: string, errorsOnly = true) =>
  checkNewsroom(content)
    .filter((d) => !errorsOnly || d.severity === 'error')
    .map((d) => `${d.file.replace(/^.*\/content\/articles\//, '')}:${d.line ?? ''}:${d.column ?? ''} ${d.field}  ${d.message.replace(/[^ (]*\/content\/articles\//g, '')}`);

describe('30a #2: aliases, the old addresses of a migrated story', () => {
  it('a path ending in "/" is written as <path>/index.html, ".html" as that file, a bare name as a folder', () => {
    expect(aliasFile('/2009/03/16/hugo-story/')).toBe('2009/03/16/hugo-story/index.html');
    expect(aliasFile('/old/hugo-story.html')).toBe('old/hugo-story.html');
    expect(aliasFile('/old/Story.HTM')).toBe('old/Story.HTM');
    expect(aliasFile('/2009/03/story')).toBe('2009/03/story/index.html');
    // The file a host serves for the address as browsers send it: escapes decoded, as on disk.
    expect(aliasFile('/caf%C3%A9/')).toBe('café/index.html');
  });

  it.each([
    ['/2009/03/16/hugo-story/', undefined],
    ['/old/hugo-story.html', undefined],
    ['/?p=1234', /has a query \("\?p=1234"\).*cannot have a page of its own; send it on with a redirect rule in the host's settings/],
    ['https://old.example.org/2009/03/x/', /is a full URL; .*write only its path, "\/2009\/03\/x\/"$/],
    ['old/rel/', /starting with "\/": write "\/old\/rel\/"$/],
    ['/a/../b/', /"\.\."/],
    ['/a#b', /write "\/a"$/],
    ['/old/x.php', /ends in "\.php"/],
    ['/articles/old-slug/', /this site writes itself \(\/articles\/…\).*formerly: \[old-slug\]$/],
    ['/tags/rail/', /this site writes itself \(\/tags\/…\)/],
    ['/search/', /this site writes itself/],
    ['/_astro/x/', /this site writes itself/],
    ['/pagefind/', /this site writes itself/],
    ['/', /the front page/],
    ['/404.html', /this site writes itself/],
    ['/rss.xml', /ends in "\.xml"/],
    ['/robots.txt', /ends in "\.txt"/],
    ['/a b/', /holds a space/],
    ['/100%zz/', /not a valid escape/],
  ])('%s', (value, problem) => {
    if (problem === undefined) expect(aliasProblem(value)).toBeUndefined();
    else expect(aliasProblem(value)).toMatch(problem);
  });

  it('the check: one line per alias it cannot write, naming the file, line, field and fix', () => {
    const lines = checkArticles({
      'hugo-aliases.md': article({ aliases: '[/2009/03/16/hugo-story/, /old/hugo-story.html, "/?p=1234", /old/HUGO-story.html, /favicon.svg/]' }),
      'other.md': article({ aliases: '[/2009/03/16/hugo-story/index.html]' }),
    });
    expect(lines).toEqual([
      expect.stringMatching(/^hugo-aliases\.md:7:58 aliases\[2\] {2}"\/\?p=1234" has a query/),
      expect.stringMatching(/^hugo-aliases\.md:7:\d+ aliases\[3\] {2}"\/old\/HUGO-story\.html" is the same address as "\/old\/hugo-story\.html" above \(one file where the host ignores case, old\/HUGO-story\.html\); remove one$/),
      expect.stringMatching(/^hugo-aliases\.md:7:\d+ aliases\[4\] {2}"\/favicon\.svg\/" is served from public\/favicon\.svg, a file of the site itself/),
      expect.stringMatching(/^other\.md:7:11 aliases\[0\] {2}"\/2009\/03\/16\/hugo-story\/index\.html" is also an alias of .*hugo-aliases\.md; an old address can send readers to one article only/),
    ]);
  });

  it('valid aliases pass', () => {
    expect(checkArticles({ 'hugo-aliases.md': article({ aliases: '[/2009/03/16/hugo-story/, /old/hugo-story.html]' }) })).toEqual([]);
  });

  it('a body link to an old address is told the article\'s own', () => {
    const lines = checkArticles({
      'hugo-aliases.md': article({ aliases: '[/old/hugo-story.html, /2009/03/16/hugo-story/]' }),
      'linker.md': article({}, '[old](/old/hugo-story.html) and [older](/2009/03/16/hugo-story)'),
    });
    expect(lines).toEqual([
      expect.stringMatching(/^linker\.md:9:1 link {2}link \[old\]\(\/old\/hugo-story\.html\) points to \/old\/hugo-story\.html, an old address of .*hugo-aliases\.md \(its aliases lists it; that page only sends readers on\); link to \/articles\/hugo-aliases\/$/),
      expect.stringMatching(/^linker\.md:9:\d+ link {2}link \[older\]\(\/2009\/03\/16\/hugo-story\) points to \/2009\/03\/16\/hugo-story\/, an old address of .*; link to \/articles\/hugo-aliases\/$/),
    ]);
  });

  it('Jekyll\'s redirect_from (a list or a string) is told to write aliases, with its values', () => {
    const lines = checkArticles({
      'jekyll-redirect.md': article({ redirect_from: '\n  - /2009/03/17/jekyll-redirect/' }),
      'jekyll-string.md': article({ redirect_from: '/2009/03/17/j2/' }),
      'jekyll-both.md': article({ aliases: '[/a/]', redirect_from: '/b/' }),
    });
    expect(lines).toEqual([
      'jekyll-both.md:8:16 redirect_from  unknown field "redirect_from" lists old addresses in Jekyll; this site\'s field is aliases, which this article has already: move these into it (/b/) and remove this line',
      'jekyll-redirect.md:8:3 redirect_from  unknown field "redirect_from" lists old addresses in Jekyll; this site\'s field is aliases: write aliases: [/2009/03/17/jekyll-redirect/] instead of this line',
      'jekyll-string.md:7:16 redirect_from  unknown field "redirect_from" lists old addresses in Jekyll; this site\'s field is aliases: write aliases: [/2009/03/17/j2/] instead of this line',
    ]);
  });

  it('the chain of finding 2 ends in a working fix: url → rename and aliases; a path in formerly → aliases', () => {
    const wp = checkArticles({ 'wp2hugo.md': article({ url: '/2011/01/14/kabuls-first-snow/' }) });
    expect(wp).toEqual([
      'wp2hugo.md:7:6 url  unknown field "url" sets the address in Jekyll and Hugo; here an article\'s address is /articles/<file name>/, so the file name is the slug; for the address /articles/kabuls-first-snow/, rename the file to kabuls-first-snow.md, and keep the old address: write aliases: [/2011/01/14/kabuls-first-snow/] instead of this line (the build writes a page there that sends readers on)',
    ]);
    const formerly = checkArticles({ 'kabuls-first-snow.md': article({ formerly: '[/2011/01/14/kabuls-first-snow/, "https://old.example/2011/x.html"]' }) });
    expect(formerly).toEqual([
      'kabuls-first-snow.md:7:12 formerly[0]  must be an article slug (its file name without .md); "/2011/01/14/kabuls-first-snow/" is an address of the site the story came from, not of this site\'s /articles/<slug>/ pages, which are all formerly keeps; for the build to write a page at the old address that sends readers here, write it in aliases instead: aliases: [/2011/01/14/kabuls-first-snow/]',
      expect.stringContaining('write it in aliases instead: aliases: [/2011/x.html]'),
    ]);
    // Followed: the renamed file with its old address in aliases passes.
    expect(checkArticles({ 'kabuls-first-snow.md': article({ aliases: '[/2011/01/14/kabuls-first-snow/]' }) })).toEqual([]);
    // An address of this site's own in formerly keeps its slug fix.
    expect(checkArticles({ 'x.md': article({ formerly: '[/articles/old-x/]' }) })).toEqual(['x.md:7:12 formerly[0]  must be an article slug (its file name without .md); "/articles/old-x/" is a path or URL: write "old-x"']);
  });

  it('the redirect page: refresh, canonical and a link to the article, the headline escaped', () => {
    const html = aliasPageHtml({ slug: 'kabul-snow', lang: 'ps', dir: 'rtl', data: { title: 'Snow & "ice" <b>', description: 'Roads <shut>' } }, NO_IMAGE);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/kabul-snow/">');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/articles\/kabul-snow\/">/);
    expect(html).toContain('<a href="/articles/kabul-snow/" lang="ps" dir="rtl">Snow &amp; &quot;ice&quot; &lt;b&gt;</a>');
    // A syndicated copy's old address names the original as canonical.
    expect(aliasPageHtml({ slug: 'copy', lang: undefined, dir: 'ltr', data: { title: 'T', description: 'D', canonical: 'https://wire.example/story/' } }, NO_IMAGE)).toContain('<link rel="canonical" href="https://wire.example/story/">');
  });
});

describe('30a #5: different stories sharing a slug are told free names, never to delete one', () => {
  const notice = (year: number) => `---
title: "Offices closed for Eid ${year}"
description: Government offices will be closed for the Eid holiday.
published: ${year}-09-1${year % 10}
authors: [nadia-rahyab]
section: economy
---

Government offices will be closed for three days for the Eid holiday, the ministry said.

Emergency services will work as usual.
`;

  it('headlines: a year or another headline is another story; a corrected figure or an added word is not', () => {
    expect(closeHeadlines('Offices closed for Eid 2001', 'Offices closed for Eid 2002')).toBe(false);
    expect(closeHeadlines('Budget 2009', 'Budget 2012')).toBe(false);
    expect(closeHeadlines('Five killed in Kabul blast', 'Seven killed in Kabul blast')).toBe(true);
    expect(closeHeadlines('Border market reopens', 'Border market reopens after two weeks')).toBe(true);
    expect(closeHeadlines('Border market reopens', 'Wheat prices ease in the north')).toBe(false);
    expect(closeHeadlines('Border market reopens after a two-week closure', 'Border market reopens after a three-week closure')).toBe(true);
    expect(closeHeadlines('Weekly market prices', 'Weekly market prices')).toBe(true);
  });

  it('twelve yearly notices with one body: the first keeps the name, each other is told a free name with its year', () => {
    const files: Record<string, string> = {};
    for (let y = 2001; y <= 2012; y++) files[`recurring/${y}/09/offices-closed-for-eid.md`] = notice(y);
    // A name a proposal would take is another file's already: the proposal goes on to a free one.
    files['2026/11/offices-closed-for-eid-2005.md'] = article({ title: '"Another story"' });
    const lines = linesOf(withArticles(files))
      .filter((l) => l.startsWith('recurring/'))
      .sort();
    expect(lines.join('\n')).not.toMatch(/same story|delete this file|keep it and delete/);
    expect(lines).toHaveLength(12);
    expect(lines[0]).toMatch(/^recurring\/2001\/09\/offices-closed-for-eid\.md:1:1 file {2}slug "offices-closed-for-eid" is also used by .* and 8 more files; slugs must be unique across folders \(ignoring case\), these are different stories \(not an edited copy of one: see the README on duplicate slugs\), so each keeps an address of its own: this file, published first, keeps the name, and each of the others is told a free name of its own$/);
    expect(lines[1]).toMatch(/^recurring\/2002\/09\/offices-closed-for-eid\.md:1:1 file {2}.*so each keeps an address of its own: rename it to "offices-closed-for-eid-2002\.md"; recurring\/2001\/09\/offices-closed-for-eid\.md, published first, keeps the name$/);
    expect(lines[4]).toContain('rename it to "offices-closed-for-eid-2005-2.md" ("offices-closed-for-eid-2005.md" is another file\'s name');
    const proposed = lines.flatMap((l) => /rename it to "([^"]+)"/.exec(l)?.[1] ?? []);
    expect(proposed).toHaveLength(11);
    expect(new Set(proposed).size).toBe(11);
  });

  it('followed, every notice passes', () => {
    const files: Record<string, string> = {};
    for (let y = 2001; y <= 2012; y++) files[`recurring/${y}/09/offices-closed-for-eid${y === 2001 ? '' : `-${y}`}.md`] = notice(y);
    expect(linesOf(withArticles(files))).toEqual([]);
  });

  it('different bodies: the year names each later one, or its day when another shares the year', () => {
    const week = (day: string, price: string) => `---\ntitle: Weekly market prices\ndescription: Prices in the city's main markets this week.\npublished: ${day}\nauthors: [nadia-rahyab]\nsection: economy\n---\n\nFlour sold at ${price} afghanis a bag.\n`;
    const lines = linesOf(withArticles({ 'a/weekly-market-prices.md': week('2019-06-03', '1,250'), 'b/weekly-market-prices.md': week('2020-06-01', '1,300'), 'c/weekly-market-prices.md': week('2020-12-07', '1,400'), 'd/weekly-market-prices.md': week('2021-06-07', '1,500') })).sort();
    expect(lines.map((l) => /keeps the name, and|rename it to "[^"]+"/.exec(l)?.[0])).toEqual(['keeps the name, and', 'rename it to "weekly-market-prices-2020-06-01.md"', 'rename it to "weekly-market-prices-2020-12-07.md"', 'rename it to "weekly-market-prices-2021.md"']);
  });

  it('a re-filed copy (close headline, days apart, one body) is still told to go', () => {
    const copy = (published: string, title: string) => notice(2026).replace('Offices closed for Eid 2026', title).replace(/published: .*/, `published: "${published}"`);
    const lines = linesOf(withArticles({ '2026/07/eid.md': copy('2026-07-31T18:00:00+04:30', 'Offices closed for Eid'), '2026/08/eid.md': copy('2026-08-01T09:00:00+04:30', 'Offices closed for Eid holiday') }));
    expect(lines[0]).toMatch(/^2026\/07\/eid\.md:1:1 file {2}.*same story .*that one is the later version .*so delete this file/);
  });

  it('the same body a year apart ("Budget 2009", "Budget 2012"): a free name, not a deletion', () => {
    const budget = (y: number) => notice(y).replace(`Offices closed for Eid ${y}`, `Budget ${y}`);
    const lines = linesOf(withArticles({ [`2009/03/budget.md`]: budget(2009), [`2012/03/budget.md`]: budget(2012) }));
    expect(lines).toEqual([expect.stringContaining('this file, published first, keeps the name'), expect.stringContaining('rename it to "budget-2012.md"')]);
  });
});
