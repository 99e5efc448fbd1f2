/** Round 32: the review of round 31 and the blind rounds 32a/32b (README "Thirty-second round"). */
import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const BODY = 'A body long enough for the check. '.repeat(3);

describe('31d F2: a list past its limit still reports its first items’ own problems', () => {
  it('27 aliases: the length, and each of the first 20 that is wrong', () => {
    const aliases = ['/articles', '/articles.html', '/Index.HTML', '/index.htm', '/RSS.XML', '/rss.xml/x/', '/feed.json', '/atom.xml', '/sitemap-index.xml', '/sitemap-0.xml', '/404.html', '/404/', '/404', '/FAVICON.SVG/', '/logo.png/x/', '/search', '/Search/', '/_astro', '/pagefind', '/og/x.png', '/og', '/robots.txt', '/ROBOTS.TXT/', '/tags', '/archive.html', '/authors.htm', '/sections'];
    const lines = checkArticles({ 'probe-many.md': `${testFrontmatter({ aliases: JSON.stringify(aliases) })}${BODY}` });
    expect(lines).toContainEqual(expect.stringMatching(/aliases {2}lists 27 old addresses; at most 20 are allowed/));
    const items = new Set(lines.map((l) => /aliases\[(\d+)\]/.exec(l)?.[1]).filter(Boolean).map(Number));
    // Most of the first 20 are the site's own addresses; none past the 20th is judged.
    expect(items.size).toBeGreaterThanOrEqual(10);
    expect([...items].every((i) => i < 20)).toBe(true);
  });
  it('tags past the limit: the length and a bad tag among the first', () => {
    const tags = ['<b>x</b>', ...Array.from({ length: 25 }, (_, i) => `topic ${i}`)];
    const lines = checkArticles({ 'probe-tags.md': `${testFrontmatter({ tags: JSON.stringify(tags) })}${BODY}` });
    expect(lines).toContainEqual(expect.stringMatching(/ tags {2}lists 26 tags; at most/));
    expect(lines).toContainEqual(expect.stringMatching(/ tags\[0\] {2}/));
  });
});

describe('review of round 31: judging an output folder makes nothing', async () => {
  const { existsSync, mkdtempSync, mkdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, relative } = await import('node:path');
  const { outputFolderProblem } = await import('#/build/output-folder.ts');
  it('a folder that is fine is left unmade; its nearest part is what is judged', () => {
    const project = mkdtempSync(join(tmpdir(), 'dateline-out32-'));
    mkdirSync(join(project, 'content'));
    const out = join(project, 'deep/new/dist');
    expect(outputFolderProblem(out, project, join(project, 'content'), (p) => relative(project, p))).toBeUndefined();
    expect(existsSync(join(project, 'deep'))).toBe(false);
  });
});

describe('review of round 31: the dev server’s alias routes are route data', async () => {
  const { aliasRoutes } = await import('#/domain/routing.ts');
  const n = {
    articles: [{ key: 'k', data: { aliases: ['/old/story.html', '/2009/03/story/', '/2009/03/story'] } }],
    pageKey: (x: unknown) => JSON.stringify(x),
  } as unknown as Parameters<typeof aliasRoutes>[0];
  it('the build writes each alias as its file; the dev server answers each once, as a folder', () => {
    expect(aliasRoutes(n).map((r) => r.params.alias)).toEqual(['old/story.html', '2009/03/story/index.html', '2009/03/story/index.html']);
    expect(aliasRoutes(n, { devServer: true }).map((r) => r.params.alias)).toEqual(['old/story/', '2009/03/story/']);
  });
});

describe('31d F8: DATELINE_CONTENT_DIR naming no folder is the variable’s own one line', async () => {
  const { contentDirVariableProblem } = await import('#/check/content-folder-arg.ts');
  const { homedir } = await import('node:os');
  it('"~" is said not to be expanded, with the whole path to write', () => {
    expect(contentDirVariableProblem('/work/p', { DATELINE_CONTENT_DIR: '~/newsroom-x32' })).toBe(
      `DATELINE_CONTENT_DIR=~/newsroom-x32 names /work/p/~/newsroom-x32, which does not exist; set it to the folder that holds articles/ ("~" is not expanded here: write the whole path, such as ${homedir()}/newsroom-x32), make that folder first for a new newsroom, or unset it to read content/`,
    );
  });
  it('a relative path says where it is read from; an absolute one names itself', () => {
    expect(contentDirVariableProblem('/work/p', { DATELINE_CONTENT_DIR: 'news/content' })).toMatch(/names \/work\/p\/news\/content, which does not exist; .*\(a relative folder is read from the project's folder, \/work\/p\)/);
    expect(contentDirVariableProblem('/work/p', { DATELINE_CONTENT_DIR: '/no/such/x32' })).toMatch(/^DATELINE_CONTENT_DIR=\/no\/such\/x32 names \/no\/such\/x32, which does not exist; set it to the folder that holds articles\/, make/);
  });
});

describe('31a F2: a body photo whose file name really holds "%" is told to rename the file', async () => {
  const { readFileSync } = await import('node:fs');
  const png = readFileSync('tests/fixtures/base-content/content/articles/2026/11/images/envoy-arrival.png');
  it('p%41.png and q%2541.png written as named: rename, never "write" a name that is no file', () => {
    const lines = checkArticles({ 'images/p%41.png': png, 'images/q%2541.png': png, 'probe-body.md': `${testFrontmatter()}The lead.\n\n![A test pattern](./images/p%41.png)\n\n![Another](./images/q%2541.png)\n` });
    expect(lines).toEqual([
      'probe-body.md:11:1 body  image ![A test pattern](./images/p%41.png) "./images/p%41.png" names a file whose own name "p%41.png" holds "%", which Markdown reads as the start of an escape code (%41 is "A"), so the page would look for another file; rename the file without "%" (e.g. "p-41.png") and write that name',
      'probe-body.md:13:1 body  image ![Another](./images/q%2541.png) "./images/q%2541.png" names a file whose own name "q%2541.png" holds "%", which Markdown reads as the start of an escape code (%41 is "A"), so the page would look for another file; rename the file without "%" (e.g. "q-2541.png") and write that name',
    ]);
  });
  it('a file named as the path decodes (pA.png) is fine', () => {
    expect(checkArticles({ 'images/pA.png': png, 'probe-body.md': `${testFrontmatter()}The lead.\n\n![A test pattern](./images/p%41.png)\n` })).toEqual([]);
  });
});

describe('32b #3: a name with an apostrophe is found on the search page', async () => {
  const { isRelevant, relevantMarks, wordsOf } = await import('#/client/search-merge.ts');
  const excerpt = '<mark>O’Brien</mark> and <mark>D’Arcy</mark> meet Ma’ruf … Seán <mark>O’Brien-Nakamura</mark> Jr.';
  it.each(["O'Brien", 'O’Brien', 'obrien', "D'Arcy", 'darcy'])('%s answers the highlighted name', (q) => {
    expect(isRelevant(excerpt, q)).toBe(true);
  });
  it('the words of a query keep a name whole; quotes around words still go', () => {
    expect(wordsOf("O'Brien's 'deal' ‘Traders’ week’")).toEqual(['obriens', 'deal', 'traders', 'week']);
    expect(relevantMarks(excerpt, "D'Arcy")).toBe('O’Brien and <mark>D’Arcy</mark> meet Ma’ruf … Seán O’Brien-Nakamura Jr.');
  });
  it('a word that only shares the start before the apostrophe does not answer', () => {
    expect(isRelevant('<mark>O’Brien</mark>', 'o')).toBe(false);
  });
});

describe('32b #4: a search excerpt quotes the story’s punctuation', async () => {
  const { searchForm } = await import('#/client/search-words.ts');
  it('full-width and other punctuation stay; letters in compatibility forms are folded', () => {
    expect(searchForm('过境协定，喀布尔。')).toBe('过境 协定 ， 喀布尔 。 ');
    expect(searchForm('ﬁnal ＡＢＣ ２０２６ … ™')).toBe('final ABC 2026 … ™');
    expect(searchForm('Cafe\u0301 prices')).toBe('Café prices');
  });
});

describe('32a F10: the template’s sample date is the same moment however a CMS writes it', async () => {
  const { releaseDate } = await import('#/check/release-date.ts');
  const now = Date.parse('2026-12-03T12:00:00Z');
  it.each(['2026-11-24T05:00:00.000Z', '2026-11-24T05:00:00Z', '2026-11-24T09:30:00.000+04:30', '2026-11-24T09:30:00+04:30'])('release dates a copy written %s now', (written) => {
    const r = releaseDate({ slug: 'x', written, nowIso: '2026-12-03T16:30:00+04:30', now, startedByNew: false });
    expect(r.write).toBe('2026-12-03T16:30:00+04:30');
    expect(r.said).toContain("the template's sample date");
  });
  it('another moment of that day is kept', () => {
    expect(releaseDate({ slug: 'x', written: '2026-11-24T05:00:01Z', nowIso: '2026-12-03T16:30:00+04:30', now, startedByNew: false }).write).toBeUndefined();
  });
  it('the check warns for every spelling of it', async () => {
    const { readFileSync } = await import('node:fs');
    const template = readFileSync('content/articles/_template.md', 'utf8'); // round 37e #2: the folder's own template
    const lines = checkArticles({ 'copied.md': `${testFrontmatter({ published: '"2026-11-24T05:00:00.000Z"' })}${BODY}`, '../../_template.md': template });
    expect(lines).toContainEqual(expect.stringMatching(/published {2}warning: is still the sample date from content\/articles\/_template\.md \(2026-11-24T09:30:00\+04:30, the same moment written another way\)/));
  });
});

describe('32c F1: a folder whose name holds a tab or line break is one line, not a crash in the build', async () => {
  const { readFileSync } = await import('node:fs');
  const { checkArticlesFolder } = await import('../helpers/check-bodies.ts');
  const png = readFileSync('tests/fixtures/base-content/content/articles/2026/11/images/envoy-arrival.png');
  it.each([['tab\tfolder', 'a tab', 'tab-folder'], ['nl\nfolder', 'a line break', 'nl-folder'], ['cr\rfolder', 'a carriage return', 'cr-folder']])('%j', (folder, what, proposal) => {
    const lines = checkArticlesFolder({ [`${folder}/images/b.png`]: png, [`${folder}/probe-folder.md`]: `${testFrontmatter()}${BODY}\n\n![A drawing](./images/b.png)\n` });
    expect(lines.join('\n')).toContain(`holds ${what}, which the build reads as nothing (an address drops it) in the path of every photo of the articles in it (Astro then finds no photo and stops the build); rename the folder to "${proposal}"`);
  });
});

describe('32c F1 (file names): a photo path holding a tab or line break is one line', () => {
  it('lead image "./images/a\\tb.png"', async () => {
    const { readFileSync } = await import('node:fs');
    const png = readFileSync('tests/fixtures/base-content/content/articles/2026/11/images/envoy-arrival.png');
    const lines = checkArticles({ 'images/a\tb.png': png, 'probe-tab-lead.md': `${testFrontmatter({ image: '{ src: "./images/a\tb.png", alt: A drawing of a road }' })}${BODY}` });
    expect(lines).toContainEqual(expect.stringMatching(/image\.src {2}"\.\/images\/a\tb\.png" holds a tab or a line break, which an address drops/));
  });
});

describe('32c F5: a field name past 400 characters is shortened in the line as a long word in the message is', async () => {
  const { formatDiagnostic } = await import('#/check/diagnostics.ts');
  it('30,000-character unknown key', () => {
    const key = 'k'.repeat(30_000);
    const line = formatDiagnostic({ file: 'content/articles/x.md', line: 7, column: 1, field: key, message: 'is not a field of an article', severity: 'error' });
    expect(line.length).toBeLessThan(400);
    expect(line).toContain('…(30000 characters)…');
  });
});

describe('32c F3: an images "folder" that is a file is named as the cause', () => {
  it('lead image ./images/b.png where images is a file', () => {
    const lines = checkArticles({ 'pf/images': 'not a folder\n', 'pf/probe-images-file.md': `${testFrontmatter({ image: '{ src: ./images/b.png, alt: A drawing of a road }' })}${BODY}` });
    expect(lines).toContainEqual(expect.stringMatching(/image\.src {2}image file "\.\/images\/b\.png" cannot be found: \S*images is a file, not a folder; rename or move that file/));
  });
});

describe('round 32 (w): an e-mail address with an apostrophe, written in angle brackets, links whole in both pipelines', async () => {
  const { createMarkdownRenderer } = await import('#/markdown/pipeline.ts');
  it.each(['fast', 'reference'] as const)('%s', (mode) => {
    const html = createMarkdownRenderer(mode)("Mail <o'brien@example.org> now.").html;
    expect(html).toContain(`<a href="mailto:o&#x27;brien@example.org">o'brien@example.org</a>`);
  });
});
