/**
 * Round 17 (issue 10, blind): findings fixed in the content check and the renderer.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elsewhereLabel } from '#/domain/urls.ts';
import { bodyOpening, repeatedDateline } from '#/check/rules/dateline-prefix.ts';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';
import { checkNewsroom } from '../helpers/check-bodies.ts';
import { ENVOY, newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';

const newsroom = newsroomCopies('r17');

describe('many authors sharing one display name (finding 1)', () => {
  it('each line names at most three others and counts the rest, and so does "is the name of N authors"', () => {
    const content = newsroom((c) => {
      for (let i = 0; i < 40; i++) writeFileSync(join(c, 'authors', `staff-${i}.md`), '---\nname: Staff Reporter\n---\n');
      replaceIn(join(c, ENVOY), 'authors: [nadia-rahyab]', 'authors: [Staff Reporter]');
    });
    const lines = checkNewsroom(content);
    const shared = lines.filter((d) => d.field === 'name' && d.message.includes('is also the name of'));
    expect(shared).toHaveLength(40);
    for (const d of shared) {
      expect(d.message.match(/staff-\d+\.md/g)?.length).toBe(3);
      expect(d.message).toMatch(/ and 36 more files; readers cannot tell them apart/);
    }
    const byName = lines.find((d) => d.field === 'authors[0]');
    expect(byName?.message).toMatch(/"Staff Reporter" is the name of 40 authors \(staff-0, staff-1, staff-10 and 37 more ids\): write the id of the one you mean/);
  });
});

describe('a number where a language tag or an address belongs (finding 2)', () => {
  it('gets the field\'s own rule, never quotes that make the next error', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, ENVOY), 'dateline: KABUL', 'dateline: KABUL\nlang: 12');
      replaceIn(join(c, 'authors', 'nadia-rahyab.md'), 'url: https://example.org/people/nadia-rahyab', 'url: 5');
    });
    const messages = checkNewsroom(content).map((d) => `${d.field}  ${d.message}`);
    expect(messages).toContain('lang  must be text, not the number 12; lang must be a BCP 47 language tag such as "ps", "fa-AF" or "ar"');
    expect(messages).toContain('url  must be text, not the number 5; url must be an absolute URL starting with https:// or http://');
    expect(messages.join('\n')).not.toMatch(/to print (12|5)/);
  });
});

describe('an author\'s url (finding 3)', () => {
  it('ending in a pasted curly quote is refused with the address to write', () => {
    const content = newsroom((c) => replaceIn(join(c, 'authors', 'nadia-rahyab.md'), 'url: https://example.org/people/nadia-rahyab', 'url: "https://example.org/”"'));
    expect(checkNewsroom(content).map((d) => `${d.field}  ${d.message}`)).toContain(
      'url  the address of this field ends with the curly quote ”, which is not part of a web address: the page would link nowhere or to a wrong address; remove it (write https://example.org/)',
    );
  });

  it('naming an author page of this site (another\'s, or the author\'s own) is refused', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, 'authors', 'nadia-rahyab.md'), 'url: https://example.org/people/nadia-rahyab', 'url: https://dateline.example.org/authors/zarlasht-niazai/');
      replaceIn(join(c, 'authors', 'zarlasht-niazai.md'), '---\n', '---\nurl: https://dateline.example.org/authors/zarlasht-niazai/\n');
    });
    const messages = checkNewsroom(content).filter((d) => d.field === 'url').map((d) => d.message);
    expect(messages).toContain('https://dateline.example.org/authors/zarlasht-niazai/ is the page of another author (zarlasht-niazai) on this site; "url" is the author\'s page elsewhere (their own site or profile): give that address or remove "url"');
    expect(messages).toContain('https://dateline.example.org/authors/zarlasht-niazai/ is this author\'s own page on this site; "url" is the author\'s page elsewhere (their own site or profile): give that address or remove "url"');
  });

  it('is labelled with its host as readers write it, and as on this site when it is', () => {
    expect(elsewhereLabel('https://例え.jp/')).toEqual({ host: '例え.jp', offSite: true });
    expect(elsewhereLabel('https://www.example.org/people/x')).toEqual({ host: 'example.org', offSite: true });
    expect(elsewhereLabel('https://dateline.example.org/articles/x/')).toEqual({ host: 'dateline.example.org', offSite: false });
  });
});

describe('links to the story itself written as paths (finding 4)', () => {
  it('./#place and .#place render as #place, which the feeds make absolute', () => {
    const { html } = createMarkdownRenderer()('See [a](./#key-figures), [b](.#key-figures) and [c](#key-figures).');
    expect(html).toContain('<a href="#key-figures">a</a>');
    expect(html).toContain('<a href="#key-figures">b</a>');
    expect(html).not.toMatch(/href="\.\/?#/);
  });

  it('the page\'s own address, with or without a query, is refused; a place in it is checked', () => {
    const content = newsroom((c) => {
      mkdirSync(join(c, 'articles', '2026', '11'), { recursive: true });
      appendFileSync(join(c, ENVOY), '\nSee [a](./), [b](.), [c](?x=1#key-figures), [d](./?x=1), [e](./#no-such-place) and [f](.#the-envoy).\n');
    });
    const lines = checkNewsroom(content).filter((d) => d.field === 'link').map((d) => d.message);
    expect(lines.filter((m) => m.includes("is this page's own address"))).toHaveLength(2);
    expect(lines.filter((m) => m.includes('adds a query (?…)'))).toHaveLength(2);
    expect(lines.some((m) => m.includes('no-such-place') && m.includes('which that page does not have'))).toBe(true);
  });
});

describe('a scheduled article holding a link that breaks when it goes live (finding 6)', () => {
  const story = (slug: string, published: string, extra = '', body = 'Text.') =>
    `---\ntitle: Story ${slug}\ndescription: A story.\npublished: "${published}"\nauthors: [nadia-rahyab]\nsection: economy\n${extra}---\n\n${body}\n`;
  it('to an article scheduled later is an error before either goes live; to a draft, a warning', () => {
    const content = newsroom((c) => {
      const dir = join(c, 'articles', '2026', '12');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'sched-a.md'), story('sched-a', '2026-12-05T10:00:00+04:30', '', 'See [the follow-up](./sched-b.md) for more.'));
      writeFileSync(join(dir, 'sched-b.md'), story('sched-b', '2026-12-10T10:00:00+04:30'));
      writeFileSync(join(dir, 'sched-c.md'), story('sched-c', '2026-12-05T10:00:00+04:30', 'canonical: https://dateline.example.org/articles/sched-b/\n'));
      writeFileSync(join(dir, 'sched-d.md'), story('sched-d', '2026-12-05T10:00:00+04:30', '', 'See <a href="/articles/sched-draft/">the draft</a>.'));
      writeFileSync(join(dir, 'sched-draft.md'), story('sched-draft', '2026-12-01T10:00:00+04:30', 'draft: true\n'));
      // Scheduled later than the article it links: fine, the target is out first.
      writeFileSync(join(dir, 'sched-e.md'), story('sched-e', '2026-12-11T10:00:00+04:30', '', 'See [the earlier one](./sched-b.md).'));
    });
    const lines = checkNewsroom(content).filter((d) => d.severity === 'error').map((d) => `${d.file.replace(/.*\//, '')} ${d.field}  ${d.message}`);
    expect(lines).toContain(
      'sched-a.md link  link [the follow-up](./sched-b.md) points to an article scheduled for 2026-12-10T10:00:00+04:30, later than this one (2026-12-05T10:00:00+04:30): from this article\'s time until then readers would get a 404 and every build would stop; schedule this article no earlier than that one, or add the link once it is out',
    );
    expect(lines.some((l) => l.startsWith('sched-c.md canonical  https://dateline.example.org/articles/sched-b/ points to an article scheduled for 2026-12-10'))).toBe(true);
    // A draft may be published first: a warning, said now.
    expect(lines.some((l) => l.startsWith('sched-d.md'))).toBe(false);
    const warnings = checkNewsroom(content).filter((d) => d.severity === 'warning' && d.file.endsWith('sched-d.md')).map((d) => d.message);
    expect(warnings).toEqual([
      'link /articles/sched-draft/ points to a draft; this article goes live at 2026-12-05T10:00:00+04:30, and from then, unless that draft is published first, the link would be a 404 and stop every build: publish it first or remove the link',
    ]);
    expect(lines.filter((l) => l.startsWith('sched-e.md'))).toEqual([]);
  });

  it('a link to /news-sitemap.xml is refused whatever the clock: it is written only while an article is new', () => {
    const content = newsroom((c) => appendFileSync(join(c, ENVOY), '\nOur [news sitemap](/news-sitemap.xml) lists the latest.\n'));
    const at = (now: string) => checkNewsroom(content, Date.parse(now)).filter((d) => d.message.includes('news-sitemap'));
    for (const now of ['2026-11-03T12:00:00Z', '2026-11-29T12:00:00Z']) {
      expect(at(now).map((d) => d.message)).toEqual([
        'link [news sitemap](/news-sitemap.xml) points to /news-sitemap.xml, which the build does not write (it is written only while an article is under two days old, so the link would break after two quiet days; link /sitemap-index.xml instead); fix the link or remove it',
      ]);
    }
  });
});

describe('a place set off by a pair of dashes opens a sentence, not a dateline (finding 5)', () => {
  const repeated = (body: string) => repeatedDateline(bodyOpening(body).text, 'KABUL', 'en-GB');
  it('is prose in running text; a dateline in capitals keeps its line even with an aside in its sentence', () => {
    expect(repeated('Kabul — the capital, home to five million people — was quiet on Friday as the talks resumed.')).toBeUndefined();
    expect(repeated('Kabul – a city that has seen many winters – prepared for another on Friday.')).toBeUndefined();
    expect(repeated('Kabul -- long a hub for carpets -- is losing trade to Herat.')).toBeUndefined();
    expect(repeated('KABUL — Traders — many of them women — protested.')).toBe('KABUL —');
    // The second dash must be in the same sentence.
    expect(repeated('Kabul — Traders protested. Later — at noon — they left.')).toBe('Kabul —');
  });
});

describe('files the check reads no further (findings 7 and 8)', () => {
  const story = (n: number) => `---\ntitle: Story ${n}\ndescription: A story.\npublished: 2026-11-01T10:00:00Z\nauthors: [zarlasht-niazai]\nsection: economy\n---\n\nText.\n`;
  it('page bundles named Index.md get one fix each, their folder\'s name, and the check stays linear', () => {
    const content = newsroom((c) => {
      for (let i = 0; i < 3_000; i++) {
        const dir = join(c, 'articles', 'zz', `story-${i}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'Index.md'), story(i));
      }
    });
    const lines = checkNewsroom(content).filter((d) => d.field === 'file');
    expect(lines).toHaveLength(3_000);
    for (const d of lines.slice(0, 50)) expect(d.message).toMatch(/^slug "Index" is also used by .* and 2996 more files; .*rename it to its folder's name \(story-\d+\.md\)$/);
    expect(lines.some((d) => d.message.includes('index-2'))).toBe(false);
  });

  it('a lone Index.md is told its folder\'s name', () => {
    const content = newsroom((c) => {
      mkdirSync(join(c, 'articles', 'zz', 'lone-story'), { recursive: true });
      writeFileSync(join(c, 'articles', 'zz', 'lone-story', 'Index.md'), story(1));
    });
    expect(checkNewsroom(content).filter((d) => d.field === 'file').map((d) => d.message)).toEqual([
      'file name "Index.md" is not a valid slug; a file named Index.md takes its slug from its name, not its folder: rename it to its folder\'s name (lone-story.md)',
    ]);
  });

  it('".md" with no name is said, and "story.md.md" gets one line', () => {
    const content = newsroom((c) => {
      writeFileSync(join(c, 'articles', '2026', '11', '.md'), story(2));
      writeFileSync(join(c, 'articles', '2026', '11', 'story.md.md'), story(3));
    });
    const lines = checkNewsroom(content).filter((d) => d.field === 'file').map((d) => `${d.file.replace(/.*\//, '')}  ${d.message}`);
    expect(lines).toEqual([
      '.md  the file has no name before ".md", which also hides it, so it is not read; name it after the story, e.g. "kabul-bakers-brace-for-winter.md"',
      'story.md.md  the file ends in ".md" after ".md", so it is not read; if it is meant to be read, rename it to "story.md"; if it is a backup or a merge leftover, remove it (or start its name with "_" to keep it unread)',
    ]);
  });
});

describe('Markdown in an author\'s, a section\'s or a topic\'s printed fields (finding 9)', () => {
  it('is a warning naming the field, as in an article\'s', () => {
    const content = newsroom((c) => {
      replaceIn(join(c, 'authors', 'nadia-rahyab.md'), 'role: Diplomatic correspondent', 'role: "*Senior* diplomatic correspondent & [editor](https://example.org)"');
      replaceIn(join(c, 'sections', 'economy.md'), 'description: Currency, trade,', 'description: Currency, **trade**,');
      mkdirSync(join(c, 'tags'), { recursive: true });
      writeFileSync(join(c, 'tags', 'envoys.md'), '---\nname: envoys\ndescription: "The **eight-country** forum."\n---\n');
    });
    const lines = checkNewsroom(content).filter((d) => d.severity === 'warning' && d.message.startsWith('fields are plain text')).map((d) => `${d.file.replace(/.*\//, '')} ${d.field}  ${d.message.slice(0, 60)}`);
    expect(lines).toEqual([
      'nadia-rahyab.md role  fields are plain text: "*Senior*" is Markdown emphasis, whic',
      'economy.md description  fields are plain text: "**trade**" is Markdown bold, which o',
      'envoys.md description  fields are plain text: "**eight-country**" is Markdown bold,',
    ]);
  });
});

describe('text below a topic file\'s frontmatter (finding 11)', () => {
  it('is shown nowhere, and the check says so (a section\'s text now opens its page: e2e front-and-lists)', () => {
    const content = newsroom((c) => {
      mkdirSync(join(c, 'tags'), { recursive: true });
      writeFileSync(join(c, 'tags', 'envoys.md'), '---\nname: envoys\n---\n\nTopic intro text.\n');
    });
    expect(checkNewsroom(content).filter((d) => d.file.endsWith('envoys.md')).map((d) => `${d.line} ${d.severity} ${d.field}  ${d.message}`)).toEqual([
      '5 warning body  the text below a topic file\'s frontmatter is not shown anywhere (a topic page shows its name and description); put one sentence in "description:" or remove the text',
    ]);
  });
});
