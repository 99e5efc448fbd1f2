import { describe, expect, it } from 'vitest';

describe('review of round 30: a list that loses a desk copy is refilled from the next candidates', async () => {
  const { relatedLinks } = await import('#/domain/related/links.ts');
  const { site } = await import('#/site.config.ts');
  const { article } = await import('../helpers/newsroom-fixture.ts');
  const base = site.url.replace(/\/$/, '');
  const tags = ['wheat', 'harvest', 'kunduz'];
  const bag = { terms: [], counts: [], named: [], words: 0 };
  const others = Array.from({ length: site.relatedCount + 2 }, (_, k) => article(`wheat-market-${k}`, { published: `2026-05-0${k + 3}T08:00:00Z`, tags }));
  const list = [
    article('wheat-harvest', { published: '2026-05-01T08:00:00Z', tags }),
    article('wheat-harvest-society', { published: '2026-05-02T08:00:00Z', tags, canonical: `${base}/articles/wheat-harvest/` }),
    ...others,
    // Unrelated stories, so the shared tags are rare enough to be evidence.
    ...Array.from({ length: 40 }, (_, k) => article(`rail-${k}`, { published: `2026-04-${String(k % 28 + 1).padStart(2, '0')}T08:00:00Z`, tags: [`line-${k}`, 'rail'] })),
  ].map((e) => ({ slug: e.id, bag, linked: [], data: e.data }));
  it('keeps relatedCount links, none of them the copy', () => {
    const links = relatedLinks(list);
    const picks = links.get('wheat-harvest')?.picks.map((p) => p.slug) ?? [];
    expect(picks).toHaveLength(site.relatedCount);
    expect(picks).not.toContain('wheat-harvest-society');
    expect(links.get('wheat-harvest-society')?.picks.map((p) => p.slug)).not.toContain('wheat-harvest');
    expect(links.get('wheat-harvest-society')?.picks).toHaveLength(site.relatedCount);
  });
  it('the near misses asked for never repeat a pick', () => {
    const links = relatedLinks(list, { nearMisses: 3, shared: 0 });
    const r = links.get('wheat-market-0');
    const picks = new Set(r?.picks.map((p) => p.slug));
    expect(r?.nearMisses.some((p) => picks.has(p.slug))).toBe(false);
    expect(relatedLinks(list).get('wheat-market-0')?.picks.map((p) => p.slug)).toEqual([...picks]);
  });
});

describe('review of round 30: an alias page carries the story\'s link preview and allows no script', async () => {
  const { aliasPageHtml } = await import('#/outputs/alias-page.ts');
  const story = { slug: 'kabul-snow', lang: 'ps', dir: 'rtl' as const, data: { title: 'Snow', description: 'Roads <shut> & closed' } };
  it('names the story\'s card, its description and locale', () => {
    const html = aliasPageHtml(story, { image: 'https://news.example/og/kabul-snow.png', imageWidth: undefined, imageHeight: undefined, imageAlt: 'Headline: Snow' });
    expect(html).toContain('<meta property="og:image" content="https://news.example/og/kabul-snow.png">');
    expect(html).toContain('<meta property="og:image:alt" content="Headline: Snow">');
    expect(html).toContain('<meta name="description" content="Roads &lt;shut&gt; &amp; closed">');
    expect(html).toContain('<meta property="og:locale" content="ps_AF">');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
  });
  it('falls back to the site card, with its own words', () => {
    const html = aliasPageHtml(story, { image: undefined, imageWidth: undefined, imageHeight: undefined, imageAlt: undefined });
    expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/og-card\.png">/);
    expect(html).toContain('<meta property="og:image:width" content="1200">');
  });
});

describe('round 30 left: a shortcode with unquoted attributes is caught by its form', async () => {
  const { checkShortcodes } = await import('#/check/rules/shortcodes.ts');
  const lines = (body: string) => checkShortcodes(body, 1).map((p) => p.message);
  it.each(['[slideshare id=4937417&doc=kabul-rail-110801&w=425]', '[scribd id=12345 key=key-abc mode=list]', '[polldaddy poll=9514285]'])('%s: one line', (body) => {
    expect(lines(body)).toEqual([expect.stringContaining('is a WordPress shortcode')]);
  });
  it.each(['The sample [n=12] was small.', 'See [p=3] and [see p=3].', '[Updated at=10:00] The minister spoke.', 'A ratio [a=b] holds.'])('copy stays quiet: %s', (body) => {
    expect(lines(body)).toEqual([]);
  });
});

describe('31b #6: the dev server\'s Related boxes of published stories are the site\'s', async () => {
  const { buildNewsroom } = await import('#/domain/newsroom.ts');
  const { article, build, dev, source } = await import('../helpers/newsroom-fixture.ts');
  const tags = ['wheat', 'harvest', 'kunduz'];
  const stories = () => [
    article('wheat-harvest', { published: '2026-05-01T08:00:00Z', tags }),
    article('wheat-prices', { published: '2026-05-03T08:00:00Z', tags }),
    article('flour-mills', { published: '2026-05-04T08:00:00Z', tags: ['flour', 'kunduz'] }),
    article('wheat-draft', { published: '2026-05-05T08:00:00Z', tags, draft: true }),
    article('wheat-next-year', { published: '2030-01-01T08:00:00Z', tags }),
    ...Array.from({ length: 20 }, (_, k) => article(`rail-${k}`, { published: `2026-04-${String(k + 1).padStart(2, '0')}T08:00:00Z`, tags: [`line-${k}`, 'rail'] })),
  ];
  it('same picks for every published story; drafts and scheduled stories get boxes of their own', async () => {
    const site = await buildNewsroom(source(stories()), build);
    const preview = await buildNewsroom(source(stories()), dev);
    for (const slug of ['wheat-harvest', 'wheat-prices', 'flour-mills', 'rail-3']) {
      expect(preview.relatedFor(slug).map((a) => a.slug), slug).toEqual(site.relatedFor(slug).map((a) => a.slug));
    }
    expect(preview.relatedFor('wheat-harvest').map((a) => a.slug)).not.toContain('wheat-draft');
    expect(preview.relatedFor('wheat-draft').map((a) => a.slug)).toContain('wheat-harvest');
    expect(preview.relatedFor('wheat-next-year').length).toBeGreaterThan(0);
  });
});

describe('31a #13: a desk note after a heading leaves its id alone', async () => {
  const { createMarkdownRenderer } = await import('#/markdown/pipeline.ts');
  const { checkArticles, testFrontmatter } = await import('../helpers/check-bodies.ts');
  it('## Key figures <!-- note --> is #key-figures, and a link to it passes', async () => {
    const html = createMarkdownRenderer()('## Key figures <!-- desk: check the totals -->\n\nText.').html;
    expect(html).toContain('<h2 id="key-figures">');
    expect(checkArticles({ 'a.md': `${testFrontmatter()}See [the figures](#key-figures).\n\n## Key figures <!-- desk note -->\n\nText.\n` })).toEqual([]);
  });
});

describe('31b #13: an output folder that holds what the build reads is one line before anything is removed', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join, relative } = await import('node:path');
  const { outputFolderProblem } = await import('#/build/output-folder.ts');
  const project = mkdtempSync(join(tmpdir(), 'dateline-out-'));
  mkdirSync(join(project, 'content/articles'), { recursive: true });
  mkdirSync(join(project, 'src'));
  writeFileSync(join(project, 'README.md'), 'x');
  mkdirSync(join(project, 'other-project'));
  writeFileSync(join(project, 'other-project/package.json'), '{}');
  const elsewhere = mkdtempSync(join(tmpdir(), 'dateline-news-'));
  mkdirSync(join(elsewhere, 'content'));
  const shown = (p: string) => relative(project, p) || '.';
  const problem = (out: string, content = join(project, 'content')) => outputFolderProblem(out, project, content, shown);
  it.each([
    ['content', 'the output folder content is the content folder content'],
    ['content/articles/x', 'is inside the content folder content'],
    ['.', 'the output folder . holds the content folder content'],
    ['src/out', "is inside the project's src/ folder"],
    ['README.md/out', 'a part of its path is a file'],
    ['README.md', 'is a file'],
    ['.git', "is inside a git repository's .git folder"],
    ['.git/x', "is inside a git repository's .git folder"],
    ['Content', 'only in case'],
    ['CONTENT/articles', 'only in case'],
    ['other-project', 'holds package.json, so it is a project'],
  ])('--outDir %s', (out, message) => {
    expect(problem(join(project, out))).toContain(message);
  });
  it('a content folder elsewhere, and the folder around it', () => {
    expect(problem(elsewhere, join(elsewhere, 'content'))).toMatch(/holds the content folder .*: the build empties its output folder first; give it a folder of its own, such as --outDir dist$/);
  });
  it('dist, parts/1 and a folder outside the project are fine', () => {
    for (const out of [join(project, 'dist'), join(project, 'parts/1'), mkdtempSync(join(tmpdir(), 'dateline-dist-'))]) expect(problem(out)).toBeUndefined();
  });
});

describe('31a #11, #14: ids that cannot be pages', async () => {
  const { checkArticles, checkNewsroom, testFrontmatter } = await import('../helpers/check-bodies.ts');
  const { newsroomCopies } = await import('../helpers/newsroom-copy.ts');
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const copy = newsroomCopies('r31-ids');
  it('a reporter whose id is a number alone, and ids Windows keeps for devices', () => {
    const content = copy((c) => {
      writeFileSync(join(c, 'authors/2.md'), '---\nname: Karim Sadat\n---\n');
      writeFileSync(join(c, 'authors/nul.md'), '---\nname: Nul\n---\n');
      writeFileSync(join(c, 'sections/con.md'), '---\nname: Con\norder: 9\n---\n');
    });
    const lines = checkNewsroom(content).map((d) => `${d.file.replace(/^.*content\//, '')} ${d.field}  ${d.message}`);
    expect(lines).toContainEqual(expect.stringMatching(/^authors\/2\.md file {2}the id "2" is a number alone, and \/authors\/2\/ is where page 2 of the reporters index goes .*such as "karim-sadat\.md"$/));
    expect(lines).toContainEqual(expect.stringMatching(/^authors\/nul\.md file {2}the id "nul" is a name Windows keeps for a device/));
    expect(lines).toContainEqual(expect.stringMatching(/^sections\/con\.md file {2}the id "con" is a name Windows keeps for a device/));
  });
  it('an article slug and a tag', () => {
    expect(checkArticles({ 'aux.md': `${testFrontmatter()}Text.\n` })).toEqual([expect.stringMatching(/^aux\.md:1:1 file {2}the slug "aux" is a name Windows keeps for a device.*such as "aux-<a word>\.md"$/)]);
    expect(checkArticles({ 'a.md': `${testFrontmatter({ tags: '[trade, COM1]' })}Text.\n` })).toEqual([expect.stringMatching(/^a\.md:\d+:\d+ tags\[1\] {2}tag "COM1" would have its page at \/tags\/com1\/, a folder name Windows keeps/)]);
  });
});

describe('31a #9: a line never carries a word of 800,000 characters', async () => {
  const { formatDiagnostic } = await import('#/check/diagnostics.ts');
  it('shows its start and end and its length', () => {
    const slug = `a${'b'.repeat(800_000)}z`;
    const line = formatDiagnostic({ file: 'content/articles/x.md', line: 9, column: 1, field: 'body', message: `link points to /articles/${slug}/, which is no article; check the slug`, severity: 'error' });
    expect(line.length).toBeLessThan(500);
    expect(line).toMatch(/^content\/articles\/x\.md:9:1 {2}body {2}link points to \/articles\/abbb+…\(\d+ characters\)…b+z\/, which is no article; check the slug$/);
  });
});

describe('31a #12: a pipe under any name in the articles is one line', async () => {
  const { execFileSync } = await import('node:child_process');
  const { checkNewsroom } = await import('../helpers/check-bodies.ts');
  const { newsroomCopies } = await import('../helpers/newsroom-copy.ts');
  const { join } = await import('node:path');
  const copy = newsroomCopies('r31-fifo');
  it('x.txt and story.md.orig made as pipes', () => {
    const content = copy((c) => execFileSync('mkfifo', [join(c, 'articles/x.txt'), join(c, 'articles/story.md.orig')]));
    const lines = checkNewsroom(content).map((d) => `${d.file.replace(/^.*content\//, '')} ${d.field}  ${d.message}`);
    for (const name of ['x.txt', 'story.md.orig']) expect(lines).toContain(`articles/${name} file  is not a regular file (a pipe, socket or device), so it is not read; remove it`);
  });
});

describe('31a #10: an alias too long to be a path is one line', async () => {
  const { aliasProblem } = await import('#/domain/aliases.ts');
  it('21 parts of 200 bytes', () => {
    const alias = `/${Array.from({ length: 21 }, (_, k) => String(k % 10).repeat(200)).join('/')}/`;
    expect(aliasProblem(alias)).toMatch(/^"\/0{59}…\d+\/" is 4222 bytes long; an old address is at most 1024 bytes/);
    expect(aliasProblem('/2009/03/16/a-long-but-ordinary-story-name/')).toBeUndefined();
  });
});

describe('31d #10: aliases at the tools\' own addresses', async () => {
  const { aliasProblem } = await import('#/domain/aliases.ts');
  it.each(['/__dateline/content-state', '/@vite/client', '/@fs/x/', '/_image/', '/_server-islands/x/'])('%s is one line', (alias) => {
    expect(aliasProblem(alias)).toMatch(/an address the site's tools keep for themselves/);
  });
  it('an ordinary underscore name stays allowed', () => expect(aliasProblem('/_media/old-story/')).toBeUndefined());
});

describe('31d #3: an alias already kept in formerly', async () => {
  const { checkArticles, testFrontmatter } = await import('../helpers/check-bodies.ts');
  it('is told it is kept there already', () => {
    expect(checkArticles({ 'a.md': `${testFrontmatter({ formerly: '[old-a]', aliases: '[/articles/old-a/]' })}Text.\n` })).toEqual([
      expect.stringMatching(/^a\.md:\d+:\d+ aliases\[0\] {2}"\/articles\/old-a\/" is already kept: this article's formerly lists "old-a"/),
    ]);
  });
});

describe('31d #1: an alias differing from a public/ file only in case', async () => {
  const { checkArticles, testFrontmatter } = await import('../helpers/check-bodies.ts');
  it('is one line, as the exact spelling is', () => {
    const lines = checkArticles({ 'a.md': `${testFrontmatter({ aliases: '[/FAVICON.SVG/, /Logo.PNG/x/]' })}Text.\n` });
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(expect.arrayContaining([expect.stringContaining('"/FAVICON.SVG/" is served from public/favicon.svg'), expect.stringContaining('"/Logo.PNG/x/" is served from public/logo.png')]));
  });
});
