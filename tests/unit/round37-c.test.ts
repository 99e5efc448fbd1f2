/**
 * Round 37, helper c (blind round 36's messages that pointed the wrong way or gave no fix): a body link to an author,
 * section or topic file or front.md names the page's address; one to a photo or a PDF in content/ says such files
 * are not published and what to do; ...
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { parseNewsDate } from '#/domain/dates.ts';
import { headlineProblem } from '#/check/scaffold.ts';
import { markdownInField } from '#/check/rules/markdown-in-fields.ts';
import { ROOT } from '../helpers/build-overlay.ts';
import { ENVOY, newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const newsroom = newsroomCopies('r37c');
/** The check's lines for a newsroom copy changed by `edit`: `file:line:col  field  message`, content-relative. */
const lines = (edit: (content: string) => void): string[] => {
  const content = newsroom(edit);
  return checkContent({ root: ROOT, contentDir: content, visibility: { now: NOW, includeDrafts: false } }).diagnostics.map(
    (d) => `${d.file.replace(/^.*?content\//, '')}:${d.line}:${d.column}  ${d.field}  ${d.message}`,
  );
};
const appendTo = (path: string, text: string) => writeFileSync(path, `${readFileSync(path, 'utf8')}\n${text}\n`);

describe('a body link to a file of content/ that is no article', () => {
  const links = lines((content) => {
    mkdirSync(join(content, 'tags'));
    writeFileSync(join(content, 'tags', 'rail.md'), '---\nname: Rail\n---\n');
    writeFileSync(join(content, 'articles', '2026', '11', 'report.pdf'), '%PDF-1.4\n');
    writeFileSync(join(content, 'front.md'), '---\nlead: envoy-lands-in-kabul-ahead-of-doha-round\n---\n');
    appendTo(
      join(content, ENVOY),
      'See [bio](../../../authors/nadia-rahyab.md), [desk](../../../sections/economy.md), [home](../../../front.md), [rail](../../../tags/rail.md), [photo](./images/envoy-arrival.png), [gone](../../../authors/nobody.md) and [report](./report.pdf).',
    );
  }).filter((l) => l.includes('  link  '));
  const line = (text: string) => links.find((l) => l.includes(text)) ?? `no line for ${text}: ${links.join('\n')}`;

  it('an author or section file: the page it stands behind, and the address to write', () => {
    expect(line('[bio]')).toContain('the file behind the author page /authors/nadia-rahyab/: a file\'s path is not its page\'s address; link /authors/nadia-rahyab/ instead');
    expect(line('[desk]')).toContain('the file behind the section page /sections/economy/');
    expect(line('[desk]')).toContain('link /sections/economy/ instead');
  });

  it('front.md is the front page, /', () => {
    expect(line('[home]')).toContain('is published as the front page, /; link / instead');
  });

  it('a topic file with no published article: its address, and that the page is not out yet', () => {
    expect(line('[rail]')).toContain('the file behind the topic page /tags/rail/, which the build does not write yet');
    expect(line('[rail]')).toContain('once the page is out link /tags/rail/');
  });

  it('a photo: not published as a file; embed it, or put it in public/', () => {
    expect(line('[photo]')).toContain('a photo: files in content/ other than articles and the photos they show are not published');
    expect(line('[photo]')).toContain('embed it: ![what it shows](./images/envoy-arrival.png)');
    expect(line('[photo]')).not.toContain('article URLs');
  });

  it('a PDF: not published; public/ and its address, or where it is hosted', () => {
    expect(line('[report]')).toContain('are not published; put it in public/ (e.g. public/files/report.pdf) and link /files/report.pdf, or link the address where it is hosted');
    expect(line('[gone]')).toContain('content/authors/nobody.md, which does not exist');
    expect(links.join('\n')).not.toContain('not an article file');
  });
});

describe('frontmatter lines that gave no fix now give one', () => {
  const found = lines((content) => {
    replaceIn(join(content, ENVOY), 'title: Envoy lands in Kabul a week ahead of the Doha round', `title: ${'Envoy lands in Kabul 🇦🇫 '.repeat(9)}`);
    replaceIn(join(content, ENVOY), 'dateline: KABUL', 'dateline: KABUL\nsource: ""\ndraft: no');
    replaceIn(join(content, ENVOY), 'tags: [Doha talks, envoys]', 'tags: [{name: Doha talks}, envoys]');
    replaceIn(join(content, 'sections', 'economy.md'), 'order: 2', 'order: "3"');
  });
  const line = (field: string) => found.find((l) => l.includes(`  ${field}  `)) ?? `no ${field} line: ${found.join('\n')}`;

  it('an over-long headline: by how many characters (graphemes, a flag is one) to shorten it', () => {
    // 9 × 23 graphemes, trimmed: 206.
    expect(line('title')).toContain('is 206 characters long; the limit is 200, so shorten it by 6 characters');
  });
  it('source: "": remove the line or write the agency', () => {
    expect(line('source')).toContain('must not be empty; remove the line, or write the agency or partner the story is reported for');
  });
  it('draft: no: write true or false', () => {
    expect(line('draft')).toContain('must be true or false, not the text "no"; write draft: true or draft: false');
  });
  it('a quoted order: write it without quotes', () => {
    expect(line('order')).toContain('not the text "3"; remove the quotes: order: 3');
  });
  it('a set of fields in tags: write each tag as a plain word', () => {
    expect(line('tags[0]')).toContain('must be text, not a set of fields; write each tag as a plain word or phrase (Doha talks, not name: Doha talks)');
  });
});

describe('date forms that got only the generic ISO 8601 line: the value to write', () => {
  const problem = (text: string) => {
    const parsed = parseNewsDate(text, 'Asia/Kabul');
    return parsed.ok ? 'parsed' : parsed.problem;
  };
  it('an offset with seconds', () => {
    expect(problem('2026-11-30T09:00:00+04:30:00')).toContain('whose offset has seconds (+04:30:00), which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write "2026-11-30T09:00:00+04:30"');
  });
  it('a zone written as UTC', () => {
    expect(problem('2026-11-30 09:00 UTC')).toContain('with its zone written as "UTC", which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write "2026-11-30T09:00:00Z"');
  });
  it('a month with no day', () => {
    expect(problem('2026-11')).toContain('is a month with no day, which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); a date needs its day: write "2026-11-DD" (e.g. "2026-11-01")');
  });
  it('day/month/year: the one date it can be, or, when it reads two ways, both', () => {
    expect(problem('30/11/2026')).toMatch(/; write "2026-11-30"$/);
    expect(problem('11/30/2026')).toMatch(/; write "2026-11-30"$/);
    expect(problem('03/04/2026')).toContain('(it reads as 3 April or as 4 March, depending on the country)');
    expect(problem('03/04/2026')).toMatch(/write "2026-04-03" for 3 April or "2026-03-04" for 4 March$/);
    // No such day either way: the generic line, not a date that does not exist.
    expect(problem('31/02/2026')).not.toContain('write "');
  });
});

describe('front.md and content/ shapes: one line with the fix', () => {
  const LEAD = 'envoy-lands-in-kabul-ahead-of-doha-round';
  const TALKS = 'transit-talks-open-in-doha-with-trade-on-the-agenda';
  const found = lines((content) => {
    writeFileSync(join(content, 'front.md'), `---\nlead: [${LEAD}, ${TALKS}]\ntop:\n  - ${TALKS}\n  -\n---\n`);
    writeFileSync(join(content, 'tags'), 'rail\n');
  });
  it('lead: [a, b]: the lead is one story, the others go under top', () => {
    expect(found).toContain(`front.md:2:7  lead  is a list of 2 stories, but the lead is one story; write lead: ${LEAD}, and put the others under "top:", one line each: "  - ${TALKS}"`);
  });
  it('an empty "-" under top: write the slug or remove the line', () => {
    expect(found).toContain('front.md:5:4  top[1]  is empty (a "-" with no slug after it); write the article\'s slug after "- ", or remove the line');
  });
  it('content/tags as a plain file: it must be a folder', () => {
    expect(found.find((l) => l.startsWith('tags:'))).toBe('tags:1:1  file  this is a file, but content/tags must be a folder (content/tags/ holds one .md file per topic); remove this file and create the folder content/tags/ in its place');
  });
});

describe('npm run new refuses a headline holding markup, with the check\'s line and the headline to give', () => {
  it('Markdown emphasis and an HTML tag: the words alone', () => {
    const problem = headlineProblem('*Breaking* Envoy lands in <b>Kabul</b>');
    expect(problem).toContain(markdownInField('*Breaking* Envoy lands in <b>Kabul</b>'));
    expect(problem).toMatch(/^holds markup, which check:content would warn about: fields are plain text: "\*Breaking\*" is Markdown emphasis/);
    expect(problem).toMatch(/: npm run new -- "Breaking Envoy lands in Kabul"$/);
    expect(headlineProblem('Rates <b>fall</b> as [traders](https://example.org) sell')).toMatch(/npm run new -- "Rates fall as traders sell"$/);
  });
  it('a plain headline, and one with a lone asterisk, pass', () => {
    expect(headlineProblem('Envoy lands in Kabul')).toBeUndefined();
    expect(headlineProblem('Wheat * barley prices ease')).toBeUndefined();
  });
  it('the script says it in one line and writes nothing', () => {
    const content = newsroom(() => {});
    const done = spawnSync(process.execPath, ['scripts/new.ts', '<b>Envoy</b> lands in Kabul'], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    expect(done.status).not.toBe(0);
    expect(done.stderr.trim()).toMatch(/^new: the headline holds markup, .*"<b>" is an HTML tag.*: npm run new -- "Envoy lands in Kabul" \(nothing was written\)$/);
    const written = readdirSync(join(content, 'articles'), { recursive: true }).map(String).filter((f) => /lands-in-kabul\.md$/.test(f));
    expect(written).toEqual([]);
  });
});
