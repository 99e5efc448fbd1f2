/**
 * Round 37, helper f: an animated GIF's frames weigh in the pixel budget as the build's work on them; a raw-HTML
 * link's unsafe scheme is quoted as typed; an alias part too long for a file name gets its fix; `npm run new`
 * quotes in tags; `lang: fa` dates; titles and other text fields with characters no font draws.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodedPixels } from '#/check/rules/image-budget.ts';
import { decodeLocalImages } from '#/check/rules/image-decode.ts';
import { tagsOption } from '#/check/scaffold-options.ts';
import { formatNewsDate, parseNewsDate } from '#/domain/dates.ts';
import { articleLocale } from '#/i18n/locale.ts';
import { manyFrameGif, manyFrameWebp } from '../../scripts/image-generators.ts';
import { ROOT } from '../helpers/build-overlay.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { ANIMATION_WEIGHT } from '#/check/rules/image-work.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-r37f-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** The budget's lines for one article showing the image `bytes` in its body (as the check and the build ask). */
const budgetLines = async (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const use = { file: 'a.md', field: 'body', line: 11, column: 1, path, src: `./images/${name}`, label: `image ![Animated chart](./images/${name})` };
  return (await decodeLocalImages([use])).map((d) => `${d.file}:${d.line}:${d.column} ${d.field}  ${d.message}`);
};

describe('#1 an animated GIF weighs in the pixel budget as the build converts every frame', () => {
  it('340 frames of 540×540 (99 megapixels of frames): one line with the fix', async () => {
    expect(ANIMATION_WEIGHT).toBe(15);
    expect(await budgetLines('anim.gif', manyFrameGif(340, 540))).toEqual([
      "a.md:11:1 body  image ![Animated chart](./images/anim.gif) brings the article's photos to 1,487 megapixels (1 photo; this one, an animated GIF of 340 frames of 540×540, each decoded and converted when the page is built, counts 15 times its 99 megapixels); the limit is 300 megapixels per article, as every build decodes each photo and resizes it to four widths; post a still image or a link to a video instead (alone in an article, at most 68 frames of 540×540 fit), export smaller copies (2,400 pixels wide is plenty for the web) or split the article",
    ]);
  });

  it('a short animation and a still of the same size are within the budget', () => {
    writeFileSync(join(dir, 'long.gif'), manyFrameGif(340, 540));
    expect(decodedPixels(join(dir, 'long.gif')).pixels).toBe(340 * 540 * 540 * ANIMATION_WEIGHT);
    writeFileSync(join(dir, 'short.gif'), manyFrameGif(60, 540));
    expect(decodedPixels(join(dir, 'short.gif'))).toMatchObject({ pixels: 60 * 540 * 540 * ANIMATION_WEIGHT });
    writeFileSync(join(dir, 'still.gif'), manyFrameGif(1, 2000));
    expect(decodedPixels(join(dir, 'still.gif'))).toEqual({ pixels: 4_000_000 });
    // An animated WebP is converted frame by frame too.
    writeFileSync(join(dir, 'three.webp'), manyFrameWebp(3));
    expect(decodedPixels(join(dir, 'three.webp'))).toMatchObject({ pixels: 3 * ANIMATION_WEIGHT, heavy: expect.stringMatching(/^an animated WebP of 3 frames of 1×1, .* counts 15 times/) });
  });
});

describe('#2 a raw-HTML link is quoted as typed in the file', () => {
  const story = (body: string) => `${testFrontmatter()}Bakers in Kabul cut the size of the loaf on Thursday.\n\n${body}\n`;

  it('a character reference in the scheme is quoted as written, not decoded', () => {
    expect(checkArticles({ 'a.md': story('Read <a title="x>y" href="jav&#x0A;ascript:alert(1)">the note</a> here.') })).toEqual([
      'a.md:11:6 link  link jav&#x0A;ascript:alert(1) uses the unsafe link scheme "javascript:", which pages never keep; link to a web page (https://…) or remove it',
    ]);
    expect(checkArticles({ 'a.md': story(`Read <A class=x HREF='jav&Tab;ascript:${'a'.repeat(300)}'>the note</A> here.`) })).toEqual([
      `a.md:11:6 link  link jav&Tab;ascript:${'a'.repeat(103)}… uses the unsafe link scheme "javascript:", which pages never keep; link to a web page (https://…) or remove it`,
    ]);
  });
});

describe('#3 an alias part too long for a file name gets its fix', () => {
  it('300 bytes in one part: one line saying how long and what to do', () => {
    const story = (alias: string) => `${testFrontmatter({ aliases: `["${alias}"]` })}Bakers in Kabul cut the size of the loaf on Thursday.\n`;
    const lines = checkArticles({ 'a.md': story(`/${'a'.repeat(300)}/`) });
    expect(lines).toEqual([
      `a.md:7:11 aliases[0]  "/${'a'.repeat(59)}…${'a'.repeat(11)}/" has a part of 300 bytes ("${'a'.repeat(60)}…${'a'.repeat(12)}"), longer than the 200 bytes a file name may hold, so it cannot be written as a file; shorten that part to at most 200 bytes (UTF-8, after %-escapes are decoded), or send the old address on with the host's redirect rules and remove it here`,
    ]);
    // Counted as written to disk: 100 "ش" (%D8%B4) are 200 bytes, within the limit.
    expect(checkArticles({ 'a.md': story(`/${'%D8%B4'.repeat(100)}/`) })).toEqual([]);
  });
});

describe('#4 npm run new --tags honours quotes (a topic may hold a comma)', () => {
  it('a quoted topic is one tag without its quotes; an unclosed quote or words after one: one line', () => {
    expect(tagsOption(['"quoted, tag"'])).toEqual({ tags: ['quoted, tag'] });
    expect(tagsOption(['rail, “Kabul, Herat road” , trade', 'Torkham'])).toEqual({ tags: ['rail', 'Kabul, Herat road', 'trade', 'Torkham'] });
    expect(tagsOption(['rail, He said "no"'])).toEqual({ tags: ['rail', 'He said "no"'] });
    expect(tagsOption(['rail, "quoted, tag'])).toEqual({
      problem: '--tags: the quote in "\\"quoted, tag" is never closed; close it around the topic ("Kabul, Herat road" is one topic with its comma), or remove it (nothing was written)',
    });
    expect(tagsOption(['"Kabul" road, rail'])).toEqual({
      problem: '--tags: "\\"Kabul\\" road" has words after its closing quote; put the whole topic in the quotes, or write it without them (nothing was written)',
    });
  });

  it('the draft lists the quoted topic as one tag', () => {
    const content = newsroomCopies('r37f-new')(() => {});
    const run = spawnSync(process.execPath, ['scripts/new.ts', 'Quoted topics reach the draft', '--tags', '"quoted, tag"'], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const file = /created (\S+)/.exec(run.stdout)![1]!;
    expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/^tags: \["quoted, tag"\]$/m);
    const refused = spawnSync(process.execPath, ['scripts/new.ts', 'Quoted topics reach the draft again', '--tags', '"quoted, tag'], { cwd: ROOT, env: { ...process.env, DATELINE_CONTENT_DIR: content }, encoding: 'utf8' });
    expect([refused.status, refused.stderr.trim()]).toEqual([2, 'new: --tags: the quote in "\\"quoted, tag" is never closed; close it around the topic ("Kabul, Herat road" is one topic with its comma), or remove it (nothing was written)']);
  });
});

describe('#5 lang: fa dates in the Solar Hijri calendar, as fa-AF and ICU do', () => {
  it('20 November 2026 in fa is 29 Aban 1405, in fa-AF 29 Aqrab 1405 (both Solar Hijri)', () => {
    const parsed = parseNewsDate('2026-11-20', 'Asia/Kabul');
    if (!parsed.ok) throw new Error(parsed.problem);
    const shown = (lang: string) => formatNewsDate(parsed.date, { locale: articleLocale(lang).locale, timeZone: 'Asia/Kabul' });
    expect(shown('fa')).toContain('۱۴۰۵');
    expect(shown('fa')).not.toContain('۲۰۲۶');
    expect([shown('fa'), shown('fa-AF')]).toEqual(['۲۹ آبان ۱۴۰۵', '۲۹ عقرب ۱۴۰۵']);
    expect(shown('fa-AF')).toContain('۱۴۰۵');
  });
});

describe('#6 text fields holding characters no font draws as meant', () => {
  const story = (fields: Record<string, string>) => `${testFrontmatter(fields)}Bakers in Kabul cut the size of the loaf on Thursday.\n`;

  it('a leading combining mark, a private-use or unassigned code point, a lone skin tone: one line each, field named', () => {
    expect(checkArticles({
      'a.md': story({ title: '"\\u0301Kabul bakers cut loaf size"' }),
      'b.md': story({ description: '"Bakers \\uE000 cut the loaf."' }),
      'c.md': story({ dateline: '"KABUL \\U000E0FFF"' }),
      'd.md': story({ tags: '["rail \\U0001F3FD"]' }),
    }).map((l) => l.replace(/ \(1[0-9.]*\)/, ' (N)'))).toEqual([
      'a.md:2:8 title  starts with U+0301, a combining mark with no letter before it to sit on (it shows on a dotted circle); remove it, or type it right after its letter',
      'b.md:3:14 description  contains U+E000, a private-use character, which no standard font draws (readers, feeds and social cards show a box, or nothing); remove it, or write the symbol or words it stood for',
      'c.md:7:11 dateline  contains U+E0FFF, a code point Unicode (N) has not assigned, which no font draws (readers see a box); remove it, or retype the character meant',
      'd.md:7:8 tags[0]  contains U+1F3FD, a skin-tone modifier with no emoji before it to colour, so it shows as a colour swatch; put it right after the emoji it colours (👋🏽), or remove it',
    ]);
  });

  it('marks on letters, toned emoji and ordinary text pass', () => {
    expect(checkArticles({
      'a.md': story({ title: '"Café owners wave 👋🏽 at the new bus"', description: '"Kabul’s bakers, مُحَمَّد says, cut the loaf."', tags: '["rail", "👍🏿 fans"]' }),
    })).toEqual([]);
  });
});
