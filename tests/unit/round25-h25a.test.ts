/**
 * Round 25a #10–#15: a case-only duplicate author or section file is one line on the new file; a rename proposal
 * and `npm run new` skip another article's former slug; a Markdown link keeps an IPv6 or international host as raw
 * HTML does, and a host the parser rewrites (a raw soft hyphen) is one line; a topic file whose `name` is another
 * topic is one line on the file; a README in a flat folder is a note; a pin to a scheduled story is a notice.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { scheduledSummary } from '#/check/rules/editorial.ts';
import { contentCounts } from '#/check/summary.ts';
import { checkContent } from '#/check/content-check.ts';
import { urlProblem } from '#/domain/url-syntax.ts';
import { ROOT } from '../helpers/build-overlay.ts';
import { checkArticles, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { ENVOY, newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';

const newsroom = newsroomCopies('r25h25a');
const story = (body: string, fields: Record<string, string> = {}) => `${testFrontmatter(fields)}The committee met on Tuesday to agree the plan for the coming year, officials said.\n\n${body}\n`;
const shown = (content: string) => checkNewsroom(content).map((d) => `${d.file.replace(/^.*content\//, '')}:${d.line}:${d.column} ${d.field}  ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`);
/** The base newsroom's envoy story, renamed once: it lists the slug it was published under before. */
/** A topic file in the base newsroom, which has none. */
const topicFile = (content: string, name: string, text: string) => {
  mkdirSync(join(content, 'tags'), { recursive: true });
  writeFileSync(join(content, 'tags', name), text);
};
const withFormerly = (content: string) => replaceIn(join(content, ENVOY), 'section: diplomacy\n', 'section: diplomacy\nformerly: [envoy-arrives-in-kabul]\n');

describe('a case-only duplicate of an author or section file is one line, on the new file (#10)', () => {
  it('blames only the misnamed file, and counts only it', () => {
    const content = newsroom((c) => {
      writeFileSync(join(c, 'authors/Nadia-Rahyab.md'), '---\nname: Nadia R\n---\n');
      writeFileSync(join(c, 'sections/Economy.md'), '---\nname: Econ\n---\n');
    });
    const lines = shown(content);
    expect(lines).toEqual([
      expect.stringMatching(/^authors\/Nadia-Rahyab\.md:1:1 file {2}file name "Nadia-Rahyab\.md" is not a valid id; rename it to "nadia-rahyab-2\.md"/),
      expect.stringMatching(/^sections\/Economy\.md:1:1 file {2}file name "Economy\.md" is not a valid id; rename it to "economy-2\.md"/),
    ]);
    expect(lines.join('\n')).not.toContain('across folders');
    const result = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });
    expect(contentCounts(result)).toContain('3 authors (1 with errors), 3 sections (1 with errors)');
  });

  it('two valid articles with one slug in two month folders still share the line', () => {
    const content = newsroom((c) => writeFileSync(join(c, 'articles/2026/10/envoy-lands-in-kabul-ahead-of-doha-round.md'), story('Text.')));
    const lines = shown(content).filter((l) => l.includes(' file  '));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain('slugs must be unique across folders (ignoring case), these are different stories');
    // One keeps the name; the other is told a free one (round 30a #5: it was "rename one").
    expect(lines.filter((l) => /rename it to "envoy-lands-in-kabul-ahead-of-doha-round-[\d-]+\.md"/.test(l))).toHaveLength(1);
  });
});

describe('a rename proposal and npm run new skip a former slug (#11)', () => {
  it('proposes -2 and names the article whose formerly lists the slug; that article is not blamed', () => {
    const content = newsroom((c) => {
      withFormerly(c);
      writeFileSync(join(c, 'articles/2026/11/Envoy Arrives In Kabul.md'), story('Text.'));
    });
    const lines = shown(content);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatch(/^articles\/2026\/11\/Envoy Arrives In Kabul\.md:1:1 file {2}file name "Envoy Arrives In Kabul\.md" is not a valid slug; rename it to "envoy-arrives-in-kabul-2\.md" \("envoy-arrives-in-kabul" is a former slug of .*content\/articles\/2026\/11\/envoy-lands-in-kabul-ahead-of-doha-round\.md: its formerly sends \/articles\/envoy-arrives-in-kabul\/ to that article\)/);
  });

  it('a misnamed file whose slug nobody lists is told the plain name', () => {
    const content = newsroom((c) => {
      withFormerly(c);
      writeFileSync(join(c, 'articles/2026/11/Envoy Leaves Kabul.md'), story('Text.'));
    });
    expect(shown(content)).toEqual(['articles/2026/11/Envoy Leaves Kabul.md:1:1 file  file name "Envoy Leaves Kabul.md" is not a valid slug; rename it to "envoy-leaves-kabul.md" (lower-case a-z, 0-9 and single hyphens)']);
  });

  const runNew = (content: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });

  it('npm run new gives a headline\'s slug -2, and refuses it as --slug', () => {
    const content = newsroom(withFormerly);
    const made = runNew(content, 'Envoy arrives in Kabul', '--author', 'nadia-rahyab', '--section', 'economy');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/\/envoy-arrives-in-kabul-2\.md \(a draft\)/);
    const refused = runNew(content, 'Envoy story', '--slug', 'envoy-arrives-in-kabul');
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toMatch(/^new: the slug "envoy-arrives-in-kabul" is a former slug of .*envoy-lands-in-kabul-ahead-of-doha-round\.md \(its formerly sends \/articles\/envoy-arrives-in-kabul\/ to that article\); choose another --slug \(nothing was written\)$/);
  });

  it('npm run new writes a free slug as before', () => {
    const content = newsroom(withFormerly);
    const made = runNew(content, 'Envoy leaves Kabul', '--slug', 'envoy-leaves-kabul');
    expect(made.status).toBe(0);
    const months = readdirSync(join(content, 'articles', new Date().getUTCFullYear().toString()), { recursive: true }).map(String);
    expect(months.some((f) => f.endsWith('envoy-leaves-kabul.md'))).toBe(true);
  });
});

describe('Markdown link hosts are kept as raw HTML keeps them; a rewritten host is one line (#12)', () => {
  it('an IPv6 and an international host keep their href in Markdown, as in raw HTML', () => {
    const html = renderBody('[a](https://[2001:db8::1]/report) <a href="https://[2001:db8::5]/raw">b</a> [c](https://bücher.example/ü) <https://[2001:db8::2]/x> [d][r]\n\n[r]: https://[2001:db8::3]/ref\n').html;
    expect(html).toContain('<a href="https://[2001:db8::1]/report">a</a>');
    expect(html).toContain('<a href="https://[2001:db8::5]/raw">b</a>');
    expect(html).toContain('<a href="https://bücher.example/%C3%BC">c</a>');
    expect(html).toContain('<a href="https://[2001:db8::2]/x" class="url-text">');
    expect(html).toContain('<a href="https://[2001:db8::3]/ref">d</a>');
    // The path and query are encoded as before.
    expect(renderBody('[e](<https://example.org/ü?q=a b>)\n').html).toContain('href="https://example.org/%C3%BC?q=a%20b"');
  });

  it('the check accepts those links', () => {
    expect(checkArticles({ 'x.md': story('See [a](https://[2001:db8::1]/report), [c](https://bücher.example/), [d](https://BÜCHER.example/) and [e](https://straße.de/).') })).toEqual([]);
  });

  it('a soft hyphen typed in a host is one line, and the renderer drops the href as before', () => {
    const lines = checkArticles({ 'x.md': story('See [the shop](https://caf\u00ADe.example.org/) and <a href="https://exa\u00ADmple.org/">raw</a>.') });
    expect(lines).toEqual([
      'x.md:11:5 link  link [the shop](https://caf\u00ADe.example.org/) has the host "caf\u00ADe.example.org", which holds U+00AD; browsers read it as "cafe.example.org": write the host name as it is usually written',
      expect.stringMatching(/^x\.md:11:\d+ link {2}link https:\/\/exa\u00ADmple\.org\/ has the host "exa\u00ADmple\.org", which holds U\+00AD; browsers read it as "example\.org"/),
    ]);
    expect(renderBody('[s](https://caf\u00ADe.example.org/)\n').html).toBe('<p><a>s</a></p>');
    // A zero-width space is the body's own line (invisible characters), not a second one.
    expect(checkArticles({ 'x.md': story('See <a href="https://exa\u200Bmple.org/">raw</a>.') })).toEqual([expect.stringContaining('body  contains the invisible control character U+200B')]);
    expect(urlProblem('https://ｅｘａｍｐｌｅ.org/')).toBe('has the host "ｅｘａｍｐｌｅ.org"; browsers read it as "example.org": write the host name as it is usually written');
  });
});

describe('a topic file whose name is another topic is one line, on the file (#13)', () => {
  it('the articles using the topic are not told to write that name', () => {
    const content = newsroom((c) => topicFile(c, 'envoys.md', '---\nname: Diplomats\n---\n'));
    expect(shown(content)).toEqual(['tags/envoys.md:2:7 name  "Diplomats" is the topic /tags/diplomats/, not /tags/envoys/; rename the file to diplomats.md or fix the name']);
  });

  it('a name that is the topic in other letters still sets its spelling', () => {
    const content = newsroom((c) => topicFile(c, 'envoys.md', '---\nname: Envoys\n---\n'));
    expect(shown(content)).toEqual([expect.stringMatching(/^articles\/2026\/11\/envoy-lands-in-kabul-ahead-of-doha-round\.md:\d+:\d+ tags\[1\] {2}tag "envoys" is the topic \/tags\/envoys\/, which .* spells "Envoys"/)]);
  });
});

describe('a README in authors/, sections/ or tags/ is a note (#14)', () => {
  it('is quiet and not counted', () => {
    const content = newsroom((c) => {
      for (const folder of ['authors', 'sections', 'tags']) {
        topicFile(c, '_keep.md', '');
        writeFileSync(join(c, folder, 'README.md'), '# Notes\n\nOne file per entry.\n');
        writeFileSync(join(c, folder, 'README'), 'Notes.\n');
      }
    });
    expect(shown(content)).toEqual([]);
    const result = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });
    expect(contentCounts(result)).toBe('3 articles, 2 authors, 2 sections');
  });

  it('another stray file there still gets its line', () => {
    const content = newsroom((c) => writeFileSync(join(c, 'authors', 'notes.txt'), 'x\n'));
    expect(shown(content)).toEqual([expect.stringContaining('authors/notes.txt:1:1 file  this file is not read: content/authors/ holds one .md file per author')]);
  });
});

describe('a pin to a scheduled story is a notice in the scheduled summary, not a warning (#15)', () => {
  const scheduled = (c: string) => writeFileSync(join(c, 'articles/2026/11/outlook-for-the-new-year.md'), story('Text.', { published: '"2027-01-01T08:00:00+04:30"' }));

  it('no line; the summary names the pinning story', () => {
    const content = newsroom((c) => {
      scheduled(c);
      replaceIn(join(c, ENVOY), 'related: [transit-talks-open-in-doha-with-trade-on-the-agenda]', 'related: [transit-talks-open-in-doha-with-trade-on-the-agenda, outlook-for-the-new-year]');
    });
    expect(shown(content)).toEqual([]);
    const visibility = { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false };
    const result = checkContent({ root: ROOT, contentDir: content, visibility });
    expect(scheduledSummary(result.articles, visibility)).toMatch(/^scheduled \(1\): each appears with the first build after the time shown\n {2}outlook-for-the-new-year {2}.* {2}\(pinned in "Related" of envoy-lands-in-kabul-ahead-of-doha-round; that build adds it there\)$/);
  });

  it('a scheduled story nobody pins has no note', () => {
    const content = newsroom(scheduled);
    const visibility = { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false };
    expect(scheduledSummary(checkContent({ root: ROOT, contentDir: content, visibility }).articles, visibility)).not.toContain('pinned');
  });

  it('a date more than a year ahead is still a warning, but not on a draft', () => {
    const far = (fields: Record<string, string>) => checkArticles({ 'x.md': story('Text.', { published: '"2028-06-01T08:00:00+04:30"', ...fields }) });
    expect(far({})).toEqual([expect.stringContaining('published  warning: 2028-06-01T08:00:00+04:30 is more than a year ahead')]);
    expect(far({ draft: 'true' })).toEqual([]);
  });
});
