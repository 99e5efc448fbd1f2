/** Round 29: the rest of the 28c blind round (findings written without the code). */
import { describe, expect, it, vi } from 'vitest';
import { goneArticlePages } from '#/build/gone-pages.ts';

describe('28c #6: a bulk takedown of thousands of addresses', () => {
  it('names every gone address, the renamed story among them too', () => {
    const previous = Array.from({ length: 2500 }, (_, i) => `/articles/bulk-${String(i).padStart(4, '0')}/`);
    previous.push('/articles/zz-renamed-story/');
    const lines = goneArticlePages(previous, new Set(), 'content/articles');
    const text = lines.map((l) => l.message).join('\n');
    for (const page of previous) expect(text).toContain(page);
    expect(text).not.toContain('more)');
    // Ten lines one by one, then the rest in lines of at most 200 addresses.
    expect(lines.length).toBe(10 + Math.ceil((2501 - 10 - 200) / 200));
    expect(lines.at(-1)!.message).toMatch(/^more addresses gone \(2411–2501 of 2501\)/);
    expect(lines.every((l) => l.severity === 'warning' && l.file === 'content/articles')).toBe(true);
  });
});

describe('28c #2: the dev server follows a bulk copy with a few syncs, not one per file', () => {
  it('runs one sync after a burst has been quiet, never two at once, and at least every maxWait while changes keep coming', async () => {
    const { followChanges } = await import('#/build/dev-content-watch.ts');
    vi.useFakeTimers();
    try {
      let syncs = 0;
      let inFlight = 0;
      let most = 0;
      const finish: Array<() => void> = [];
      const changed = followChanges(() => {
        syncs++;
        most = Math.max(most, ++inFlight);
        return new Promise<void>((done) => finish.push(() => { inFlight--; done(); }));
      }, () => undefined, { quietMs: 250, maxWaitMs: 3000 });
      // 500 files, one every 2 ms (1 s in all): one sync, 250 ms after the last.
      for (let i = 0; i < 500; i++) {
        changed();
        await vi.advanceTimersByTimeAsync(2);
      }
      expect(syncs).toBe(0);
      await vi.advanceTimersByTimeAsync(250);
      expect(syncs).toBe(1);
      // Changes keep coming while it runs: one queued sync, started after the first ends.
      for (let i = 0; i < 2000; i++) {
        changed();
        await vi.advanceTimersByTimeAsync(5);
      }
      // 10 s of changes every 5 ms: a sync at least every 3 s was asked for, but only one may run, one queued.
      expect(syncs).toBe(1);
      finish.shift()!();
      await vi.advanceTimersByTimeAsync(0);
      expect(syncs).toBe(2);
      expect(most).toBe(1);
      finish.shift()!();
      await vi.advanceTimersByTimeAsync(300);
      expect(syncs).toBeLessThanOrEqual(3);
      while (finish.length) finish.shift()!();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a change makes the next check fresh once, and every loader of that change shares it', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadCheckForLoaders, loadCheckedContent, noteContentChange } = await import('#/build/content-load.ts');
    const root = mkdtempSync(join(tmpdir(), 'r29-dev-'));
    mkdirSync(join(root, 'content', 'sections'), { recursive: true });
    writeFileSync(join(root, 'content', 'sections', 'world.md'), '---\nname: World\n---\n');
    const ctx = { mode: 'dev' as const, now: Date.parse('2026-11-28T00:00:00Z'), root, cacheDir: join(root, 'node_modules', '.cache'), buildId: 'test' };
    const first = loadCheckForLoaders(ctx, { fresh: false });
    noteContentChange();
    writeFileSync(join(root, 'content', 'sections', 'economy.md'), '---\nname: Economy\n---\n');
    await new Promise((r) => setImmediate(r));
    const afterChange = loadCheckForLoaders(ctx, { fresh: true });
    expect(afterChange).not.toBe(first);
    expect(afterChange.content.sections.map((s) => s.id).sort()).toEqual(['economy', 'world']);
    // The other loaders and the error page, for the same change: the same check, not a new one.
    expect(loadCheckForLoaders(ctx, { fresh: true })).toBe(afterChange);
    expect(loadCheckedContent(ctx, { fresh: true }).sections).toBe(afterChange.content.sections);
  });
});

describe('28c #3: thousands of text files kept beside the stories', () => {
  it('ten are told one by one, the rest of their folder in one line with the bulk fix, and all are counted', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkContent } = await import('#/check/content-check.ts');
    const { contentCounts } = await import('#/check/summary.ts');
    const root = mkdtempSync(join(tmpdir(), 'r29-txt-'));
    const month = join(root, 'content', 'articles', '2026', '11');
    mkdirSync(month, { recursive: true });
    for (let i = 0; i < 1200; i++) writeFileSync(join(month, `transcript-${String(i).padStart(4, '0')}.txt`), 'Interview notes.\n');
    for (let i = 0; i < 3; i++) writeFileSync(join(month, `zz-scan-${i}.rtf`), '{\\rtf1 notes}');
    const result = checkContent({ root, visibility: { now: Date.now(), includeDrafts: false } });
    const unread = result.diagnostics.filter((d) => d.file.startsWith('content/articles/2026/11'));
    expect(unread).toHaveLength(11);
    const folderLine = unread.find((d) => d.file === 'content/articles/2026/11')!;
    expect(folderLine.message).toMatch(/^1193 more files in this folder are not read \(1190 \.txt, 3 \.rtf\), besides the 10 named on lines of their own: .*move them into a folder whose name starts with "_"/);
    expect(unread.filter((d) => d.file !== folderLine.file).every((d) => /transcript-000\d\.txt$/.test(d.file) && d.message.includes('rename it to "transcript-000'))).toBe(true);
    expect(contentCounts(result)).toContain('1203 unread files');
    // Followed literally: the notes moved into _notes/ are never read, and nothing is said about them.
    const { renameSync } = await import('node:fs');
    mkdirSync(join(month, '_notes'));
    for (let i = 0; i < 1200; i++) { const n = `transcript-${String(i).padStart(4, '0')}.txt`; renameSync(join(month, n), join(month, '_notes', n)); }
    const after = checkContent({ root, visibility: { now: Date.now(), includeDrafts: false } });
    expect(after.diagnostics.filter((d) => d.file.includes('transcript'))).toEqual([]);
  });
});

describe('28c #4: the indexes of topics and reporters are paginated', () => {
  it('/tags/ and /authors/ list 500 a page, the check knows every page, and a page key follows what it lists', async () => {
    const { buildNewsroom } = await import('#/domain/newsroom.ts');
    const { authorIndexRoutes, topicIndexRoutes } = await import('#/domain/routing.ts');
    const { INDEX_PAGE_SIZE } = await import('#/domain/pagination.ts');
    const { sitePages } = await import('#/check/rules/site-pages.ts');
    const { article, author, build, source } = await import('../helpers/newsroom-fixture.ts');
    const topics = Array.from({ length: 1234 }, (_, i) => `Topic ${i}`);
    const reporters = Array.from({ length: 501 }, (_, i) => `reporter-${i}`);
    const stories = Array.from({ length: 100 }, (_, i) => article(`s${i}`, { published: `2026-05-01T08:${String(i % 60).padStart(2, '0')}:00Z`, tags: topics.slice(i * 13, i * 13 + 13), authors: reporters.slice(i * 6, i * 6 + 6).length ? reporters.slice(i * 6, i * 6 + 6) : ['reporter-0'] }));
    const n = await buildNewsroom(source(stories, { authors: reporters.map((id) => author(id, id)) }), build);
    const topicPages = topicIndexRoutes(n);
    expect(INDEX_PAGE_SIZE).toBe(500);
    expect(topicPages.map((r) => r.params.page)).toEqual([undefined, '2', '3']);
    expect(topicPages.map((r) => r.props.page.items.length)).toEqual([500, 500, 234]);
    expect(topicPages[1]!.props.page).toMatchObject({ url: '/tags/2/', prev: '/tags/', next: '/tags/3/' });
    expect(new Set(topicPages.flatMap((r) => r.props.page.items.map((t) => t.slug))).size).toBe(1234);
    expect(authorIndexRoutes(n).map((r) => r.props.page.url)).toEqual(['/authors/', '/authors/2/']);
    const pages = sitePages('/nonexistent', stories.map((s) => ({ id: s.id, data: s.data })) as never, reporters, ['politics'], { now: Date.now(), includeDrafts: false }, new Map([['politics', 'Politics']]), 'site');
    expect(['/tags/2/', '/tags/3/', '/authors/2/'].every((p) => pages.has(p))).toBe(true);
    expect(pages.has('/tags/4/') || pages.has('/authors/3/')).toBe(false);
    // One more article under a topic of page 3 moves it: the keys of the pages that list it change, not page 1's.
    const more = await buildNewsroom(source([...stories, article('extra', { published: '2026-05-02T08:00:00Z', tags: ['Topic 1233', 'Topic 0'] })], { authors: reporters.map((id) => author(id, id)) }), build);
    const after = topicIndexRoutes(more);
    expect(after[0]!.cacheKey).not.toBe(topicPages[0]!.cacheKey);
    expect(after[0]!.props.page.items.slice(0, 2).map((t) => t.name)).toEqual(['Topic 0', 'Topic 1233']);
  });
});

describe('npm run new -- "Index": index.md is a page bundle\'s file, never a story', () => {
  it('a headline "Index" is written as index-2.md, and --slug index is refused', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, mkdirSync, readdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers/build-overlay.ts');
    const content = mkdtempSync(join(tmpdir(), 'r29-new-'));
    for (const kind of ['articles', 'authors', 'sections']) mkdirSync(join(content, kind));
    writeFileSync(join(content, 'authors', 'nadia-rahyab.md'), '---\nname: Nadia Rahyab\n---\n');
    writeFileSync(join(content, 'sections', 'economy.md'), '---\nname: Economy\n---\n');
    const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    const made = run('Index', '--author', 'nadia-rahyab', '--section', 'economy');
    expect(made.status).toBe(0);
    const files = readdirSync(join(content, 'articles'), { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith('index-2.md'))).toBe(true);
    expect(files.some((f) => /(^|\/)index\.md$/.test(f))).toBe(false);
    const refused = run('Index of prices', '--slug', 'index');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--slug index names a page bundle');
  });
});

describe('a page bundle told its folder\'s name: the name must be free', () => {
  it('wheat-prices/index.md beside wheat-prices.md is told wheat-prices-2.md; two bundles each get their own', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkContent } = await import('#/check/content-check.ts');
    const root = mkdtempSync(join(tmpdir(), 'r29-bundle-'));
    const month = join(root, 'content', 'articles', '2026', '11');
    mkdirSync(join(month, 'wheat-prices'), { recursive: true });
    const story = (t: string) => `---\ntitle: ${t}\ndescription: d\npublished: 2026-11-02T08:00:00Z\nauthors: [nadia]\nsection: economy\n---\n${t} story text of its own, about ${t.toLowerCase()} only.\n`;
    writeFileSync(join(month, 'wheat-prices.md'), story('Wheat'));
    writeFileSync(join(month, 'wheat-prices', 'index.md'), story('Wheat bundle'));
    const one = checkContent({ root, visibility: { now: Date.now(), includeDrafts: false } }).diagnostics.find((d) => d.file.endsWith('wheat-prices/index.md'))!;
    expect(one.message).toContain('rename it to its folder\'s name (wheat-prices-2.md) ("wheat-prices.md" is another file\'s name');
    mkdirSync(join(month, 'rail'), { recursive: true });
    writeFileSync(join(month, 'rail', 'index.md'), story('Rail'));
    const two = checkContent({ root, visibility: { now: Date.now(), includeDrafts: false } }).diagnostics.filter((d) => d.file.endsWith('/index.md')).map((d) => d.message);
    expect(two.some((m) => m.includes('(wheat-prices-2.md)'))).toBe(true);
    expect(two.some((m) => m.includes('(rail.md)'))).toBe(true);
  });
});

describe('a topic named by a bare number shares the address of a page of the topics index', () => {
  it('"2" among 520 topics is one line naming /tags/2/; "2" among 20 topics is a topic as any', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { checkContent } = await import('#/check/content-check.ts');
    const run = (stories: number) => {
      const root = mkdtempSync(join(tmpdir(), 'r29-numtag-'));
      const month = join(root, 'content', 'articles', '2026', '11');
      mkdirSync(month, { recursive: true });
      mkdirSync(join(root, 'content', 'authors'));
      mkdirSync(join(root, 'content', 'sections'));
      writeFileSync(join(root, 'content', 'authors', 'nadia.md'), '---\nname: Nadia\n---\n');
      writeFileSync(join(root, 'content', 'sections', 'economy.md'), '---\nname: Economy\n---\n');
      for (let s = 0; s < stories; s++) {
        const tags = Array.from({ length: 13 }, (_, i) => `Subject ${s * 13 + i}`);
        if (s === 0) tags[0] = '2';
        writeFileSync(join(month, `story-${s}.md`), `---\ntitle: Story ${s}\ndescription: d\npublished: 2026-11-02T08:00:00Z\nauthors: [nadia]\nsection: economy\ntags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]\n---\nStory ${s} has its own words ${'x'.repeat(s)}.\n`);
      }
      return checkContent({ root, visibility: { now: Date.now(), includeDrafts: false } }).diagnostics.filter((d) => d.field.startsWith('tags'));
    };
    const many = run(40);
    expect(many.map((d) => `${d.file} ${d.field} ${d.severity}`)).toEqual(['content/articles/2026/11/story-0.md tags[0] error']);
    expect(many[0]!.message).toMatch(/^tag "2" would have its page at \/tags\/2\/, which is page 2 of the topics index/);
    expect(run(2)).toEqual([]);
  });
});

describe('29a #1, #2, #5: numbers and stars the page would not show as typed', async () => {
  const { checkArticles, testFrontmatter } = await import('../helpers/check-bodies.ts');
  const { renderBody } = await import('#/build/render-batch.ts');
  const lines = (body: string) => checkArticles({ 'story.md': `${testFrontmatter()}Opening paragraph about prices.\n\n${body}` }).filter((l) => / body /.test(l));

  it('a countdown, skipped numbers and year-led paragraphs are one line each, with a fix that works', () => {
    expect(lines('The busiest crossings:\n\n3. Spin Boldak.\n2. Hairatan.\n1. Torkham.\n')).toEqual(['story.md:13:1 body  this list is numbered 3, 2, 1 as typed, but a Markdown list counts up from its first number, so the page shows 3, 4, 5; to count down, write the list as HTML, <ol reversed start="3"> with an <li> for each item, or number the items upward']);
    expect(lines('Steps:\n\n1. Open the crossing.\n3. Share the schedule.\n7. Review in a month.\n')[0]).toMatch(/numbered 1, 3, 7 as typed, .* shows 1, 2, 3; renumber the items in order, or, to keep these numbers, write each number with a backslash before the "\." \("1\\\.", "3\\\.", "7\\\."\) and a blank line between them/);
    expect(lines('2008. Prices of flour doubled.\n\n2011. The new rail link opened.\n')[0]).toMatch(/^story\.md:11:1 body  this list is numbered 2008, 2011 as typed, .* shows 2008, 2009; write each number with a backslash/);
    expect(lines('2019) The first agreement.\n2021) The second agreement.\n')[0]).toMatch(/numbered 2019, 2021 as typed.*"2019\\\)", "2021\\\)"/);
    // Followed literally, the numbers are printed as typed and the check is quiet.
    const fixed = '2008\\. Prices of flour doubled.\n\n2011\\. The new rail link opened.\n';
    expect(lines(fixed)).toEqual([]);
    expect(renderBody(fixed).html).toBe('<p>2008. Prices of flour doubled.</p>\n<p>2011. The new rail link opened.</p>');
    const reversed = '<ol reversed start="3">\n<li>Spin Boldak.</li>\n<li>Hairatan.</li>\n<li>Torkham.</li>\n</ol>\n';
    expect(lines(reversed)).toEqual([]);
    expect(renderBody(reversed).html).toContain('<ol reversed start="3">');
    // Numbers that count up, or all the same (Markdown numbers them), are quiet.
    expect(lines('1. a\n2. b\n3. c\n\nThen:\n\n1. x\n1. y\n1. z\n\nAnd:\n\n4) p\n5) q\n')).toEqual([]);
  });

  it('the fix for a wrapped "1." keeps the number without a backslash on the page', () => {
    const told = lines('Hard wrapped line ending in a number\n1. and another line.\n');
    expect(told[0]).toContain('or write "1\\." to keep the "1."');
    expect(lines('Crowds in Kabul 2, Herat\n1) and the crowd went quiet.\n')[0]).toContain('or write "1\\)" to keep the "1)"');
    const followed = 'Hard wrapped line ending in a number\n1\\. and another line.\n';
    expect(lines(followed)).toEqual([]);
    expect(renderBody(followed).html).toBe('<p>Hard wrapped line ending in a number\n1. and another line.</p>');
  });

  it('a star legend under a starred figure, and a year alone, are told', () => {
    const star = lines('Flour rose to 2,300 afghanis a bag.*\n\n* Figures are estimates from the traders union.\n');
    expect(star).toEqual(['story.md:13:1 body  "* Figures are estimates from the traders union." starts with "* ", so the page shows it as a bullet and drops the star that ties it to the one above; write "\\*" instead of "*" to keep the star']);
    expect(renderBody('Flour rose.*\n\n\\* Figures are estimates.\n').html).toBe('<p>Flour rose.*</p>\n<p>* Figures are estimates.</p>');
    // Emphasis ending a paragraph is no star: a one-item list under it is quiet.
    expect(lines('He said *no*\n\n* One point.\n')).toEqual([]);
    expect(lines('The year was\n\n2026.\n')[0]).toMatch(/"2026\." starts with a number and a dot, so the page shows it as a list numbered from 2026; write "2026\\\." to keep the sentence/);
  });
});

describe('29a #3, #6: text printed as typed', async () => {
  const { renderBody } = await import('#/build/render-batch.ts');
  const { typesetProse } = await import('#/domain/typography.ts');
  it('raw HTML keeps "&section" and "&notebook" as typed; whole references and an old name alone are read', () => {
    expect(renderBody('<table><tr><td>?id=5&section=2&currency=AFN&region=north&timestamp=2026</td></tr></table>').html).toContain('<td>?id=5&#x26;section=2&#x26;currency=AFN&#x26;region=north&#x26;timestamp=2026</td>');
    expect(renderBody('<p>&notebook and &notes, &copy 2026, &copy; &notin; a&amp;b</p>').html).toBe('<p>&#x26;notebook and &#x26;notes, © 2026, © ∉ a&#x26;b</p>');
    expect(renderBody('<p><a href="https://example.org/?a=1&copy=2&section=3">report</a></p>').html).toContain('href="https://example.org/?a=1&#x26;copy=2&#x26;section=3"');
  });

  it('an address without a scheme is not typeset, and long runs stay linear', () => {
    expect(typesetProse('See example.org/reports/2026--final for "it" -- today')).toBe('See example.org/reports/2026--final for “it” – today');
    for (const run of ['a.'.repeat(40_000) + 'b x.org/', 'a.'.repeat(40_000) + 'b @', 'a.'.repeat(40_000) + '://']) {
      expect(typesetProse(run).length).toBeGreaterThan(0);
    }
  });
});

describe('29b #1: the dev server previews the front page the build will make', () => {
  it('a pick with an until still ahead leads in dev as in the build; one whose until has passed does not', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { buildNewsroom } = await import('#/domain/newsroom.ts');
    const { article, source } = await import('../helpers/newsroom-fixture.ts');
    const root = mkdtempSync(join(tmpdir(), 'r29-front-'));
    mkdirSync(join(root, 'content'));
    const ahead = new Date(Date.now() + 86_400_000).toISOString();
    const past = new Date(Date.now() - 86_400_000).toISOString();
    writeFileSync(join(root, 'content', 'front.md'), `---\nlead: { slug: older, until: "${ahead}" }\ntop:\n  - { slug: oldest, until: "${past}" }\n---\n`);
    const stories = [article('older', { published: '2026-05-01T08:00:00Z' }), article('oldest', { published: '2026-04-01T08:00:00Z' }), article('newest', { published: '2026-05-20T08:00:00Z' })];
    for (const mode of ['dev', 'build'] as const) {
      const n = await buildNewsroom(source(stories), { mode, now: Date.now(), root, cacheDir: join(root, 'cache'), buildId: 't' });
      const front = n.frontPage();
      expect(front.lead?.article.slug, mode).toBe('older');
      expect(front.top.map((s) => s.article.slug).includes('oldest') && front.top.find((s) => s.article.slug === 'oldest')!.pinned, mode).toBe(false);
    }
  });
});

describe('29b #7: a story taken down as a draft', () => {
  it('its gone address is told on its own file, as a draft or scheduled, never as a rename', () => {
    const unpublished = new Map([
      ['relief-convoys', { file: 'content/articles/2026/10/relief-convoys.md', draft: true }],
      ['budget-vote', { file: 'content/articles/2026/10/budget-vote.md', draft: false }],
    ]);
    const lines = goneArticlePages(['/articles/relief-convoys/', '/articles/budget-vote/', '/articles/gone-story/'], new Set(), 'content/articles', new Map(), undefined, unpublished);
    expect(lines.map((l) => [l.file, l.field])).toEqual([
      ['content/articles/2026/10/budget-vote.md', 'published'],
      ['content/articles/2026/10/relief-convoys.md', 'draft'],
      ['content/articles', 'file'],
    ]);
    expect(lines[1]!.message).toBe('/articles/relief-convoys/ was on the site after the previous build and is gone now: this article is a draft now (draft: true), so links readers shared go nowhere until it is published again; if it was taken down on purpose, nothing to do');
    expect(lines[0]!.message).toContain('scheduled for later now');
    expect(lines.slice(0, 2).every((l) => !l.message.includes('formerly'))).toBe(true);
  });
});

describe('29b #10: search finds a story by its topics, and its credits read as credits', () => {
  it('the record ends with the byline and topics, each set off by a mark', async () => {
    const { searchRecords } = await import('#/build/search-index.ts');
    const [record] = searchRecords([{ id: 'outlook', title: 'Outlook', description: 'What next.', dateline: undefined, body: 'Talks resume in January.', textFile: '/nonexistent/none.txt', section: 'Diplomacy', published: { epoch: 0, iso: '2026-11-01T08:00:00Z', dateOnly: false }, lang: undefined, byline: 'Nadia Rahyab', topics: ['Year ahead', 'Trade'] }]);
    expect(record!.content).toBe('Outlook\n\u2063\nWhat next.\n\u2063\nTalks resume in January.\n⁂ Nadia Rahyab\n⁂ Year ahead, Trade');
  });
});

describe('29c #3: a feed runs the dateline into the lead paragraph, as the page does', () => {
  it('"KABUL —" opens the first paragraph; a body that opens otherwise keeps it as a paragraph', async () => {
    const { buildNewsroom } = await import('#/domain/newsroom.ts');
    const { feedItems } = await import('#/outputs/feeds.ts');
    const { article, build, source } = await import('../helpers/newsroom-fixture.ts');
    const bodies: Record<string, string> = { lead: '<p class="x">Officials met at noon.</p>\n<p>More.</p>', heading: '<h2 id="h">Heading</h2><p>Text.</p>' };
    const base = source([article('lead', { published: '2026-05-02T08:00:00Z', dateline: 'KABUL' }), article('heading', { published: '2026-05-01T08:00:00Z', dateline: 'HERAT' })]);
    const n = await buildNewsroom({ ...base, facts: (entry) => ({ ...base.facts(entry), html: () => bodies[entry.id]! }) }, build);
    const [lead, heading] = feedItems(n.articles);
    expect(lead!.html!.startsWith('<p class="x"><strong>KABUL —</strong> Officials met at noon.</p>')).toBe(true);
    expect(heading!.html!.startsWith('<p><strong>HERAT —</strong></p>\n<h2')).toBe(true);
  });
});

describe('29c #5: a search excerpt reads as the story, with its credits shown as credits', async () => {
  const { readableParts } = await import('#/client/excerpt-credits.ts');
  const content = 'Kabul bakers brace for winter\nFlour prices rise.\nBakers in Kabul say flour prices rose again this week when prices usually fall again.\n⁂ Zarlasht Niazai\n⁂ Wheat, Food prices, Winter';
  it('the credits are left out when the reader\'s words are in the story, and the cut window gets "…"', () => {
    expect(readableParts(['Bakers in Kabul say flour ', 'prices', ' rose again this week when'], content)).toEqual(['Bakers in Kabul say flour ', 'prices', ' rose again this week when…']);
    expect(readableParts(['this week when ', 'prices', ' usually fall again. ⁂ Zarlasht Niazai ⁂ Wheat, Food ', 'prices', ''], content)).toEqual(['…this week when ', 'prices', ' usually fall again.', '', '']);
  });

  it('found in the credits alone, they follow the story\'s words as "— byline · topics"', () => {
    expect(readableParts(['usually fall again. ⁂ Zarlasht Niazai ⁂ ', 'Wheat', ', Food prices'], content)).toEqual(['…usually fall again. — Zarlasht Niazai · ', 'Wheat', ', Food prices']);
  });

  it('a phrase in quotes is echoed in one pair of quotes', async () => {
    const { matchCount } = await import('#/client/search-client.ts');
    expect(matchCount(1, '"emergency closure"')).toBe('1 article matches “emergency closure”.');
    expect(matchCount(0, '""')).toBe('No articles match “""”.');
  });
});

describe('29c #2: a body photo and the caption line under it are one figure', async () => {
  const { renderBody } = await import('#/build/render-batch.ts');
  it('after a blank line or on the next line; anything else stays as written', () => {
    expect(renderBody('Lead.\n\n![Wagons](./a.png "t")\n\n*Wagons wait. (Photo: D)*\n\nMore.').html).toBe('<p>Lead.</p>\n<figure><img src="./a.png" alt="Wagons" title="t" loading="lazy" decoding="async"><figcaption>Wagons wait. (Photo: D)</figcaption></figure>\n<p>More.</p>');
    expect(renderBody('![A](./a.png)\n*Cap line*').html).toBe('<figure><img src="./a.png" alt="A" loading="lazy" decoding="async"><figcaption>Cap line</figcaption></figure>');
    expect(renderBody('![A](./a.png)\n\n*Emphasis* and more.').html).not.toContain('<figure>');
    expect(renderBody('[![A](./a.png)](https://example.org/)\n\n*Cap*').html).not.toContain('<figure>');
  });
});

describe('28c #5: what a build holds at once is bounded by text, not only by number', () => {
  it('boundedBatches cuts by count and by size, an oversize item alone', async () => {
    const { boundedBatches } = await import('#/build/bounded-batches.ts');
    const sizes = [10, 10, 10, 50, 5, 5, 5, 5, 5];
    expect([...boundedBatches(sizes, 3, 25, (n) => n)]).toEqual([[10, 10], [10], [50], [5, 5, 5], [5, 5]]);
    expect([...boundedBatches([], 3, 25, (n: number) => n)]).toEqual([]);
  });

  it('the shared check of long articles round-trips in batches of at most 32 MB of text', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sharedCheck, shareCheck } = await import('#/build/check-snapshot.ts');
    const { checkContent } = await import('#/check/content-check.ts');
    const root = mkdtempSync(join(tmpdir(), 'r29-batches-'));
    mkdirSync(join(root, 'content', 'sections'), { recursive: true });
    writeFileSync(join(root, 'content', 'sections', 'world.md'), '---\nname: World\n---\n');
    const ctx = { mode: 'build' as const, now: Date.now(), root, cacheDir: join(root, 'cache'), buildId: 't' };
    const one = checkContent({ root, visibility: { now: ctx.now, includeDrafts: false } });
    const long = 'x'.repeat(6 * 1024 * 1024);
    const articles = Array.from({ length: 12 }, (_, i) => ({ ...one.sections[0]!, id: `a-${i}`, source: long, body: long }));
    shareCheck(ctx, 'k', { ...one, articles } as never);
    const batches = [...sharedCheck(ctx, 'k')!.articleBatches()];
    expect(batches.map((b) => b.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(batches.flat().map((a) => a.id)).toEqual(articles.map((a) => a.id));
  });
});

describe('a story\'s own asterism never opens the credits', () => {
  it('is written "*" in the search record', async () => {
    const { searchRecords } = await import('#/build/search-index.ts');
    const [record] = searchRecords([{ id: 'x', title: 'Part one ⁂ part two', description: 'd', dateline: undefined, body: 'Text ⁂ more.', textFile: '/nonexistent/asterism.txt', section: 'S', published: { epoch: 0, iso: '2026-11-01T08:00:00Z', dateOnly: false }, lang: undefined, byline: 'N', topics: [] }]);
    expect(record!.content).toBe('Part one * part two\n\u2063\nd\n\u2063\nText * more.\n⁂ N');
  });
});

describe('29d: settings a newsroom engineer mistypes get one line each', async () => {
  const { siteSchema, siteUrlProblem, timeZoneProblem } = await import('#/schemas/site.ts');
  it('a time zone the runtime does not know, or with spaces, or empty', () => {
    expect(timeZoneProblem('Mars/Olympus')).toBe('"Mars/Olympus" is not an IANA time zone this runtime knows; write one such as "Asia/Kabul" or "Europe/London"');
    expect(timeZoneProblem('Asia/Kolkata ')).toBe('"Asia/Kolkata " has spaces around it; write "Asia/Kolkata"');
    expect(timeZoneProblem('')).toMatch(/^is empty/);
    expect(timeZoneProblem('Pacific/Kiritimati')).toBeUndefined();
    expect(siteSchema.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
  });

  it('a locale that is no language tag', () => {
    const parsed = siteSchema.safeParse({ locale: 'en_US' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toContain('en-US');
    expect(siteSchema.safeParse({ locale: '' }).success).toBe(false);
    expect(siteSchema.safeParse({ locale: 'fa-AF' }).success).toBe(true);
  });

  it('a site address with a path, credentials, a query or a fragment', () => {
    expect(siteUrlProblem('https://news.example.org/dateline/')).toMatch(/^has a path \(\/dateline\/\), .* write https:\/\/news\.example\.org$/);
    expect(siteUrlProblem('https://user:pw@news.example.org')).toMatch(/user name or password/);
    expect(siteUrlProblem('https://news.example.org/?a=1')).toMatch(/query or a fragment/);
    expect(siteUrlProblem('https://news.example.org/')).toBeUndefined();
    expect(siteUrlProblem('https://news.example.org')).toBeUndefined();
  });

  it('Dari and Pashto say "Afghanistan time" only while the site keeps Kabul time', async () => {
    const { pashto } = await import('#/i18n/ps.ts');
    const { dari } = await import('#/i18n/fa-AF.ts');
    expect(pashto.timeZoneLabel).toEqual({ timeZone: 'Asia/Kabul', label: 'د افغانستان وخت' });
    expect(dari.timeZoneLabel?.timeZone).toBe('Asia/Kabul');
    // This site keeps Kabul time: the words apply (a site in another zone gets the runtime's name in the language).
    const { articleLocale } = await import('#/i18n/locale.ts');
    expect(articleLocale('ps').timeZoneLabel).toBe('د افغانستان وخت');
  });
});

describe('29d #7: a speed switch set to a value it does not take stops the build with one line', () => {
  it('names the switch, the value and the values it takes', async () => {
    const { checkSpeedSwitches } = await import('#/build/speed-switches.ts');
    expect(() => checkSpeedSwitches({ DATELINE_OPTIMISE: 'maybe' })).toThrow('DATELINE_OPTIMISE="maybe" is not a value it takes: write on or off (or leave it unset)');
    expect(() => checkSpeedSwitches({ DATELINE_CARD_LINKS: 'true' })).toThrow(/DATELINE_CARD_LINKS="true"/);
    expect(() => checkSpeedSwitches({ DATELINE_RENDER_WORKERS: '4' })).toThrow('write auto, always or 0');
    expect(() => checkSpeedSwitches({ DATELINE_OPTIMISE: 'off', DATELINE_CARD_LINKS: 'on', DATELINE_MARKDOWN: 'reference', DATELINE_YAML: '', DATELINE_RENDER_WORKERS: 'always' })).not.toThrow();
  });
});

describe('29d #8: check:content given a folder that is no content folder', () => {
  it('a folder with other things and none of a content folder\'s is one line; an empty one is a new newsroom', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { contentFolderProblem } = await import('#/check/content-folder-arg.ts');
    const root = mkdtempSync(join(tmpdir(), 'r29-folder-'));
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    mkdirSync(join(root, 'content'));
    expect(contentFolderProblem(root, '.', join(root, 'content'))).toBe('. holds no articles/, authors/, sections/, tags/ or front.md, so it is not a content folder; give the folder that holds articles/ (or none: "npm run check:content" reads content)');
    expect(contentFolderProblem(root, 'content', join(root, 'content'))).toBeUndefined();
  });
});

describe('29d #11: merge-parts refuses a part given twice and an output folder inside a part', () => {
  it('each is one MergeConflict', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { mergeParts } = await import('../../scripts/merge-parts.ts');
    const dir = mkdtempSync(join(tmpdir(), 'r29-merge-'));
    for (const p of ['p1', 'p2']) {
      mkdirSync(join(dir, p));
      writeFileSync(join(dir, p, `${p}.html`), p);
    }
    expect(() => mergeParts([join(dir, 'p1'), join(dir, 'p1')], join(dir, 'out'))).toThrow(/given twice/);
    expect(() => mergeParts([join(dir, 'p1'), join(dir, 'p2')], join(dir, 'p1', 'sub'))).toThrow(/inside one another/);
    expect(mergeParts([join(dir, 'p1'), join(dir, 'p2')], join(dir, 'out')).files).toBe(2);
  });
});
