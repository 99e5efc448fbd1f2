/**
 * The sixth blind round's findings 3, 4, 7, 8 and 11 (issue 10): invisible characters typed raw into bodies,
 * language tags the W3C checker refuses, misnamed article files, heading ids in composed form, and `canonical`
 * on this site's host naming something other than an article.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = Date.parse('2026-11-29T12:00:00Z');
const TALKS = 'articles/2026/11/transit-talks-open-in-doha-with-trade-on-the-agenda.md';
const WHEAT = 'articles/2026/10/wheat-prices-ease-as-northern-harvest-reaches-markets.md';
const work = mkdtempSync(join(tmpdir(), 'dateline-round6-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The base newsroom with each file's text changed by `edit`; the check's lines (path inside content/). */
function checkLines(edits: Record<string, (text: string) => string>): string[] {
  const dir = mkdtempSync(join(work, 'case-'));
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(dir, 'content'), { recursive: true });
  for (const [rel, edit] of Object.entries(edits)) {
    const path = join(dir, 'content', rel);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  const { diagnostics } = checkContent({ root: ROOT, contentDir: join(dir, 'content'), visibility: { now: NOW, includeDrafts: false } });
  return diagnostics.map((d) => `${d.file.replace(/^.*?content\//, '')}:${d.line}:${d.column}  ${d.field}  ${d.message}`);
}

const bodyProblems = (body: string) => checkBodyText(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);

describe('invisible characters typed raw in a body (finding 3)', () => {
  it.each([
    ['\u200B', 'U+200B (zero-width space)'],
    ['\u2060', 'U+2060 (word joiner)'],
    ['\u2061', 'U+2061'],
    ['\u2062', 'U+2062 (invisible times)'],
    ['\u2063', 'U+2063'],
    ['\u2064', 'U+2064 (invisible plus)'],
    ['\uFEFF', 'U+FEFF'],
    ['\u034F', 'U+034F (combining grapheme joiner)'],
    ['\u115F', 'U+115F'],
    ['\u1160', 'U+1160'],
    ['\u3164', 'U+3164'],
    ['\uFFA0', 'U+FFA0'],
    ['\u180E', 'U+180E (Mongolian vowel separator)'],
    ['\u17B4', 'U+17B4'],
    ['\u17B5', 'U+17B5'],
    ['\u2028', 'U+2028 (line separator)'],
    ['\u2029', 'U+2029'],
    ['\u{E0041}', 'U+E0041'],
    ['\u0007', 'U+0007'],
  ])('raw %j is refused with its line, column and name, as its reference is', (ch, named) => {
    const lines = bodyProblems(`First paragraph.\n\nKabul talks${ch}resume after the break, officials said.`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^12:12 contains the invisible control character .*; retype the text without it$/);
    expect(lines[0]).toContain(named);
    const reference = bodyProblems(`Kabul talks&#x${ch.codePointAt(0)!.toString(16)};resume.`);
    expect(reference).toHaveLength(1);
    expect(reference[0]).toContain('a reference is refused where the character itself is');
  });

  it('a run is one line, and only the first three places are shown with the rest counted', () => {
    expect(bodyProblems(`Kabul${'\u200B'.repeat(50)} talks.`)).toEqual([
      '10:6 contains a run of 50 invisible characters starting with U+200B (zero-width space); retype the text without them',
    ]);
    const lines = bodyProblems(['a\u200Bb', 'c\u2060d', 'e\uFEFFf', 'g\u200Bh', 'i\u200Bj'].join('\n'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^12:2 .*U\+FEFF.*\(and 2 more places in this body with invisible characters after this one\)$/);
  });

  it('a body of 330,000 zero-width spaces and one word is refused (it no longer passes as text)', () => {
    const lines = bodyProblems(`${'\u200B'.repeat(330_000)}end`);
    expect(lines).toEqual(['10:1 contains a run of 330,000 invisible characters starting with U+200B (zero-width space); retype the text without them']);
  });

  it('code is included (what readers copy must be what they see)', () => {
    expect(bodyProblems('Run `git\u200Bpush` now.\n\n```\nrm\u2060 -rf\n```').map((l) => l.split(' ')[0])).toEqual(['10:9', '13:3']);
  });

  it.each([
    ['Persian ZWNJ', 'می‌شود و خانه‌ها'],
    ['Pashto ZWNJ', 'د ښار په کوڅو کې خلک‌ ګرځي'],
    ['emoji ZWJ sequences', 'Doctors 👩‍⚕️ and a family 👨‍👩‍👧 and 🫱🏽‍🫲🏼.'],
    ['the Scotland flag (tag letters in a flag)', 'Flag 🏴󠁧󠁢󠁳󠁣󠁴󠁿 here.'],
    ['direction marks', 'Mixed \u200Ftext\u200E and \u061C mark.'],
    ['soft hyphen and no-break space', 'Afghani\u00ADstan\u00A0today.'],
    ['a single emoji variation selector', 'Heart ❤️ here.'],
  ])('%s stay allowed', (_, body) => {
    expect(bodyProblems(body)).toEqual([]);
  });

  it('is linear: a 1 MiB body of scattered invisible characters is checked in one pass', () => {
    const body = 'word\u200B '.repeat(170_000);
    const started = performance.now();
    const lines = bodyProblems(body);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('169,997 more places');
    // Not a timing assertion on the budget (that is the stress script's): only that nothing went quadratic.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('lang: what the W3C Nu checker accepts (finding 4)', () => {
  const problem = async (tag: string) => (await import('#/domain/language-tags.ts')).languageTagProblem(tag);

  it.each([
    ['fa-x-u-ca-chinese', 'the private-use subtag "u" (after "-x-") is a single character', 'write "fa"'],
    ['en-US-x-a', 'the private-use subtag "a"', 'write "en-US"'],
    ['en-u-ca-gregory-ca-persian', 'repeats the key "ca" in its -u- extension', 'write "en-u-ca-gregory"'],
    ['en-u-nu-latn-nu-arab', 'repeats the key "nu"', 'write "en-u-nu-latn"'],
    ['zzz', '"zzz" is not a language in the IANA language subtag registry', 'check the code'],
    ['en-999', 'the region "999" is not in the IANA language subtag registry', 'write "en"'],
    ['fa-Xyzw-AF', 'the script "Xyzw"', 'write "fa-AF"'],
    ['en-rozaj', 'the variant "rozaj" is registered only after "sl"', 'write "en"'],
    ['en-a-bbb', 'the extension "-a-bbb" is not a registered one', 'write "en"'],
    ['art-lojban', 'grandfathered', 'write "jbo"'],
  ])('%s is refused with the tag to write', async (tag, what, fix) => {
    const message = await problem(tag);
    expect(message).toContain(what);
    expect(message).toContain(fix);
  });

  it.each(['ps', 'fa-AF', 'prs', 'haz', 'ps-Arab-AF', 'en-US-x-twain', 'qaa', 'en-u-hc-h24', 'fa-AF-u-ca-persian-nu-latn', 'sl-rozaj-biske', 'de-CH-1901', 'en-t-fa', 'en-001', 'en-QM'])(
    '%s is taken',
    async (tag) => {
      expect(await problem(tag)).toBeUndefined();
    },
  );

  it('the schema says the same, and a tag it refuses is dropped from raw HTML by the renderer', async () => {
    const { languageTag } = await import('#/schemas/fields.ts');
    expect(languageTag.safeParse('fa-x-u-ca-chinese').error?.issues[0]?.message).toContain('write "fa"');
    expect(languageTag.safeParse('Pashto').error?.issues[0]?.message).toBe('"Pashto" is the language\'s name; write its tag, "ps"');
    expect(languageTag.safeParse('Pashtu-x').error?.issues[0]?.message).toBe('must be a BCP 47 language tag such as "ps", "fa-AF" or "ar"');
    const { createMarkdownRenderer } = await import('#/markdown/pipeline.ts');
    const { html } = createMarkdownRenderer()('<p><span lang="fa-x-u-ca-chinese">a</span> <span lang="sl-rozaj-biske">b</span></p>');
    expect(html).toContain('<span>a</span>');
    expect(html).toContain('lang="sl-rozaj-biske"');
  });
});

describe('heading ids in composed form (finding 8)', () => {
  const NFD = 'R\u0065\u0301sume\u0301 NFD';

  it('a heading typed decomposed gets the composed id, byte for byte what a link typed the usual way names', () => {
    const { html } = createMarkdownRenderer()(`## ${NFD}\n\nSee [it](#r\u00E9sum\u00E9-nfd).`);
    expect(html).toContain('id="r\u00E9sum\u00E9-nfd"');
    // The link is percent-encoded as Markdown links are; browsers decode it and compare code points with the id.
    const href = /href="#([^"]+)"/.exec(html)?.[1] ?? '';
    expect(decodeURIComponent(href)).toBe('r\u00E9sum\u00E9-nfd');
    expect(/ id="([^"]+)"/.exec(html)?.[1]).toBe('r\u00E9sum\u00E9-nfd');
  });

  it('the check takes a composed link to it from another article', () => {
    const lines = checkLines({
      [WHEAT]: (t) => `${t}\n## ${NFD}\n\nMore.\n`,
      [TALKS]: (t) => `${t}\nSee [e](/articles/wheat-prices-ease-as-northern-harvest-reaches-markets/#r\u00E9sum\u00E9-nfd).\n`,
    });
    expect(lines).toEqual([]);
  });

  it('a link typed decomposed is told so, with the id to write', () => {
    const lines = checkLines({
      [WHEAT]: (t) => `${t}\n## R\u00E9sum\u00E9 NFC\n\nMore.\n`,
      [TALKS]: (t) => `${t}\nSee [e](/articles/wheat-prices-ease-as-northern-harvest-reaches-markets/#re\u0301sume\u0301-nfc).\n`,
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('with accents typed as separate marks (decomposed');
    expect(lines[0]).toContain('(the id is #r\u00E9sum\u00E9-nfc)');
  });
});

describe('canonical on this site may only name an article (finding 11)', () => {
  const withCanonical = (url: string) => checkLines({ [WHEAT]: (t) => t.replace('section: economy\n', `section: economy\ncanonical: "${url}"\n`) });
  const SITE = 'https://dateline.example.org';

  it.each([
    ['/favicon.svg', '/favicon.svg of this site, not an article'],
    ['/rss.xml', '/rss.xml of this site, not an article'],
    ['/', 'the front page of this site, not an article'],
    ['', 'the front page of this site, not an article'],
    ['/404.html', '/404.html of this site'],
    ['/search/', '/search/ of this site'],
    ['/sections/economy/', '/sections/economy/ of this site'],
    ['/sitemap-index.xml', '/sitemap-index.xml of this site'],
    ['/og-card.png', '/og-card.png of this site'],
    ['/robots.txt', '/robots.txt of this site'],
    ['/tags/wheat/', '/tags/wheat/ of this site'],
  ])('%s is refused with what a canonical on this host must be', (path, what) => {
    const lines = withCanonical(`${SITE}${path}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^articles\/2026\/10\/wheat-[^:]+\.md:8:12  canonical  /);
    expect(lines[0]).toContain(what);
    expect(lines[0]).toContain(`a canonical on this site's host must be the page of another published article, ${SITE}/articles/<slug>/`);
  });

  it.each([
    ['/articles/envoy-lands-in-kabul-ahead-of-doha-round', 'write https://dateline.example.org/articles/envoy-lands-in-kabul-ahead-of-doha-round/'],
    ['/articles/envoy-lands-in-kabul-ahead-of-doha-round/?utm=x', 'in another form than its page\'s address'],
    ['/articles/envoy-lands-in-kabul-ahead-of-doha-round/#top', 'in another form than its page\'s address'],
  ])('%s (an article in another form) gets the address to write', (path, words) => {
    const lines = withCanonical(`${SITE}${path}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(words);
  });

  it('the page of another published article is taken, and an address elsewhere too', () => {
    expect(withCanonical(`${SITE}/articles/envoy-lands-in-kabul-ahead-of-doha-round/`)).toEqual([]);
    expect(withCanonical('https://wire.example.com/2026/10/wheat.html')).toEqual([]);
  });
});
