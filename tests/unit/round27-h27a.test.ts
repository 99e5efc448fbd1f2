/** Round 27b findings #6, #7, #8, #11, #4, #5 (helper h27a). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles, checkLinesOf, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

const newsroom = newsroomCopies('r27h27a');

const story = (published: string, stalls: string, title = 'Border market reopens after two weeks') => `---
title: "${title}"
description: Traders returned to the border market on Monday after a two-week closure, officials said.
published: "${published}"
authors: [nadia-rahyab]
section: economy
---

Traders returned to the border market on Monday after a two-week closure, officials said.

About ${stalls} stalls opened, the market's committee said.
`;

const withStories = (files: Record<string, string>) =>
  newsroom((dir) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, 'articles', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'articles', path), text);
    }
  });

/** The check's `file` lines of `file`, the temp folder's path cut to `content/…`. */
const checkNewsroomErrors = (content: string) => checkNewsroom(content).filter((d) => d.severity === 'error').length;

const fileLines = (content: string, file: string) =>
  checkLinesOf(content, file)
    .filter((l) => l.includes(' file  '))
    .map((l) => l.replace(/[^ ]*\/content\//g, 'content/'));

describe('27b #6: a story re-filed under a new month with an edited copy left behind', () => {
  it('the older copy is told it is the same story and to go; the later one to stay, the older to go', () => {
    const content = withStories({ '2026/07/border-market-reopens.md': story('2026-07-31T18:00:00+04:30', '200'), '2026/08/border-market-reopens.md': story('2026-08-01T09:00:00+04:30', '240') });
    expect(fileLines(content, '2026/07/border-market-reopens.md')).toEqual([
      '1:1 file  slug "border-market-reopens" is also used by content/articles/2026/08/border-market-reopens.md: this file and that one are the same story (same headline, most of the body the same; they differ in published and body line 11); that one is the later version (published or updated later), so delete this file, after moving into that one anything only this one has: renamed instead, the story would be published twice, the old version with it (unless this file is the newer edit, its published corrected to an earlier time: then keep this one and delete that one)',
    ]);
    expect(fileLines(content, '2026/08/border-market-reopens.md')).toEqual([
      '1:1 file  slug "border-market-reopens" is also used by content/articles/2026/07/border-market-reopens.md: this file and that one are the same story (same headline, most of the body the same; they differ in published and body line 11); this one is the later version (published or updated later), so keep it and delete content/articles/2026/07/border-market-reopens.md, after moving into this one anything only that one has: renamed instead, the story would be published twice, the old version with it (unless that file is the newer edit, its published corrected to an earlier time: then keep that one and delete this one)',
    ]);
  });

  it('same story and the same time: each is told to keep one and delete the other', () => {
    const content = withStories({ '2026/07/border-market-reopens.md': story('2026-08-01T09:00:00+04:30', '200'), '2026/08/border-market-reopens.md': story('2026-08-01T09:00:00+04:30', '240') });
    const lines = fileLines(content, '/border-market-reopens.md');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toContain('neither is dated later; keep the one you mean and delete the other');
  });

  it('two different stories that share a slug (a recurring headline, other text): the later is told a free name (round 30a #5)', () => {
    const other = `---\ntitle: "Border market reopens after two weeks"\ndescription: A different week, a different closure at another crossing.\npublished: "2026-08-20T09:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n---\n\nThe Torkham crossing reopened on Thursday after a flood.\n\nNo stalls were damaged, the police said.\n`;
    const content = withStories({ '2026/07/border-market-reopens.md': story('2026-07-31T18:00:00+04:30', '200'), '2026/08/border-market-reopens.md': other });
    const lines = fileLines(content, '/border-market-reopens.md');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('this file, published first, keeps the name');
    expect(lines[1]).toContain('rename it to "border-market-reopens-2026-08-20.md"; content/articles/2026/07/border-market-reopens.md, published first, keeps the name');
  });
});

describe('27b #7: one missing author file used by many stories is one line', () => {
  const byline = (n: number, author: string) => story(`2026-07-${String(n + 10)}T10:00:00+04:30`, String(n), `Story number ${n} of the import`).replace('[nadia-rahyab]', `[${author}]`);
  it('many uses: one line at the first use, with the count, the next few files and the one file to add', () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 6; n++) files[`2026/07/bulk-story-${n}.md`] = byline(n, 'gul-ahmad-stringer');
    const content = withStories(files);
    const lines = checkLinesOf(content, '.md')
      .filter((l) => l.includes('gul-ahmad-stringer'))
      .map((l) => l.replace(/[^ (]*\/content\//g, 'content/'));
    expect(lines).toEqual([
      expect.stringMatching(/^5:11 authors\[0\] {2}unknown author "gul-ahmad-stringer" here and in 5 other articles \(content\/articles\/2026\/07\/bulk-story-\d\.md:5, [^,]+:5, [^,]+:5 and 2 more\); add content\/authors\/gul-ahmad-stringer\.md \(one file fixes all 6\) or fix the id in each \(known authors: /),
    ]);
    expect(checkNewsroomErrors(content)).toBe(1);
  });

  it('a few uses keep a line each, as before', () => {
    const content = withStories({ '2026/07/a-story.md': byline(1, 'gul-ahmad'), '2026/07/b-story.md': byline(2, 'gul-ahmad') });
    const lines = checkLinesOf(content, '.md').filter((l) => l.includes('gul-ahmad'));
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatch(/unknown author "gul-ahmad" \(.*\); fix the id or add .*content\/authors\/gul-ahmad\.md$/);
  });
});

describe('27b #8: Jekyll/Hugo field names are told the Dateline field to write', () => {
  const jekyll = `---
layout: post
title: "Jekyll export story"
date: 2026-11-20 10:00:00 +0430
description: A story exported from Jekyll with its usual fields.
authors: [nadia-rahyab]
categories: [economy, trade]
tags: [bulk]
permalink: /2026/12/01/jekyll-export-story/
slug: jekyll-export-story
lastmod: 2026-11-20T12:00:00+04:30
---

The body of the Jekyll story.
`;
  it('date, categories, lastmod, slug and permalink each name the field and value to write', () => {
    const lines = checkArticles({ 'jekyll-export.md': jekyll });
    const of = (field: string) => lines.find((l) => l.includes(` ${field}  `));
    expect(of('date')).toBe('jekyll-export.md:4:7 date  unknown field "date" is the publication time in Jekyll and Hugo; this site\'s field is published: write published: "2026-11-20T10:00:00+04:30" instead of this line');
    expect(of('lastmod')).toContain('this site\'s field is updated: write updated: "2026-11-20T12:00:00+04:30" instead of this line');
    expect(of('categories')).toContain('this site\'s field is section, one section id: write section: economy instead of this line, and put the others in tags (trade)');
    expect(of('slug')).toContain('the file name is the slug; for the address /articles/jekyll-export-story/, rename the file to jekyll-export-story.md, and remove this line');
    expect(of('permalink')).toContain('rename the file to jekyll-export-story.md');
    expect(lines.join('\n')).not.toContain('remove it or check the spelling');
    expect(of('layout')).toContain('unknown field "layout" is the template of a page in Jekyll and Hugo; this site lays out every article alike, so remove the line');
  });

  it('followed, the story passes', () => {
    const fixed = jekyll
      .replace('layout: post\n', '')
      .replace('date: 2026-11-20 10:00:00 +0430', 'published: "2026-11-20T10:00:00+04:30"')
      .replace('categories: [economy, trade]', 'section: economy')
      .replace('tags: [bulk]', 'tags: [bulk, trade]')
      .replace(/permalink: .*\n/, '')
      .replace(/slug: .*\n/, '')
      .replace('lastmod: 2026-11-20T12:00:00+04:30', 'updated: "2026-11-20T12:00:00+04:30"');
    expect(checkArticles({ 'jekyll-export-story.md': fixed }).filter((l) => !l.includes('warning: '))).toEqual([]);
  });

  it('a field this article already has is told to go; a full url is not taken for an address', () => {
    const lines = checkArticles({ 'both.md': `${testFrontmatter({ date: '"2026-11-20"', url: 'https://example.org/original' }).trimEnd()}\n\nBody text of the story.\n` });
    expect(lines.find((l) => l.includes(' date  '))).toContain('this article has published already, so remove the line');
    expect(lines.find((l) => l.includes(' url  '))).toContain('remove it or check the spelling');
  });
});

describe('27b #11: TOML (+++) or JSON front matter is named, with the YAML to write', () => {
  const toml = `+++
title = "TOML front matter"
description = "A test story about TOML front matter from Hugo."
published = 2026-11-20T10:00:00+04:30
authors = ["nadia-rahyab"]
section = "economy"
+++

Body of the Hugo story.
`;
  it('a +++ file: one line that says TOML and shows the YAML form', () => {
    expect(checkArticles({ 'm-toml.md': toml })).toEqual([
      'm-toml.md:1:1 frontmatter  the front matter is TOML (between "+++" lines), which this site does not read; write it as YAML between "---" lines, each "field = value" as "field: value" (title: "TOML front matter")',
    ]);
  });

  it('only the fences changed: still told it is TOML', () => {
    const lines = checkArticles({ 'm-toml.md': toml.replaceAll('+++', '---') });
    expect(lines).toEqual(['m-toml.md:2:1 frontmatter  the front matter is written as TOML ("field = value"), which this site does not read; write each line as YAML "field: value" (title: "TOML front matter")']);
  });

  it('followed literally (each line as field: value), the story passes', () => {
    const yaml = toml
      .replaceAll('+++', '---')
      .replace(/^(\w+) = (.*)$/gm, (_, k: string, v: string) => `${k}: ${/^\d{4}-/.test(v) ? `"${v}"` : v}`);
    expect(checkArticles({ 'm-toml.md': yaml })).toEqual([]);
  });

  it('a JSON object opening the file: told to put --- lines around it; done, it passes', () => {
    const json = `{\n  "title": "JSON front matter",\n  "description": "A test story about JSON front matter.",\n  "published": "2026-11-20T10:00:00+04:30",\n  "authors": ["nadia-rahyab"],\n  "section": "economy"\n}\n\nBody of the Hugo story.\n`;
    expect(checkArticles({ 'm-json.md': json })).toEqual([
      'm-json.md:1:1 frontmatter  the front matter is a JSON object with no "---" lines, which this site does not read; put a line "---" above its "{" and another below its closing "}" (JSON between "---" lines is read as YAML), or write it as "field: value" lines',
    ]);
    expect(checkArticles({ 'm-json.md': `---\n${json.replace('}\n', '}\n---\n')}` })).toEqual([]);
  });

  it('a story that does not start with its front matter is still told to put it first', () => {
    expect(checkArticles({ 'late.md': `Some text first.\n\n${testFrontmatter()}Body.\n` })[0]).toContain('the file does not start with a "---" line');
  });
});

describe('27b #4: a misspelt tag an import copied to a few stories, beside a much-used topic', () => {
  const tagged = (counts: Record<string, number>) => {
    const files: Record<string, string> = {};
    let n = 0;
    for (const [tag, count] of Object.entries(counts)) {
      for (let k = 0; k < count; k++, n++) files[`tagged-${n}.md`] = `${testFrontmatter({ title: `"Tagged story ${n}"`, tags: `[bulk, ${tag}]` })}Body text of tagged story ${n}.\n`;
    }
    return files;
  };
  it('2 stories with "Salang Tunel" beside 8 with "Salang Tunnel": each of the 2 is warned', () => {
    const lines = checkArticles(tagged({ 'Salang Tunnel': 8, 'Salang Tunel': 2 }))
      .filter((l) => l.includes('Tunel'))
      .map((l) => l.replace(/[^ ]*\/content\//g, 'content/'));
    expect(lines).toEqual([
      'tagged-8.md:7:14 tags[1]  warning: tag "Salang Tunel" is on 2 articles only, and the topic "Salang Tunnel" (8 articles) is spelt almost the same; did you mean "Salang Tunnel"? If "Salang Tunel" is a topic of its own, create content/tags/salang-tunel.md with "name: Salang Tunel": a topic file accepts the spelling and silences this warning',
      'tagged-9.md:7:14 tags[1]  warning: tag "Salang Tunel" is on 2 articles only, and the topic "Salang Tunnel" (8 articles) is spelt almost the same; did you mean "Salang Tunnel"? If "Salang Tunel" is a topic of its own, create content/tags/salang-tunel.md with "name: Salang Tunel": a topic file accepts the spelling and silences this warning',
    ]);
  });

  it('two topics of comparable use (5 and 2), or a plural, stay quiet', () => {
    expect(checkArticles(tagged({ 'Iran talks': 5, 'Iraq talks': 2 })).filter((l) => l.includes('talks'))).toEqual([]);
    expect(checkArticles(tagged({ 'Refugee camp': 9, 'Refugee camps': 2 })).filter((l) => l.includes('camp'))).toEqual([]);
  });
});

describe('27b #5: CMS date forms name their form and the value to write', () => {
  /** Each value as written, and the line's text after it: the form and the value to write. */
  const written: Record<string, string> = {
    '2026-W47-5': 'is an ISO 8601 week date, which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write "2026-11-20"',
    '2026-324': 'is an ISO 8601 ordinal date (day of the year), which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write "2026-11-20"',
    '"20261120T100000+0430"': 'is the ISO 8601 basic form (no separators), which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write "2026-11-20T10:00:00+04:30"',
    '"Fri, 20 Nov 2026 10:00:00 +0430"': 'is an RFC 2822 date (as feeds and e-mail write it), which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write "2026-11-20T10:00:00+04:30"',
    '"2026-11-20 10:00:00 +0430"': 'has a space before its offset, which this site does not read; write "2026-11-20T10:00:00+04:30"',
    '"1763618400"': 'is Unix time in seconds (2025-11-20T06:00:00Z), which this site does not read (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write "2025-11-20T06:00:00Z"',
  };
  it.each(Object.entries(written))('published: %s → the form and the value; followed, it passes', (value, message) => {
    const [line, ...rest] = checkArticles({ 'd.md': `${testFrontmatter({ published: value })}Body text.\n` });
    expect(rest).toEqual([]);
    expect(line).toBe(`d.md:4:12 published  ${value.startsWith('"') ? value : `"${value}"`} ${message}`);
    const fixed = /write ("[^"]+")$/.exec(message)![1]!;
    expect(checkArticles({ 'd.md': `${testFrontmatter({ published: fixed })}Body text.\n` })).toEqual([]);
  });

  it('a number: Unix time or a year alone, said once', () => {
    const lines = checkArticles({ 'e.md': `${testFrontmatter({ published: '1763618400' })}Body text.\n`, 'y.md': `${testFrontmatter({ published: '2026' })}Body text.\n` });
    expect(lines).toEqual([
      'e.md:4:12 published  must be a date like 2019-12-05 or 2019-12-05T09:30:00+04:30, not the number 1763618400, which reads as Unix time in seconds (2025-11-20T06:00:00Z); write "2025-11-20T06:00:00Z"',
      'y.md:4:12 published  must be a date like 2019-12-05 or 2019-12-05T09:30:00+04:30, not the number 2026, a year alone; a date needs its day: write "YYYY-MM-DD"',
    ]);
  });

  it('"now" names the release command; an impossible week or any other text keeps the general line', () => {
    expect(checkArticles({ 'n.md': `${testFrontmatter({ published: 'now' })}Body text.\n` })[0]).toContain('"now" is a word, not a date this site reads (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+HH:MM); write the time itself, e.g. "2026-11-29T16:30:00+04:30" (now in the newsroom\'s zone), or for a draft going live now run npm run release -- n, which writes it');
    expect(checkArticles({ 'w.md': `${testFrontmatter({ published: '2025-W53-1' })}Body text.\n` })[0]).toContain('"2025-W53-1" is not an ISO 8601 date (use YYYY-MM-DD');
    expect(checkArticles({ 'x.md': `${testFrontmatter({ published: 'last Tuesday' })}Body text.\n` })[0]).toContain('"last Tuesday" is not an ISO 8601 date (use YYYY-MM-DD');
  });
});
