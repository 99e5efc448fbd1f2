/** Round 23 (blind test): stories saved in other formats, misnamed files' callers, preview-server links, Windows paths, linked flat folders. */
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles, checkLinesOf, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { ENVOY, newsroomCopies, replaceIn } from '../helpers/newsroom-copy.ts';
import { ROOT } from '../helpers/build-overlay.ts';
import { TEMPLATE_PLACEHOLDERS } from '#/check/scaffold.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const story = `${testFrontmatter()}A paragraph of the story.\n`;

describe('#1 a story saved as .txt, .rtf, .docx, .html or with no extension is one line', () => {
  it('names the file and the .md name to write', () => {
    const lines = checkArticles({
      'kabul-story.txt': story,
      'kabul-notes.rtf': '{\\rtf1\\ansi A paragraph}',
      'kabul-word.docx': Buffer.from('504b0304140000000800', 'hex'),
      'kabul-page.html': '<p>A paragraph</p>',
      'kabul-bare': story,
      'kabul-story.v2': story,
    });
    expect(lines).toEqual([
      'kabul-bare:1:1 file  this file is not read: articles are .md files; rename it to "kabul-bare.md", or start its name with "_" to keep it there unread',
      'kabul-notes.rtf:1:1 file  this file is not read: articles are .md files; save it as plain text named "kabul-notes.md", or start its name with "_" to keep it there unread',
      'kabul-page.html:1:1 file  this file is not read: articles are .md files; rename it to "kabul-page.md", or start its name with "_" to keep it there unread',
      'kabul-story.txt:1:1 file  this file is not read: articles are .md files; rename it to "kabul-story.md", or start its name with "_" to keep it there unread',
      // Two files meaning one name are not both told to take it (round 28b #7: free-names.ts).
      'kabul-story.v2:1:1 file  this file is not read: articles are .md files; rename it to "kabul-story-2.md" ("kabul-story.md" is another file\'s name, or another line\'s proposal: if this file is a copy of that one, delete one of them instead), or start its name with "_" to keep it there unread',
      'kabul-word.docx:1:1 file  this file is not read: articles are .md files; save it as plain text named "kabul-word.md", or start its name with "_" to keep it there unread',
    ]);
  });

  it('leaves photos, media, hidden files and "_" files beside the stories quiet', () => {
    const lines = checkArticles({
      'images/photo.png': PNG,
      'images/photo-no-extension': PNG,
      'images/clip.mp4': Buffer.from('000000186674797069736f6d', 'hex'),
      'images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '.DS_Store': Buffer.from('0000000142756431', 'hex'),
      '_notes.txt': 'notes',
      'README.txt': 'what this folder holds',
      'kabul-story.md~': story,
      '#kabul-story.md#': story,
      'kabul-story.swp': story,
    });
    expect(lines).toEqual([]);
  });
});

describe('#2 a misnamed file has its one line; the files naming its intended id are not sent to the broken name', () => {
  const newsroom = newsroomCopies('r23-names');
  const TRANSIT = join('articles', '2026', '11', 'transit-talks-open-in-doha-with-trade-on-the-agenda.md');
  const renamed = (to: string, from = ENVOY) =>
    newsroom((content) => {
      // A link by path too, as the finding's caller had one.
      replaceIn(join(content, TRANSIT), '(/articles/envoy-lands-in-kabul-ahead-of-doha-round/)', '(./envoy-lands-in-kabul-ahead-of-doha-round.md)');
      renameSync(join(content, from), join(content, dirname(from), to));
    });

  it.each([
    ['a case-only rename', 'Envoy-lands-in-kabul-ahead-of-doha-round.md'],
    ['a space before .md', 'envoy-lands-in-kabul-ahead-of-doha-round .md'],
    ['.MD', 'envoy-lands-in-kabul-ahead-of-doha-round.MD'],
    ['a decomposed accent', 'envoy-la\u0301nds-in-kabul-ahead-of-doha-round.md'],
  ])('%s: one line, for the file itself', (_, name) => {
    const lines = checkNewsroom(renamed(name)).filter((d) => d.severity === 'error');
    expect(lines.map((d) => `${d.file.replace(/^.*\/content\//, '')} ${d.field}`)).toEqual([`articles/2026/11/${name} file`]);
    expect(lines[0]?.message).toContain('rename it to "envoy-lands-in-kabul-ahead-of-doha-round.md"');
  });

  it('an author file with a trailing "-": one line, not one per article naming the author', () => {
    const lines = checkNewsroom(renamed('nadia-rahyab-.md', join('authors', 'nadia-rahyab.md'))).filter((d) => d.severity === 'error');
    expect(lines.map((d) => d.message)).toEqual(['file name "nadia-rahyab-.md" is not a valid id; rename it to "nadia-rahyab.md" (lower-case a-z, 0-9 and single hyphens)']);
  });

  it('a slug that names no file is still told so, and never proposes a broken name', () => {
    const content = newsroom((c) => {
      renameSync(join(c, ENVOY), join(c, dirname(ENVOY), 'Envoy-lands-in-kabul-ahead-of-doha-round.md'));
      replaceIn(join(c, TRANSIT), 'related: [envoy-lands-in-kabul-ahead-of-doha-round]', 'related: [envoy-landed-in-kabul-ahead-of-doha-round]');
    });
    const lines = checkLinesOf(content, 'transit-talks-open-in-doha-with-trade-on-the-agenda.md');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('no article has the slug "envoy-landed-in-kabul-ahead-of-doha-round" (did you mean "envoy-lands-in-kabul-ahead-of-doha-round"?)');
  });
});

describe('#3 a link to the preview server is one line with the path to write', () => {
  it.each([
    ['http://localhost:4321/articles/rail-freight-resumes/', 'localhost:4321', "link the article's file (./rail-freight-resumes.md from the same folder) or its site path /articles/rail-freight-resumes/"],
    ['http://127.0.0.1:4321/sections/economy/', '127.0.0.1:4321', 'write the site path /sections/economy/'],
    ['http://0.0.0.0:4321/tags/transit/', '0.0.0.0:4321', 'write the site path /tags/transit/'],
    ['http://[::1]:4321/', '[::1]:4321', 'write the site path /'],
    ['http://dateline.local/archive/', 'dateline.local', 'write the site path /archive/'],
    ['https://news.localhost/articles/x/#key', 'news.localhost', "link the article's file (./x.md from the same folder) or its site path /articles/x/#key"],
  ])('%s', (href, host, fix) => {
    const lines = checkArticles({ 'linking-story.md': `${testFrontmatter()}See [the opening](${href}).\n` });
    expect(lines).toEqual([`linking-story.md:9:5 link  link [the opening](${href}) points to ${host}, a server on your own machine (the preview), which readers cannot open; ${fix}`]);
  });

  it('leaves other sites alone', () => {
    expect(checkArticles({ 'linking-story.md': `${testFrontmatter()}See [the agency](https://www.unicef.org/afghanistan/) and [a host](http://localhostel.com/).\n` })).toEqual([]);
  });
});

describe('#7 a story from content/articles/_template.md does not publish the sample values', () => {
  const template = readFileSync(join(ROOT, 'content/articles/_template.md'), 'utf8');

  it('the template keeps every optional sample commented out, and its placeholders are the ones the check knows', () => {
    const fields = [...template.split('\n---')[0]!.matchAll(/^([a-z]+):/gm)].map((m) => m[1]);
    expect(fields).toEqual(['title', 'description', 'published', 'authors', 'section', 'draft']);
    for (const text of Object.values(TEMPLATE_PLACEHOLDERS)) expect(template).toContain(text);
  });

  it('its sample title, standfirst and body are errors once it is not a draft', () => {
    const lines = checkArticles({ 'from-template.md': template.replace(/\ndraft: true\n/, '\n').replace('published: "2026-11-24T09:30:00+04:30"', 'published: "2026-11-20T09:30:00+04:30"') });
    // The template body's sample photo and link name files this test newsroom lacks: those lines are not asserted.
    expect(lines.filter((l) => l.includes('_template.md')).map((l) => l.replace(/^[^ ]+ /, ''))).toEqual([
      'title  is still the sample from content/articles/_template.md; replace it, or keep "draft: true" until the article is written',
      'description  is still the sample from content/articles/_template.md; replace it, or keep "draft: true" until the article is written',
      'body  still holds the sample text from content/articles/_template.md ("Write the body in Markdown. …"); replace it, or keep "draft: true" until the article is written',
    ]);
  });

  it('its sample canonical, and a canonical on the preview server, are one line each', () => {
    const lines = checkArticles({
      'example-canonical.md': `${testFrontmatter({ canonical: 'https://example.org/original/story' })}Text.\n`,
      'local-canonical.md': `${testFrontmatter({ canonical: 'http://localhost:4321/articles/x/' })}Text.\n`,
      'wire-canonical.md': `${testFrontmatter({ canonical: 'https://example.org/koh-e-baba-wire/2026/11/20/story' })}Text.\n`,
    });
    expect(lines).toEqual([
      'example-canonical.md:7:12 canonical  is still the sample from content/articles/_template.md; replace it, or keep "draft: true" until the article is written',
      'local-canonical.md:7:12 canonical  http://localhost:4321/articles/x/ is on localhost:4321, a server on your own machine, which no reader or search engine can open; give the original story\'s address, or remove "canonical"',
    ]);
  });
});

describe('#5 a flat folder replaced by a symbolic link is one line; nothing behind the link is listed', () => {
  const newsroom = newsroomCopies('r23-links');

  it.each(['authors', 'sections', 'tags'])('content/%s -> a folder outside content/', (folder) => {
    const outside = mkdtempSync(join(tmpdir(), 'dateline-r23-outside-'));
    try {
      for (const name of ['passwd', 'shadow.md', 'ssh']) writeFileSync(join(outside, name), 'secret');
      const content = newsroom((c) => {
        rmSync(join(c, folder), { recursive: true, force: true });
        symlinkSync(outside, join(c, folder));
      });
      const lines = checkNewsroom(content).filter((d) => d.file.includes(`content/${folder}`));
      expect(lines.map((d) => `${d.file.replace(/^.*\/content\//, 'content/')} ${d.message}`)).toEqual([
        `content/${folder} the folder is a symbolic link, so nothing in it is read; Dateline never follows links inside the content folder; replace the link with the folder itself`,
      ]);
      expect(JSON.stringify(checkNewsroom(content))).not.toMatch(/passwd|shadow|ssh/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('#4 a body photo with Windows backslashes is told to write "/", as the lead image is', () => {
  it('gives the path to write, not "rename the file"', () => {
    const lines = checkArticles({ 'windows-photo.md': `${testFrontmatter()}Text.\n\n![Lorries at the border](.\\images\\envoy-arrival.png)\n` });
    expect(lines).toEqual(['windows-photo.md:11:1 body  image ![Lorries at the border](.\\images\\envoy-arrival.png) ".\\images\\envoy-arrival.png" uses "\\" between folders, which is part of a file name on the web and on the build machine; write "./images/envoy-arrival.png"']);
  });

  it('a real backslash escape keeps its line', () => {
    const lines = checkArticles({ 'escaped-photo.md': `${testFrontmatter()}Text.\n\n![Lorries](./images/envoy\\_arrival.png)\n` });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('backslash escape');
  });
});

describe('#11 a copy of a story (" - Copy", " copy", a sync conflict) is told it is a copy, not to be renamed', () => {
  const newsroom = newsroomCopies('r23-copies');
  const base = 'envoy-lands-in-kabul-ahead-of-doha-round';

  it.each([' - Copy', ' copy', ' copy 2', ' (conflicted copy 2026-11-30)', ' (2)'])('%s', (suffix) => {
    const content = newsroom((c) => copyFileSync(join(c, ENVOY), join(c, dirname(ENVOY), `${base}${suffix}.md`)));
    const lines = checkNewsroom(content).filter((d) => d.field === 'file');
    expect(lines.map((d) => d.message)).toEqual([
      `file name "${base}${suffix}.md" is a copy of "${base}.md" (as Explorer, the Finder or a sync client names one), not a story of its own: delete it, or move what it adds into ${base}.md and then delete it`,
    ]);
  });

  it('a name like a copy with no story beside it is still told its slug', () => {
    expect(checkArticles({ 'kabul-notes copy.md': story })).toEqual([
      'kabul-notes copy.md:1:1 file  file name "kabul-notes copy.md" is not a valid slug; rename it to "kabul-notes-copy.md" (lower-case a-z, 0-9 and single hyphens)',
    ]);
  });
});

describe('#12 a macOS AppleDouble file (._story.md) is left alone', () => {
  it('says nothing of it in articles, authors or at the top of content/', () => {
    const apple = Buffer.from('0005160700020000', 'hex');
    const content = newsroomCopies('r23-apple')((c) => {
      writeFileSync(join(c, dirname(ENVOY), '._envoy-lands-in-kabul-ahead-of-doha-round.md'), apple);
      writeFileSync(join(c, 'authors', '._nadia-rahyab.md'), apple);
      writeFileSync(join(c, '._front.md'), apple);
    });
    expect(checkNewsroom(content).filter((d) => d.file.includes('._'))).toEqual([]);
  });

  it('a hidden story (.story.md) keeps its line', () => {
    expect(checkArticles({ '.kabul-story.md': story })).toEqual([
      '.kabul-story.md:1:1 file  the file name starts with ".", which hides the file, so it is not read; rename it to "kabul-story.md"',
    ]);
  });
});

describe('#6 a value that starts with a hashtag is told to quote it, never to remove the line', () => {
  it.each([
    ['title', '#Breaking Kabul talks resume', 'is empty: "#" right after "title:" starts a YAML comment, so YAML reads no value; put the value in quotes: title: "#Breaking Kabul talks resume"'],
    ['dateline', '#KABUL', 'is empty: "#" right after "dateline:" starts a YAML comment, so YAML reads no value; put the value in quotes: dateline: "#KABUL"'],
    ['source', '#Reuters', 'is empty: "#" right after "source:" starts a YAML comment, so YAML reads no value; put the value in quotes: source: "#Reuters"'],
  ])('%s', (field, value, message) => {
    const lines = checkArticles({ 'hashtag.md': `${testFrontmatter({ [field]: value })}Text.\n` });
    expect(lines.map((l) => l.replace(/^hashtag\.md:\d+:\d+ /, ''))).toEqual([`${field}  ${message}`]);
  });

  it('a list item and an image alt', () => {
    const lines = checkArticles({
      'hashtag.md': `${testFrontmatter({ tags: '\n  - #envoys\n  - transit' })}Text.\n`,
      'hashtag-alt.md': `${testFrontmatter({ image: '\n  src: ./images/envoy-arrival.png\n  alt: #Flat-colour illustration' })}Text.\n`,
    });
    expect(lines).toEqual([
      'hashtag-alt.md:9:8 image.alt  is empty: "#" right after "alt:" starts a YAML comment, so YAML reads no value; put the value in quotes: alt: "#Flat-colour illustration"',
      'hashtag.md:8:5 tags[0]  is empty: an item starting with "#" is a YAML comment, so YAML reads no value; put it in quotes: - "#envoys"',
    ]);
  });

  it('a comment with a space after "#" keeps the old line', () => {
    const lines = checkArticles({ 'hashtag.md': `${testFrontmatter({ dateline: '# to do' })}Text.\n` });
    expect(lines).toEqual(['hashtag.md:7:11 dateline  is empty; give it a value or remove the line']);
  });
});

describe('#8 a paragraph of its own that the page reads as markup is one line', () => {
  const lineOfBody = (body: string) => checkArticles({ 'markup.md': `${testFrontmatter()}The lead paragraph.\n\n${body}\n` }).map((l) => l.replace(/^markup\.md:\d+:\d+ body {2}/, ''));

  it.each([
    ['- 12 degrees was the low in Kabul on Monday.', '"- 12 degrees was the low in Kabul on Monday." starts with "- " and a number, so the page shows it as a list item and drops the "-"; write the sign against the number ("−12" or "-12"), or "\\-" to keep it as typed'],
    ['+ 5 per cent was the rise in tariffs.', '"+ 5 per cent was the rise in tariffs." starts with "+ " and a number, so the page shows it as a list item and drops the "+"; write the sign against the number ("+5"), or "\\+" to keep it as typed'],
    ['# 1 priority for the envoy was transit.', '"# 1 priority for the envoy was transit." starts with "# " and a number, so the page makes the sentence a heading; write "#1" without the space, or "\\#" to keep the "#"'],
    ['1986. That was the year the crossing first closed.', '"1986. That was the year the crossing first closed." starts with a number and a dot, so the page shows it as a list numbered from 1986; write "1986\\." to keep the sentence'],
    ['| Item | Price |\n| Flour | 2,300 |\n| Oil | 1,100 |', '"| Item | Price |" and the lines under it are printed as pipes, not a table: a table needs a delimiter row under its first row; add "| --- | --- |" as the second line'],
  ])('%s', (body, message) => {
    expect(lineOfBody(body)).toEqual([message]);
  });

  it('leaves real lists, headings and tables alone', () => {
    expect(lineOfBody('- 12 districts\n- 40 schools\n\n## 2026 in review\n\nText.\n\n| Item | Price |\n| --- | --- |\n| Flour | 2,300 |\n\n1. One step')).toEqual([]);
  });
});

describe('#14 a git merge conflict in a content file is one line, and the file is not published', () => {
  it.each([
    ['in the body, with blank lines', `${testFrontmatter()}The lead.\n\n<<<<<<< HEAD\n\nThe talks open on 10 November.\n\n=======\n\nThe talks open on 11 November.\n\n>>>>>>> wire-update\n`, 11, 19],
    ['in the body, single lines', `${testFrontmatter()}The lead.\n<<<<<<< HEAD\nThe talks open on 10 November.\n=======\nThe talks open on 11 November.\n>>>>>>> wire-update\n`, 10, 14],
    ['in the frontmatter', testFrontmatter().replace('section: economy', '<<<<<<< HEAD\nsection: diplomacy\n=======\nsection: economy\n>>>>>>> wire-update') + 'Text.\n', 6, 10],
  ])('%s', (_, text, from, to) => {
    expect(checkArticles({ 'conflict.md': text })).toEqual([
      `conflict.md:${from}:1 file  holds a git merge conflict, lines ${from}–${to}: both versions between "<<<<<<<", "=======" and ">>>>>>>" would be published with the markers; keep the right version, delete the other and the three marker lines, and check the file again`,
    ]);
  });

  it('a row of seven "=" alone is no conflict', () => {
    expect(checkArticles({ 'rule.md': `${testFrontmatter()}The lead.\n\n=======\n\nMore.\n` }).some((l) => l.includes('merge conflict'))).toBe(false);
  });
});

describe('#13 a month folder named with a trailing space is one line; links into it are not sent round in circles', () => {
  it('names the folder and the name to give it, and nothing else', () => {
    const content = newsroomCopies('r23-folders')((c) => {
      const month = join(c, 'articles', '2026', '10');
      renameSync(month, `${month} `);
      const transit = join(c, 'articles', '2026', '11', 'transit-talks-open-in-doha-with-trade-on-the-agenda.md');
      writeFileSync(transit, `${readFileSync(transit, 'utf8')}\nSee [the harvest](../10/wheat-prices-ease-as-northern-harvest-reaches-markets.md).\n`);
    });
    const lines = checkNewsroom(content).filter((d) => d.severity === 'error');
    expect(lines.map((d) => `${d.file.replace(/^.*\/content\//, '')} ${d.message}`)).toEqual(['articles/2026/10  the folder name "10 " ends with a space, which no link or listing shows; rename the folder to "10"']);
  });
});

describe('#10 the headline pasted again as the body\'s first heading is one line', () => {
  it('says so instead of the dateline warning', () => {
    const lines = checkArticles({ 'headline-twice.md': `${testFrontmatter({ title: 'Envoy makes unannounced Kabul stop', dateline: 'KABUL' })}# Envoy makes *unannounced* Kabul stop\n\nThe lead.\n` });
    expect(lines).toEqual(['headline-twice.md:10:1 body  the body starts with the headline again ("Envoy makes *unannounced* Kabul stop"), which the page already prints from "title:"; remove that line']);
  });

  it('another heading first keeps the dateline warning', () => {
    const lines = checkArticles({ 'heading-first.md': `${testFrontmatter({ dateline: 'KABUL' })}## Background\n\nThe lead.\n` });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('warning: the body starts with a heading');
  });
});

describe('#18 a pick, pin or link to a story taken down names the edit to make with the takedown first', () => {
  it('says "remove the pin" before "publish it"', () => {
    const lines = checkArticles({
      'taken-down.md': `${testFrontmatter({ draft: 'true' })}Text.\n`,
      'pinning.md': `${testFrontmatter({ related: '[taken-down]' })}Text.\n`,
    });
    expect(lines).toEqual(['pinning.md:7:11 related[0]  "taken-down" is a draft, which readers cannot open; remove the pin (in the same commit when taking the story down: until then every build stops), or publish it']);
  });
});

describe('#20 a desk note README.md in an article folder is no story', () => {
  it('is left alone, as content/README.md is', () => {
    expect(checkArticles({ 'images/README.md': 'Photo credits: all drawings by the graphics desk.\n', 'ReadMe.md': 'Notes.\n' })).toEqual([]);
  });
});

describe('#1 (follow-up) in a photo folder only a frontmatter makes a file a story', () => {
  it('a text file beside the photos is left to the image rules; a story saved there is still named', () => {
    expect(checkArticles({ 'images/envoy-arrival.txt': 'not an image\n', 'images/credits.docx': Buffer.from('504b0304', 'hex'), 'images/kabul-story.txt': story })).toEqual([
      'images/kabul-story.txt:1:1 file  this file is not read: articles are .md files; rename it to "kabul-story.md", or start its name with "_" to keep it there unread',
    ]);
  });
});

describe('#9 a mistyped content folder is told it does not exist', () => {
  it('one line naming the folder, not "add an article"', () => {
    const lines = checkNewsroom(join(tmpdir(), 'dateline-r23-contnet-does-not-exist'));
    expect(lines.map((d) => `${d.line}:${d.column} ${d.message.replace(/ \S*dateline-r23-contnet-does-not-exist/, ' <dir>')}`)).toEqual([
      '1:1 the content folder <dir> does not exist; check the folder given to the command (or DATELINE_CONTENT_DIR)',
    ]);
  });
});

describe('#8 (follow-up) a delimiter row look-alike keeps its own line only', () => {
  it('"|—|—|" under a row is not also told to add a delimiter row', () => {
    const lines = checkArticles({ 'dashes.md': `${testFrontmatter()}The lead.\n\n| a | b |\n|—|—|\n` });
    expect(lines.some((l) => l.includes('printed as pipes'))).toBe(false);
    expect(lines).toHaveLength(1);
  });
});
