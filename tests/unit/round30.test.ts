/** Round 30: the review of round 29's change, and the round-30 blind rounds (findings written without the code). */
import { describe, expect, it } from 'vitest';
import { bodyOpening } from '#/check/rules/dateline-prefix.ts';
import { sliceParts } from '#/client/excerpt-parts.ts';
import { withoutTitleTail } from '#/client/excerpt-title.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { checkArticles } from '../helpers/check-bodies.ts';

describe('a photo and its caption line are one pair for the page and for the check', () => {
  it('skips the caption under the opening photo past a blank line, as the page makes it the figure caption', async () => {
    const body = '![Wagons at the terminal](./images/w.jpg)\n\n*Wagons at the terminal. (Photo: Dateline)*\n\nKABUL — The price of flour rose.\n';
    expect(bodyOpening(body).text).toBe('KABUL — The price of flour rose.');
    const html = (await createMarkdownRenderer()(body)).html;
    expect(html).toMatch(/<figure><img[^>]*><figcaption>Wagons at the terminal\. \(Photo: Dateline\)<\/figcaption><\/figure>/);
  });
  it('still reads an opening sentence in italics that follows no photo', () => {
    expect(bodyOpening('*KABUL* — The price of flour rose.\n').text).toContain('KABUL');
  });
});

describe('search excerpt parts are cut in one place', () => {
  it('keeps each part in its place (text, mark, text) when characters are cut from the joined text', () => {
    expect(sliceParts(['ab', 'cd', 'ef'], 1, 5)).toEqual(['b', 'cd', 'e']);
    expect(sliceParts(['ab', 'cd', 'ef'], 3)).toEqual(['', 'd', 'ef']);
    expect(withoutTitleTail(['a third week The ', 'price', ' of'], 'Flour up for a third week')).toEqual(['The ', 'price', ' of']);
  });
});

describe('30a #6 and #8: a migrated front matter is told the whole fix at once', async () => {
  const { referenceInField } = await import('#/check/rules/field-references.ts');
  const { importFieldHint } = await import('#/check/rules/import-fields.ts');
  it('names every character reference of a headline in one line, with the text to write', () => {
    expect(referenceInField('Kabul&#8217;s bakers &amp; the flour crisis')).toBe(
      'fields are plain text: the character references "&#8217;" and "&amp;" are printed as typed (only the body reads references), on the page, in listings and in feeds; write the text itself: "Kabul’s bakers & the flour crisis"',
    );
    expect(referenceInField('A &amp; B &amp; C')).toContain('"&amp;" (2 times)');
    expect(referenceInField('AT&T; rises')).toBeUndefined();
  });
  it("moves Jekyll's date into published: true rather than removing it", () => {
    expect(importFieldHint('date', '2009-03-15T08:30:00+04:30', { date: '2009-03-15T08:30:00+04:30', published: true })).toContain('write published: "2009-03-15T08:30:00+04:30" in place of published: true, and remove this line');
  });
  it('tells the standfirst, the lead image and the byline their fields with the value', () => {
    expect(importFieldHint('excerpt', 'Flour  rose.', {})).toContain('write description: "Flour rose." instead of this line');
    expect(importFieldHint('summary', 'x', { description: 'y' })).toContain('has description already');
    expect(importFieldHint('featured_image', 'https://old.example/wp-content/uploads/a.jpg', {})).toContain('write image: { src: ./images/<file name>, alt:');
    expect(importFieldHint('cover', './images/a.jpg', {})).toContain('src: "./images/a.jpg"');
    expect(importFieldHint('author', 'José Pérez', {})).toContain('write authors: [jose-perez]');
    expect(importFieldHint('author', { name: 'Nadia Rahyab', email: 'n@x' }, {})).toContain('write authors: [nadia-rahyab]');
    expect(importFieldHint('categories', ['Uncategorized'], {})).toContain('with one of the section ids in content/sections/');
  });
});

describe("30a #6: Jekyll's published: true beside date, followed literally, keeps the date", () => {
  const jekyll = `---
title: Jekyll story
description: A Jekyll story exported with its own fields.
date: 2009-03-15T08:30:00+04:30
published: true
authors: [nadia-rahyab]
section: economy
---

The body of the Jekyll story.
`;
  it('both lines say to move the date into published', () => {
    const lines = checkArticles({ 'jekyll-story.md': jekyll });
    expect(lines.find((l) => l.includes(' date  '))).toContain('write published: "2009-03-15T08:30:00+04:30" in place of published: true, and remove this line');
    expect(lines.find((l) => l.includes(' published  '))).toContain('write published: "2009-03-15T08:30:00+04:30" (the value of date) in place of true, and remove the date line');
    const fixed = jekyll.replace('date: 2009-03-15T08:30:00+04:30\n', '').replace('published: true', 'published: "2009-03-15T08:30:00+04:30"');
    expect(checkArticles({ 'jekyll-story.md': fixed }).filter((l) => !l.includes('warning: '))).toEqual([]);
  });
});

describe('29d #13: messages about settings say what the setting needs', async () => {
  const { decideNow } = await import('#/domain/context.ts');
  const { buildPartOf } = await import('#/build/build-part.ts');
  const { formatDiagnostic } = await import('#/check/diagnostics.ts');
  it('DATELINE_NOW=now is told to unset the pin or give an instant, not to release an article', () => {
    expect(() => decideNow('now')).toThrow('DATELINE_NOW: "now" is a word, not a time; unset DATELINE_NOW to build by the clock, or pin an instant');
    expect(() => decideNow('now')).not.toThrow(/release/);
  });
  it('a part count past four digits names the limit on N', () => {
    expect(() => buildPartOf({ DATELINE_BUILD_PART: '1/100000', DATELINE_NOW: '2026-12-01T00:00:00Z' })).toThrow('1 ≤ k ≤ N ≤ 9999');
  });
  it('names the content folder set by DATELINE_CONTENT_DIR in messages, leaving wp-content/ and typed /content/ paths alone', () => {
    const d = { file: 'c2/sections/x.md', field: 'file', severity: 'error' as const, message: 'content/sections/ holds one .md file; no content/articles/**/x.md; /wp-content/uploads/a.png; /content/articles/a.png' };
    const before = process.env['DATELINE_CONTENT_DIR'];
    process.env['DATELINE_CONTENT_DIR'] = 'c2/';
    try {
      expect(formatDiagnostic(d)).toBe('c2/sections/x.md  file  c2/sections/ holds one .md file; no c2/articles/**/x.md; /wp-content/uploads/a.png; /content/articles/a.png');
    } finally {
      if (before === undefined) delete process.env['DATELINE_CONTENT_DIR'];
      else process.env['DATELINE_CONTENT_DIR'] = before;
    }
    expect(formatDiagnostic(d)).toContain('content/sections/ holds');
  });
});

describe('30b #1 and #2: output independent of the machine, and file links without .md across years', async () => {
  const { resolveSiteLink } = await import('#/domain/site-links.ts');
  it('builds the search vocabulary the same under a Turkish locale (no dotless ı from FAIZABAD)', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = "const { searchVocabulary } = await import('./src/outputs/search-vocabulary.ts'); console.log(JSON.stringify(searchVocabulary([{ data: { title: 'FAIZABAD — HAIRATAN', description: 'A CITY', dateline: 'FAIZABAD', tags: [] } }])));";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['faizabad', 'city', 'hairatan']);
  });
  it('reads ../../2026/12/story (with or without a slash) as the article file, and keeps the site pages as pages', () => {
    expect(resolveSiteLink('../../2026/12/year-end-in-kabul', 'https://x.org')).toMatchObject({ kind: 'article', slug: 'year-end-in-kabul', file: '../../2026/12/year-end-in-kabul.md' });
    expect(resolveSiteLink('../../2026/12/year-end-in-kabul/', 'https://x.org', '/articles/a/')).toMatchObject({ kind: 'article', slug: 'year-end-in-kabul' });
    expect(resolveSiteLink('../../tags/rail/', 'https://x.org', '/articles/a/')).toMatchObject({ kind: 'page', path: '/tags/rail/' });
    expect(resolveSiteLink('../../rss.xml', 'https://x.org', '/articles/a/')).toMatchObject({ kind: 'page', path: '/rss.xml' });
    expect(resolveSiteLink('../other/', 'https://x.org', '/authors/a/')).toMatchObject({ kind: 'page', path: '/authors/other/' });
  });
});

describe('30b #3: a story the body links is not offered again as its desk copy (nor a linked copy as its original)', async () => {
  const { relatedLinks } = await import('#/domain/related/links.ts');
  const { site } = await import('#/site.config.ts');
  const { article } = await import('../helpers/newsroom-fixture.ts');
  const base = site.url.replace(/\/$/, '');
  const tags = ['wheat', 'harvest', 'kunduz'];
  const bag = { terms: [], counts: [], named: [], words: 0 };
  const list = (linked: Record<string, string[]>) =>
    [
      article('wheat-harvest', { published: '2026-05-01T08:00:00Z', tags }),
      article('wheat-harvest-society', { published: '2026-05-02T08:00:00Z', tags, canonical: `${base}/articles/wheat-harvest/` }),
      article('wheat-prices', { published: '2026-05-03T08:00:00Z', tags }),
      article('wheat-mills', { published: '2026-05-04T08:00:00Z', tags }),
    ].map((e) => ({ slug: e.id, bag, linked: linked[e.id] ?? [], data: e.data }));
  it('leaves the copy out when the body links the original', () => {
    const links = relatedLinks(list({ 'wheat-prices': ['wheat-harvest'] }));
    expect(links.get('wheat-prices')?.picks.map((p) => p.slug)).toEqual(['wheat-mills']);
    expect(links.get('wheat-prices')?.copies).toEqual(['wheat-harvest-society']);
  });
  it('leaves the original out when the body links the copy', () => {
    const links = relatedLinks(list({ 'wheat-prices': ['wheat-harvest-society'] }));
    expect(links.get('wheat-prices')?.picks.map((p) => p.slug)).toEqual(['wheat-mills']);
  });
});

describe('30b #4: an offset past ±14:00 names the fix', async () => {
  const { parseNewsDate } = await import('#/domain/dates.ts');
  it("proposes the newsroom's offset at that time", () => {
    const r = parseNewsDate('2027-03-02T00:00:00+15:00', 'Asia/Kabul');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toBe('"2027-03-02T00:00:00+15:00" has the offset +15:00, which no clock uses (offsets run from -12:00 to +14:00, minutes 00-59); write the offset of the place the time was read, e.g. "2027-03-02T00:00:00+04:30" in the newsroom\'s zone (Asia/Kabul)');
    const ny = parseNewsDate('2027-07-02T10:00:00-23:59', 'America/New_York');
    expect(!ny.ok && ny.problem).toContain('"2027-07-02T10:00:00-04:00"');
  });
});

describe("30b #5: footnote calls count in the article's digits", () => {
  it('writes ۱ in a Dari article, and 1 in an English one', async () => {
    const render = createMarkdownRenderer();
    const body = 'نرخ آرد بالا رفت.[^a]\n\n[^a]: منبع: اتاق تجارت.\n';
    const dari = render(body, 'fa-AF').html;
    expect(dari).toMatch(/<a[^>]*data-footnote-ref[^>]*>۱<\/a>/);
    expect(dari).toMatch(/aria-label="[^"]*۱"/);
    expect(dari).not.toMatch(/<a[^>]*data-footnote-ref[^>]*>1<\/a>/);
    expect(render('Flour rose.[^a]\n\n[^a]: Chamber of commerce.\n', 'en').html).toMatch(/<a[^>]*data-footnote-ref[^>]*>1<\/a>/);
  });
});

describe('30c: aliases the build could not write, or that would land on another file', async () => {
  const { aliasProblem, aliasKey } = await import('#/domain/aliases.ts');
  it('refuses folders under the files the site writes, hidden and host names, Windows-only names and invisible characters', () => {
    for (const alias of ['/rss.xml/', '/index.html/', '/404.html/', '/robots.txt/x/', '/feed.json/', '/sitemap-index.xml/']) expect(aliasProblem(alias), alias).toMatch(/a file this site writes itself/);
    for (const alias of ['/.htaccess', '/.well-known/x/', '/.git/', '/x/.html']) expect(aliasProblem(alias), alias).toMatch(/starts with "\."/);
    for (const alias of ['/_redirects', '/_headers', '/CNAME']) expect(aliasProblem(alias), alias).toMatch(/hosts read as their settings/);
    expect(aliasProblem('/index.html.')).toMatch(/ends in "\." or a space/);
    expect(aliasProblem('/con/')).toMatch(/device name on Windows/);
    expect(aliasProblem('/sto\u200bry/')).toMatch(/invisible character \(U\+200B\)/);
    expect(aliasProblem('/sto%C2%ADry/')).toMatch(/invisible character \(U\+00AD\)/);
    expect(aliasProblem('/2009/03/16/story/')).toBeUndefined();
    expect(aliasProblem('/index.php/2009/03/story/')).toBeUndefined();
  });
  it('folds Unicode case as case-blind file systems do', () => {
    expect(aliasKey('/ſtory/')).toBe(aliasKey('/story/'));
    expect(aliasProblem('/ſearch/')).toMatch(/an address this site writes itself/);
    expect(aliasProblem('/tagſ/wheat/')).toMatch(/an address this site writes itself/);
    expect(aliasProblem('/ındex.html')).toMatch(/an address this site writes itself/);
  });
  it('an /articles/ address that is no slug is not sent to formerly', () => {
    expect(aliasProblem('/articles/index.html')).toMatch(/cannot be a page here: send it on with the host's redirect rules/);
    expect(aliasProblem('/articles/old-story/')).toContain('formerly: [old-story]');
  });
  it('a file and a folder of the same name in two aliases: one line', () => {
    const lines = checkArticles({ 'a.md': ALIASED('[/old.html, /old.html/x/]') });
    expect(lines).toEqual([expect.stringMatching(/aliases\[1\] {2}"\/old\.html\/x\/" needs a folder named like the file of "\/old\.html" \(above\)/)]);
  });
  it('[[/a/]] is told one pair of brackets, not a map', () => {
    expect(checkArticles({ 'a.md': ALIASED('[[/a/]]') }).join('\n')).toContain('one pair of brackets around the list: aliases: [/a/]');
  });
  it('proposes names within the slug limit for long slugs', async () => {
    const { withSuffix, MAX_SLUG_LENGTH } = await import('#/check/rules/free-names.ts');
    const long = Array.from({ length: 20 }, () => 'harvest').join('-').slice(0, 117);
    expect(withSuffix(long, '2020-06-08').length).toBeLessThanOrEqual(MAX_SLUG_LENGTH - 3);
    expect(withSuffix(long, '2020-06-08')).toMatch(/^harvest(?:-harvest)*-2020-06-08$/);
    expect(withSuffix('short', '2021')).toBe('short-2021');
  });
});

function ALIASED(aliases: string): string {
  return `---
title: Old story moved here
description: A story migrated from the old site with its old addresses.
published: 2009-03-16T08:00:00+04:30
authors: [nadia-rahyab]
section: economy
aliases: ${aliases}
---

The body of the old story.
`;
}

describe('30c #7: an alias page the previous build wrote and this one does not is a warning', async () => {
  const { goneAliasPages, readAliasPages, saveAliasPages } = await import('#/build/gone-aliases.ts');
  const story = (aliases: string[], published = true, draft = false) => ({ file: 'content/articles/2009/03/story.md', published, draft, aliases });
  it('names the alias removed from the story, on its file', () => {
    const lines = goneAliasPages(new Map([['/2009/03/16/story/', 'content/articles/2009/03/story.md']]), [story(['/old/story.html'])], 'content/articles');
    expect(lines).toEqual([expect.objectContaining({ file: 'content/articles/2009/03/story.md', field: 'aliases', severity: 'warning' })]);
    expect(lines[0]!.message).toMatch(/^the old address \/2009\/03\/16\/story\/ had a page sending readers on after the previous build and has none now.*add it back \(aliases: \[\/2009\/03\/16\/story\/, …\]\)/);
  });
  it('says a taken-down story\'s old addresses wait for it, and is quiet when nothing changed', () => {
    const previous = new Map([['/2009/03/16/story/', 'content/articles/2009/03/story.md']]);
    expect(goneAliasPages(previous, [story(['/2009/03/16/STORY/'])], 'content/articles')).toEqual([]);
    expect(goneAliasPages(previous, [story(['/2009/03/16/story/'], false, true)], 'content/articles')[0]!.message).toContain('this article is a draft now (draft: true)');
    expect(goneAliasPages(previous, [], 'content/articles')[0]).toMatchObject({ file: 'content/articles' });
  });
  it('keeps the published articles\' aliases for the next build', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/aliases-`)}/dateline-aliases.json`;
    saveAliasPages(file, [story(['/a/']), { ...story(['/b/'], false), file: 'content/articles/x.md' }]);
    expect([...readAliasPages(file)]).toEqual([['/a/', 'content/articles/2009/03/story.md']]);
  });
});
