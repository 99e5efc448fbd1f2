/**
 * Round 36 (helper a): duplicate slugs reported whatever the group's size and in linear time (identical copies by
 * size and SHA-256, a copied month folder once), stray carriage returns and UTF-16 files, private hosts in links,
 * and a PNG's chunk count.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticles, checkNewsroom, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { staleCopies, type StoryFile } from '#/check/rules/same-story.ts';
import { utf16Of } from '#/check/rules/source.ts';
import { isPrivateHost } from '#/check/rules/local-hosts.ts';
import { pngChunks } from '#/check/rules/image-structure.ts';
import { decodeWorkOf, MAX_PNG_CHUNKS } from '#/check/rules/image-work.ts';
import { manyChunkPng } from '../../scripts/image-generators.ts';

const copy = newsroomCopies('r36a');

/** An article of `month` (`2025/03`) with its own headline and body unless given. */
const story = (month: string, title: string, body = `${title}: the one paragraph of this story.`) =>
  `---\ntitle: ${title}\ndescription: A standfirst for ${title}.\npublished: "${month.replace('/', '-')}-10T10:00:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n---\n\n${body}\n`;

/** The check's lines on the file field (where duplicate slugs are said), `path-after-articles/  message`. */
const fileLines = (content: string) =>
  checkNewsroom(content)
    .filter((d) => d.field === 'file' && d.file.includes('/articles/'))
    .map((d) => `${d.file.replace(/^.*\/articles\//, '')}  ${d.message.replaceAll(/\S*\/content\//g, 'content/')}`)
    .sort();

const MONTHS = Array.from({ length: 25 }, (_, i) => `${2023 + Math.floor(i / 12)}/${String((i % 12) + 1).padStart(2, '0')}`);

describe('36 #1: duplicate slugs, any group size', () => {
  it('a copied month folder is said once, on one of its files, not once per file', () => {
    const content = copy((c) => cpSync(join(c, 'articles/2026/11'), join(c, 'articles/2026/11 copy'), { recursive: true }));
    const lines = fileLines(content).filter((l) => l.includes('slug') || l.includes('copy of the folder'));
    expect(lines).toEqual([
      expect.stringMatching(/^2026\/11 copy\/[a-z-]+\.md {2}this file is in "11 copy", a copy of the folder "11" \(as the Finder, Explorer or a sync client names one\): it and the other file there that shares a slug with a file in content\/articles\/2026\/11 are copies, not stories of their own; delete the folder "11 copy"/),
    ]);
  });

  it('two identical files in a group of 25 under one slug are told "identical copy of", the rest a name each', () => {
    const content = copy((c) => {
      for (const [i, month] of MONTHS.entries()) {
        mkdirSync(join(c, 'articles', month), { recursive: true });
        writeFileSync(join(c, 'articles', month, 'market-notes.md'), story(month, `Market notes ${['alpha', 'bravo', 'charlie', 'delta', 'echo'][i % 5]} ${month}`));
      }
      // The same bytes in a second folder (of another month: its folder line aside, a copy).
      writeFileSync(join(c, 'articles/2026/10/market-notes.md'), story('2023/02', `Market notes bravo 2023/02`));
    });
    const lines = fileLines(content).filter((l) => l.includes('market-notes'));
    const identical = lines.filter((l) => l.includes('identical copy of'));
    expect(identical).toEqual([
      '2023/02/market-notes.md  this file is an identical copy of content/articles/2026/10/market-notes.md (the same size and SHA-256): one story in two files, not two stories; delete one of them (renamed instead, it would be published twice)',
      '2026/10/market-notes.md  this file is an identical copy of content/articles/2023/02/market-notes.md (the same size and SHA-256): one story in two files, not two stories; delete one of them (renamed instead, it would be published twice)',
    ]);
    // Every other file has its line: the first published keeps the name, each later one a free name with its year or day.
    const rest = lines.filter((l) => !l.includes('identical copy of') && /slug "market-notes"/.test(l));
    expect(rest).toHaveLength(24);
    expect(rest.filter((l) => l.includes('keeps the name, and each of the others'))).toEqual([expect.stringMatching(/^2023\/01\//)]);
    expect(rest.find((l) => l.startsWith('2024/05/'))).toMatch(/rename it to "market-notes-2024-05-10\.md"/);
    expect(rest.find((l) => l.startsWith('2025/01/'))).toMatch(/rename it to "market-notes-2025\.md"/);
  });

  it('a re-filed copy in a group of 25 is still told which version to keep', () => {
    const content = copy((c) => {
      for (const [i, month] of MONTHS.entries()) {
        mkdirSync(join(c, 'articles', month), { recursive: true });
        writeFileSync(join(c, 'articles', month, 'weekly-column.md'), story(month, `Column ${['alpha', 'bravo', 'charlie', 'delta', 'echo'][i % 5]} of ${month}`));
      }
      const refiled = story('2024/04', 'Column echo of 2024/03').replace('2024-04-10T10', '2024-04-01T10');
      writeFileSync(join(c, 'articles/2024/04/weekly-column.md'), refiled);
    });
    const lines = fileLines(content).filter((l) => l.includes('same story'));
    expect(lines).toEqual([
      expect.stringMatching(/^2024\/03\/weekly-column\.md {2}slug "weekly-column" is also used by content\/articles\/2024\/04\/weekly-column\.md: this file and that one are the same story .*so delete this file/),
      expect.stringMatching(/^2024\/04\/weekly-column\.md {2}slug "weekly-column" is also used by content\/articles\/2024\/03\/weekly-column\.md: .*this one is the later version .*so keep it/),
    ]);
  });

  it('same-story comparison of 5,000 files under one slug compares each with its nearest in date only', () => {
    const base = Date.parse('2020-01-01T00:00:00Z');
    const files: StoryFile[] = Array.from({ length: 5000 }, (_, i) => ({
      file: `f${i}.md`,
      id: 'notice',
      fm: { data: { title: 'Offices closed for the holiday', published: new Date(base + i * 3_600_000).toISOString() }, body: 'Offices are closed today. They open tomorrow.', bodyLine: 9 },
    }));
    const out = staleCopies(files);
    // Each is the same story as its neighbour an hour away: all but none are told a line, the latest to keep itself.
    expect(out.size).toBe(5000);
    expect(out.get(files[4999]!)).toMatch(/^slug "notice" is also used by f4998\.md: .*this one is the later version/);
    expect(out.get(files[0]!)).toMatch(/^slug "notice" is also used by f1\.md: .*that one is the later version/);
  }, 30_000);
});

describe('36 #2: a lone carriage return, a UTF-16 file', () => {
  const body = (text: string) => `${testFrontmatter()}${text}`;
  it('a CR alone in the body is one error at its line and column, naming the other lines; CRLF is fine', () => {
    const lines = checkArticles({ 'probe-cr.md': body('First paragraph of the probe story.\n\nA line\rbroken by a CR alone.\n\nAnother\rone, and\ranother.\n\nA CRLF line.\r\nIts end.\n') });
    expect(lines).toEqual([
      'probe-cr.md:11:7 body  a lone carriage return (CR not followed by LF) is here (and on line 13): the page breaks the line at it, where this check and most editors see one line; save the file with LF or CRLF line endings',
    ]);
    expect(checkArticles({ 'probe-crlf.md': body('First paragraph of the probe story.\r\n\r\nA second one.\r\n').replaceAll(/(?<!\r)\n/g, '\r\n') })).toEqual([]);
  });

  const text = body('First paragraph of the probe story, in plain words.\n');
  const utf16le = (s: string) => Buffer.from(s, 'utf16le');
  const utf16be = (s: string) => Buffer.from(utf16le(s).map((_, i, b) => b[i ^ 1]!));
  it.each([
    ['little-endian, with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)])],
    ['big-endian, with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['little-endian', utf16le(text)],
    ['big-endian', utf16be(text)],
  ])('UTF-16 %s: one line', (kind, bytes) => {
    expect(checkArticles({ 'probe-wide.md': bytes })).toEqual([`probe-wide.md:1:1 file  the file is UTF-16 (${kind}), not UTF-8: save it as UTF-8 (in the editor's "Save as" or "Encoding" menu)`]);
  });

  it('UTF-8 Pashto or Chinese text is not taken for UTF-16', () => {
    expect(utf16Of(Buffer.from(body('د کابل ښار کې سوداګر وايي چې بيې لوړې شوې دي.\n\n喀布尔的商人说价格上涨了。\n')))).toBeUndefined();
  });
});

describe('36 #3: addresses on the newsroom\'s private network are a warning naming the field', () => {
  it.each(['10.1.2.3', '192.168.0.10', '172.20.5.5', 'cms.internal', 'wiki.corp', 'intranet', '[fd12::1]', '[::ffff:10.0.0.1]', '169.254.1.1'])('%s is private; public and own-machine hosts are told apart', (host) => {
    expect(isPrivateHost(new URL(`http://${host}/x`).hostname)).toBe(true);
  });
  it('public hosts are not private; the own machine is private too (and keeps its error)', () => {
    for (const host of ['example.org', '172.32.0.1', '8.8.8.8', '[2001:db8::1]', '100.128.0.1']) expect(isPrivateHost(new URL(`http://${host}/`).hostname), host).toBe(false);
    for (const host of ['localhost', '127.0.0.2', '[::1]', 'news.local']) expect(isPrivateHost(new URL(`http://${host}/`).hostname), host).toBe(true);
  });

  it('a body link, a canonical and an author url on 10.x or *.internal: one warning each, naming the field', () => {
    const content = copy((c) => {
      writeFileSync(join(c, 'articles/2026/11/probe-intranet.md'), `${testFrontmatter({ canonical: 'http://cms.internal/story/1' })}See [the draft](http://10.0.4.2:8080/drafts/1) and [the preview](http://localhost:4321/articles/x/).\n`);
      writeFileSync(join(c, 'authors/zarlasht-niazai.md'), '---\nname: Zarlasht Niazai\nurl: https://192.168.1.20/people/zarlasht\n---\n\nZarlasht Niazai reports on the economy.\n');
    });
    const lines = checkNewsroom(content)
      .filter((d) => d.file.endsWith('probe-intranet.md') || d.file.endsWith('zarlasht-niazai.md'))
      .map((d) => `${d.file.replace(/^.*\//, '')}:${d.line} ${d.field} ${d.severity}  ${d.message}`);
    expect(lines).toEqual([
      'probe-intranet.md:7 canonical warning  http://cms.internal/story/1 is on cms.internal, an address on a private network, which only works inside the newsroom\'s network: readers and search engines elsewhere cannot open it; give the original story\'s public address, or remove "canonical"',
      'probe-intranet.md:10 link warning  link [the draft](http://10.0.4.2:8080/drafts/1) is on 10.0.4.2:8080, an address on a private network, which only works inside the newsroom\'s network: readers and search engines elsewhere cannot open it; link the public address, or remove the link',
      expect.stringMatching(/^probe-intranet\.md:10 link error {2}link \[the preview\]\(http:\/\/localhost:4321\/articles\/x\/\) points to localhost:4321, a server on your own machine/),
      'zarlasht-niazai.md:3 url warning  https://192.168.1.20/people/zarlasht is on 192.168.1.20, an address on a private network, which only works inside the newsroom\'s network: readers and search engines elsewhere cannot open it; give the author\'s public page elsewhere (their own site or profile), or remove "url"',
    ]);
  });
});

describe('36 #4: a PNG of more than 10,000 chunks is refused in one line', () => {
  it('the chunks are counted to one past the cap, over the whole file when the header holds fewer', () => {
    expect(pngChunks(manyChunkPng(12), MAX_PNG_CHUNKS)).toBe(12);
    const big = manyChunkPng(MAX_PNG_CHUNKS + 5_000);
    expect(decodeWorkOf(big.subarray(0, 1024), big.length, () => big)?.chunks).toBe(MAX_PNG_CHUNKS + 1);
    expect(decodeWorkOf(manyChunkPng(40), 2_000, () => manyChunkPng(40))?.chunks).toBe(40);
  });

  it('as a lead image and as a body image: one line each; 10,000 chunks pass', async () => {
    const sharp = (await import('sharp')).default;
    // The generator's file is a PNG the pipeline's decoder reads.
    expect((await sharp(manyChunkPng(MAX_PNG_CHUNKS)).metadata()).width).toBe(1);
    const lines = checkArticles({
      'images/many-chunks.png': manyChunkPng(MAX_PNG_CHUNKS + 1),
      'images/enough-chunks.png': manyChunkPng(MAX_PNG_CHUNKS),
      'probe-chunks.md': `${testFrontmatter({ image: '\n  src: ./images/many-chunks.png\n  alt: A flat grey square.' })}A paragraph before the photo.\n\n![A flat grey square](./images/many-chunks.png)\n\n![Another grey square](./images/enough-chunks.png)\n`,
    });
    const refusal = '"./images/many-chunks.png" is a PNG of more than 10,000 chunks (an ordinary one has a few dozen), each of which the decoder reads and checks; export it again as an ordinary PNG, or as a JPEG or WebP';
    expect(lines).toEqual([`probe-chunks.md:8:8 image.src  ${refusal}`, `probe-chunks.md:14:1 body  image ![A flat grey square](./images/many-chunks.png) ${refusal}`]);
    expect(lines.filter((l) => l.includes('enough-chunks'))).toEqual([]);
  });
});
