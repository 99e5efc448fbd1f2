/**
 * Round 28b (blind tester, names, front.md, scripts, dev server), fixed by h28v: spaces at the ends of link
 * addresses (#10, #11), ids and field names (#6), look-alike colons (#12), `top:` as one value (#5), release on a
 * bad `draft:` or a story in `_drafts/` (#2, #9), `new --author` beside a misnamed file (#8), the dev server's check
 * (#14).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { renderBody } from '#/build/render-batch.ts';
import { checkContent } from '#/check/content-check.ts';
import { checkFrontFile } from '#/domain/front-page.ts';
import { checkVisibility, decideContext, pageVisibility } from '#/domain/context.ts';
import { idOptionProblem } from '#/check/scaffold-options.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NBSP = '\u00a0';
const STORY = 'envoy-lands-in-kabul-ahead-of-doha-round';
const TEXT = 'Traders said wheat prices held steady this week.\n';
const render = (body: string) => renderBody(body, undefined, { articleInContent: 'articles/2026/11/links.md' }).html;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A copy of the test newsroom; returns its content folder. */
function newsroom(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-h28v-'));
  temps.push(dir);
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

describe('#10: a no-break space or tab at an end of a link or image address is dropped, and the link checked', () => {
  const body = [
    `Two [nbsp](./${STORY}.md${NBSP}) link.`,
    `Eight [nbsp2](/articles/${STORY}/${NBSP}) link.`,
    `Nine [tab](</articles/${STORY}/\t>) link.`,
    `Ten [lead](${NBSP}./${STORY}.md) link.`,
    `![Envoy arriving](./images/envoy-arrival.png${NBSP})`,
    `[rel](./${STORY}${NBSP}) [sec](/sections/economy${NBSP}) [out](https://example.org/page${NBSP})`,
    `[ref][r]\n\n[r]: ./${STORY}.md${NBSP}`,
  ].join('\n\n');

  it('the check is quiet, and the page carries the canonical addresses and the photo', () => {
    expect(checkArticles({ 'links.md': testFrontmatter() + body })).toEqual([]);
    const html = render(body);
    expect(html).not.toMatch(/%C2%A0|%09/);
    expect(html.match(new RegExp(`href="/articles/${STORY}/"`, 'g'))).toHaveLength(6);
    expect(html).toContain('<img src="./images/envoy-arrival.png"');
    expect(html).toContain('href="/sections/economy/"');
    expect(html).toContain('href="https://example.org/page"');
  });

  it('a trimmed address that goes nowhere still gets its line', () => {
    expect(checkArticles({ 'links.md': `${testFrontmatter()}See [gone](./no-such-story.md${NBSP}).\n` })).toEqual([
      expect.stringMatching(/^links\.md:9:5 link {2}link \[gone\]\(\.\/no-such-story\.md.\) points to .*no-such-story\.md, which does not exist/),
    ]);
  });

  it('an author bio the same (rendered by the same pipeline)', () => {
    expect(renderBody(`Bio with [link](/sections/economy/${NBSP}).`).html).toContain('href="/sections/economy/"');
  });
});

describe('#11: a raw <a href> ending in &nbsp; is no space to percent-encode', () => {
  it('is trimmed as the renderer trims it; a space inside an address keeps its line', () => {
    const raw = `B <a href="../11/${STORY}.md&nbsp;">raw nbsp</a> and <a href="https://example.org/a&nbsp;">out</a> link.\n`;
    expect(checkArticles({ 'raw.md': testFrontmatter() + raw })).toEqual([]);
    expect(render(raw)).toContain(`href="/articles/${STORY}/"`);
    expect(render(raw)).toContain('href="https://example.org/a"');
    expect(checkArticles({ 'raw.md': `${testFrontmatter()}B <a href="https://example.org/a b">x</a>.\n` })).toEqual([
      expect.stringContaining('contains a space, which a web address may not hold; write it percent-encoded (a space is %20)'),
    ]);
  });
});

describe('#6: a space at the end of an id, a slug or a field name is named', () => {
  it('section, authors, related and formerly values; a field name', () => {
    expect(checkArticles({ 'ws.md': testFrontmatter({ section: `economy${NBSP}` }) + TEXT })).toEqual([
      'ws.md:6:10 section  must be an id: lower-case words joined by hyphens, the file name without .md; "economy\\u00a0" ends in a no-break space (U+00A0), which is no part of an id; delete it',
    ]);
    expect(checkArticles({ 'ws.md': testFrontmatter({ section: `Economy${NBSP}` }) + TEXT })).toEqual([
      expect.stringContaining('"Economy\\u00a0" ends in a no-break space (U+00A0), which is no part of an id; without it, "Economy" is the section "Economy": write its id "economy"'),
    ]);
    expect(checkArticles({ 'ws.md': testFrontmatter({ formerly: '["old-slug "]' }) + TEXT })).toEqual([
      'ws.md:7:12 formerly[0]  must be an article slug (its file name without .md); "old-slug " ends in a space, which is no part of a slug; delete it',
    ]);
    expect(checkArticles({ 'ws.md': testFrontmatter({ related: `[${STORY}${NBSP}]` }) + TEXT })).toEqual([
      `ws.md:7:11 related[0]  must be an article slug (its file name without .md); "${STORY}\\u00a0" ends in a no-break space (U+00A0), which is no part of a slug; delete it`,
    ]);
    expect(checkArticles({ 'ws.md': testFrontmatter().replace('description:', `description${NBSP}:`) + TEXT })).toEqual([
      'ws.md:3:12 description  unknown field "description\\u00a0" ends in a no-break space (U+00A0), which makes it another field than "description"; delete it',
    ]);
  });

  it('formerly entries written as paths get the slug to write; correct values stay quiet', () => {
    expect(checkArticles({ 'ws.md': testFrontmatter({ formerly: '[../10/old-slug.md]' }) + TEXT })).toEqual([
      'ws.md:7:12 formerly[0]  must be an article slug (its file name without .md); "../10/old-slug.md" is a path or URL: write "old-slug"',
    ]);
    expect(checkArticles({ 'ws.md': testFrontmatter({ formerly: '[old-slug]', related: `[${STORY}]`, authors: '[nadia-rahyab, zarlasht-niazai]' }) + TEXT })).toEqual([]);
  });
});

describe('#12: a look-alike colon after a field name is named', () => {
  it('fullwidth and small colons, at the end of the frontmatter or in its middle', () => {
    expect(checkArticles({ 'c.md': `${testFrontmatter({ dateline: 'X' }).replace('dateline: X', 'dateline\uff1a KABUL')}${TEXT}` })).toEqual([
      'c.md:7:9 dateline  the ":" after "dateline" is a full-width colon (U+FF1A), which YAML does not read as one; retype it as ":"',
    ]);
    expect(checkArticles({ 'c.md': testFrontmatter().replace('description:', 'description\ufe55') + TEXT })).toEqual([
      'c.md:3:12 description  the ":" after "description" is a small colon (U+FE55), which YAML does not read as one; retype it as ":"',
    ]);
  });

  it('a value holding one after an ordinary colon is quiet', () => {
    // No field-name line; the dateline's own rule names the colon it ends with (round 37b #2).
    expect(checkArticles({ 'c.md': testFrontmatter({ dateline: '"KABUL\uff1a"' }) + TEXT })).toEqual([
      'c.md:7:11 dateline  warning: "KABUL\uff1a" ends with "\uff1a", and the page puts its dash after it ("KABUL\uff1a —" would print); write "KABUL"',
    ]);
  });
});

describe('#5: front.md `top:` written as one value is told it is a list', () => {
  const front = (text: string) => {
    const content = newsroom();
    writeFileSync(join(content, 'front.md'), `---\n${text}\n---\n`);
    return checkFrontFile(content, join(content, '..'), [{ id: STORY, draft: false, publishedEpoch: 0 }], () => undefined).map((d) => `${d.line}:${d.column} ${d.field}  ${d.message}`);
  };

  it('one slug, a comma list, a slug: map', () => {
    expect(front(`top: ${STORY}`)).toEqual([`2:6 top  is a list, even of one story: write it on its own line under "top:", "  - ${STORY}"`]);
    expect(front(`top: ${STORY}, other-story`)).toEqual([`2:6 top  is a list, and a comma does not separate its stories: write each on its own line under "top:", "  - ${STORY}", "  - other-story"`]);
    expect(front(`top:\n  slug: ${STORY}`)).toEqual([`3:3 top  is a list, even of one pick: start the pick with "- " on the line under "top:", "  - slug: ${STORY}" (an "until:" line under it lines up with "slug:")`]);
  });

  it('a list stays quiet', () => {
    expect(front(`top:\n  - ${STORY}`)).toEqual([]);
    expect(front(`top: [${STORY}]`)).toEqual([]);
  });
});

describe('npm run release (#2, #9)', () => {
  const content = newsroom();
  const release = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['scripts/release.ts', ...args], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    return { status: run.status, out: `${run.stdout}${run.stderr}`.trim() };
  };
  const file = join(content, 'articles/2026/11/rel-x.md');
  const draft = (value: string) => testFrontmatter({ draft: value }) + TEXT;

  it('#2: draft: yes or "true" is released; draft: no is named with its line, not called live', () => {
    for (const value of ['yes', '"true"', 'on']) {
      writeFileSync(file, draft(value));
      const run = release('rel-x');
      expect(run.status, run.out).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toMatch(/draft/);
    }
    writeFileSync(file, draft('no'));
    const no = release('rel-x');
    expect(no.status).toBe(2);
    expect(no.out).toMatch(/^release: \S*rel-x\.md:7:8 {2}draft {2}must be true or false, not "no"; write draft: true to release it with this command, or draft: false \(or no draft line\) if it is ready as it is \(nothing was changed\)$/);
    expect(readFileSync(file, 'utf8')).toBe(draft('no'));
  });

  it('#2: a real draft and a live story keep their answers', () => {
    writeFileSync(file, draft('true'));
    expect(release('rel-x').status).toBe(0);
    expect(release('rel-x').out).toMatch(/is not a draft \(its frontmatter has no draft: true\)/);
  });

  it('#9: a story in _drafts/ is named, with the place to move it', () => {
    mkdirSync(join(content, 'articles/_drafts'), { recursive: true });
    writeFileSync(join(content, 'articles/_drafts/rel-three.md'), draft('true'));
    const run = release('rel-three');
    expect(run.status).toBe(2);
    expect(run.out).toMatch(/^release: \S*content\/articles\/_drafts\/rel-three\.md is kept in a place whose name starts with "_", which is never read or published; move it to \S*content\/articles\/\d{4}\/\d\d\/rel-three\.md first, then run npm run release -- rel-three \(nothing was changed\)$/);
    expect(release('rel-nothing').out).toBe('release: no article content/articles/**/rel-nothing.md; the slug is the file name without .md');
  });
});

describe('#8: npm run new --author beside a misnamed author file', () => {
  const known = [
    { id: 'Caps-Person', name: 'Hidden' },
    { id: 'nadia-rahyab', name: 'Nadia Rahyab' },
  ];

  it('the intended id and the file name both get the rename; the list names the id it will have', () => {
    const rename = 'is the author file Caps-Person.md, whose name is not an id: rename the file to "caps-person.md" (its own line says so) and write "caps-person"';
    expect(idOptionProblem('caps-person', known, 'authors')).toBe(`--author "caps-person" ${rename}`);
    expect(idOptionProblem('Caps-Person', known, 'authors')).toBe(`--author "Caps-Person" ${rename}`);
    expect(idOptionProblem('nobody', known, 'authors')).toMatch(/; authors: caps-person, nadia-rahyab$/);
  });

  it('a well-named author is taken', () => {
    expect(idOptionProblem('nadia-rahyab', known, 'authors')).toBeUndefined();
  });
});

describe('#14: the dev server checks as check:content does', () => {
  it('a link and a related pin to a draft are the same errors under both', () => {
    const content = newsroom();
    const dir = join(content, 'articles/2026/11');
    writeFileSync(join(dir, 'the-draft.md'), testFrontmatter({ draft: 'true' }) + TEXT);
    writeFileSync(join(dir, 'ltd.md'), testFrontmatter({ related: '[the-draft]' }) + 'See [the draft](./the-draft.md) for more.\n');
    const lines = (visibility: ReturnType<typeof pageVisibility>) =>
      checkContent({ root: ROOT, contentDir: content, visibility }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.field}  ${d.message}`);
    const dev = lines(checkVisibility(decideContext('dev', ROOT, {})));
    expect(dev).toEqual(lines(pageVisibility(decideContext('build', ROOT, {}))));
    expect(dev.filter((l) => l.includes('ltd.md'))).toEqual([expect.stringContaining('related[0]  "the-draft" is a draft'), expect.stringContaining('points to a draft')]);
  });
});
