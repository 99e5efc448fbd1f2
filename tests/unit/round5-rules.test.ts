/** The fifth blind attack round's findings (issue 10). */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { nowInZone } from '#/check/scaffold.ts';
import { checkContent } from '#/check/content-check.ts';
import { site } from '#/site.config.ts';
import { allowImageHost } from '../helpers/image-hosts.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dateline-round5-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run new never writes through a link (finding 6)', () => {
  it('a month folder linked outside the content folder is refused and nothing is written there', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const outside = join(work, 'outside');
    mkdirSync(outside);
    const now = nowInZone(Date.now(), site.timeZone);
    const year = join(content, 'articles', now.slice(0, 4));
    mkdirSync(year, { recursive: true });
    rmSync(join(year, now.slice(5, 7)), { recursive: true, force: true });
    symlinkSync(outside, join(year, now.slice(5, 7)));
    const run = spawnSync(process.execPath, ['scripts/new.ts', 'Symlink folder test', '--author', 'nadia-rahyab', '--section', 'economy'], {
      cwd: ROOT,
      env: { ...process.env, DATELINE_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/is a symbolic link; Dateline never writes through links inside the content folder/);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(outside, 'symlink-folder-test.md'))).toBe(false);
  });
});

describe('canonical and author url (findings 7, 8)', () => {
  it('a trailing-dot host is this site; malformed addresses are refused like body links', async () => {
    const { resolveSiteLink } = await import('#/domain/site-links.ts');
    expect(resolveSiteLink('https://dateline.example.org./articles/x/', 'https://dateline.example.org')).toMatchObject({ kind: 'article', slug: 'x' });
    expect(resolveSiteLink('https://dateline.example.org.evil/articles/x/', 'https://dateline.example.org')).toEqual({ kind: 'other' });
    const { urlProblem } = await import('#/domain/url-syntax.ts');
    for (const bad of ['https://example.org/a b', 'https://example.org/<x>', 'https://example.org/{x}|^`', 'https://example.org/%zz', 'https://xn--a.example/', 'https://0xC0.0xA8.0.1/']) {
      expect(urlProblem(bad, { html: true }), bad).toBeDefined();
    }
    for (const good of ['https://example.org/a%20b', 'https://Example.ORG/x', 'https://xn--bcher-kva.example/', 'https://bücher.example/', 'https://192.168.0.1/', 'https://[::1]/']) {
      expect(urlProblem(good, { html: true }), good).toBeUndefined();
    }
  });

  it('the check refuses them on the article and the author page', () => {
    const content = join(work, 'content-canonical');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const wheat = join(content, 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md');
    writeFileSync(wheat, readFileSync(wheat, 'utf8').replace('section: economy\n', 'section: economy\ncanonical: "https://example.org/a b"\n'));
    const author = join(content, 'authors/nadia-rahyab.md');
    writeFileSync(author, readFileSync(author, 'utf8').replace(/^url: .*$/m, 'url: "https://dateline.example.org./articles/no-such-story/"'));
    const lines = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map((d) => `${d.field}  ${d.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^canonical  https:\/\/example\.org\/a b contains a space/),
      expect.stringMatching(/^url  https:\/\/dateline\.example\.org\.\/articles\/no-such-story\/ points to an article that does not exist/),
    ]);
  });
});

describe('bodies that look empty and words the page drops (findings 2, 3)', () => {
  const problems = async (body: string) => {
    const { checkBodyText } = await import('#/check/rules/body-text.ts');
    return checkBodyText(body, 10).map((p) => p.message);
  };

  it.each([
    '&nbsp;', '<br>', '<div></div>', '<p>&nbsp;</p>', '&#32;&#160;', '<details></details>', '[](https://example.org/)', '<sup></sup>',
    '\\', '##', '| |\n|-|\n| |', '&NonBreakingSpace;&ensp;&emsp;&thinsp;', '&zwnj;&zwj;&lrm;',
  ])('%j has no visible text', async (body) => {
    expect(await problems(body)).toContainEqual(expect.stringMatching(/^the article has no visible text/));
  });

  it.each(['Choose <select><option>OPTION-WORDS</option></select> end.', '<textarea>TEXTAREA-WORDS</textarea>', '<button>BUTTON-WORDS</button>', '<xmp>XMP-WORDS <b>x</b></xmp>', '<object>OBJECT-WORDS</object>', '<applet>APPLET-WORDS</applet>'])(
    '%j: the dropped words are one line',
    async (body) => {
      const lines = await problems(`A story.\n\n${body}`);
      expect(lines).toEqual([expect.stringMatching(/^<(select|textarea|button|xmp|object|applet)> holds words the page drops with it \("[A-Z]+-WORDS/)]);
    },
  );

  it('ordinary stories, photo stories and empty controls pass; floods of openers stay linear', async () => {
    expect(await problems('A story with a [link](https://example.org/) and &nbsp; spaces.')).toEqual([]);
    expect(await problems('![Wagons at the Hairatan yard](https://example.org/w.png)')).toEqual([]);
    expect(await problems('Text <textarea></textarea> more.')).toEqual([]);
    // The first opener is never closed: the words after it are dropped (one line, found in one pass).
    expect(await problems(`x ${'<textarea>'.repeat(5000)} y ${'</button>'.repeat(5000)}`)).toEqual([expect.stringMatching(/^<textarea> is never closed, so the page drops it with the words after it \("y"\)/)]);
  });
});

describe('boolean attributes (finding 4)', () => {
  it('open and reversed are present or absent, never carry a value; an off-word turns them off', async () => {
    const { createMarkdownRenderer } = await import('#/markdown/pipeline.ts');
    const { html } = createMarkdownRenderer()('<details open="maybe"><summary>S</summary>x</details>\n\n<details open="false"><summary>S</summary>x</details>\n\n<ol reversed="no"><li>a</li></ol>\n\n<ol reversed=""><li>a</li></ol>');
    expect(html.replace(/\s+/g, '')).toBe('<detailsopen><summary>S</summary>x</details><details><summary>S</summary>x</details><ol><li>a</li></ol><olreversed><li>a</li></ol>');
  });
});

describe('footnote calls the renderer does not make (finding 1)', () => {
  it.each([
    'Text with a comment <!-- [^b] --> only.',
    '![Photo of a market[^b]](./images/x.png)',
    '<div>\nHTML block [^b] here\n</div>',
    'An escaped call \\[^b] here.',
    '[link](https://example.org/x[^b])',
    'An autolink <https://example.org/[^b]>.',
    'A [x] link.\n\n[x]: https://example.org/ "title [^b]"',
    'An <span title="[^b]">attribute</span>.',
  ])('%j leaves the footnote unreferred', async (body) => {
    const { checkFootnotes } = await import('#/check/rules/footnotes.ts');
    const lines = checkFootnotes(`${body}\n\n[^b]: FOOTNOTE TEXT.`, 1).map((p) => p.message);
    expect(lines).toContainEqual(expect.stringMatching(/^footnote \[\^b\] is never referred to/));
  });

  it('real calls still count, in text, links, emphasis and blockquotes', async () => {
    const { checkFootnotes } = await import('#/check/rules/footnotes.ts');
    for (const body of ['A claim.[^b]', '[A link](https://example.org/) and a claim[^b].', '*Stressed*[^b] words.', '> Quoted claim.[^b]']) {
      expect(checkFootnotes(`${body}\n\n[^b]: Note.`, 1)).toEqual([]);
    }
  });
});

describe('markup in alt text and image titles (finding 21)', () => {
  allowImageHost();
  it('the page drops comments and tags from alt and title, keeping the words', async () => {
    const { createMarkdownRenderer } = await import('#/markdown/pipeline.ts');
    const { html, text } = createMarkdownRenderer()(
      '![Photo of the yard <!-- SECRETALT source Ahmad -->](https://example.org/a.png)\n\n' +
        '![Photo](https://example.org/a.png "Title <!-- SECRETTITLE -->")\n\n' +
        '![Photo <span hidden>x</span> of <b>bold</b> yard](https://example.org/a.png)',
    );
    expect(html).not.toMatch(/SECRET|<!--|&#x3C;|&lt;/);
    expect(html).toContain('alt="Photo of the yard"');
    expect(html).toContain('title="Title"');
    expect(html).toContain('alt="Photo x of bold yard"');
    expect(text).not.toContain('SECRET');
  });

  it('the check tells the editor, one line naming the image', async () => {
    const { checkBodyImages } = await import('#/check/rules/images.ts');
    const lines: string[] = [];
    checkBodyImages(
      { path: join(ROOT, 'content/articles/2026/11/x.md'), file: 'x.md', body: 'A ![Yard <!-- note -->](https://example.org/a.png) b.', bodyLine: 5 },
      join(ROOT, 'content'),
      (p) => p,
      (file, field, message, pos) => lines.push(`${file}:${pos?.line}  ${field}  ${message}`),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^x\.md:5  body  image !\[Yard <!-- note -->\]\(https:\/\/example\.org\/a\.png\) has HTML \(a comment or a tag\) in its alt text/));
  });
});

describe('npm run new with a file where the month folder goes (finding 19)', () => {
  it('says so in one line, exit 2, no stack', () => {
    const content = join(work, 'content-file-in-the-way');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const now = nowInZone(Date.now(), site.timeZone);
    const year = join(content, 'articles', now.slice(0, 4));
    mkdirSync(year, { recursive: true });
    rmSync(join(year, now.slice(5, 7)), { recursive: true, force: true });
    writeFileSync(join(year, now.slice(5, 7)), 'not a folder');
    const run = spawnSync(process.execPath, ['scripts/new.ts', 'File in the way', '--author', 'nadia-rahyab', '--section', 'economy'], {
      cwd: ROOT,
      env: { ...process.env, DATELINE_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toMatch(/cannot be made: a file of that name stands on the way/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe('links with no text (finding 22)', () => {
  it('each is one line naming the link', () => {
    const content = join(work, 'content-empty-links');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const wheat = join(content, 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md');
    writeFileSync(wheat, `${readFileSync(wheat, 'utf8')}\nSee [](https://example.org/) and [ ](https://example.org/b) and [<!-- x -->](https://example.org/c) and [words](https://example.org/d) here.\n`);
    const lines = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map((d) => `${d.field}  ${d.message}`);
    expect(lines.filter((l) => l.includes('has no text'))).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('[words]');
  });
});

describe('near-miss topics (finding 20)', () => {
  it('the warning lands on the newer spelling, never on an older topic a topic file now neighbours', () => {
    const content = join(work, 'content-near-miss');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'tags/iraq.md'), '---\nname: Iraq\n---\n\nNews from Iraq.\n');
    const carpets = join(content, 'articles/2026/11/carpet-exporters-look-to-northern-rail-corridor.md');
    writeFileSync(carpets, readFileSync(carpets, 'utf8').replace(/^tags: \[/m, 'tags: [Iraq, '));
    const lines = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map((d) => `${d.file}  ${d.message}`);
    expect(lines.filter((l) => l.includes('"Iran"'))).toEqual([]);
    expect(readFileSync(carpets, 'utf8')).toContain('tags: [Iraq, ');
  });
});
