/**
 * Round 11, findings 1 and 4, on built pages. (1) Pashto written with its ISO 639-3 codes (`pbu`, `pbt`, `pst`)
 * gets Pashto everywhere: byline, dates, Related, the footnotes' heading and "Back to reference" labels. (4) Two
 * Arabic-script authors on an English page: every interpolated name (byline, card byline, "With …", source,
 * dateline, section) is isolated with `<bdi>`, so the reader sees the byline in its order; the pages still pass the
 * W3C Nu HTML Checker.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '#/i18n/locale.ts';
import { buildOnce, ROOT, writeOverlayFile } from '../helpers/build-overlay.ts';

const PASHTO = messagesFor('ps');
const PASHTO_CODES = ['pbu', 'pbt', 'pst'];
const VNU_JAR = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

const front = (fields: string) => `---\n${fields}published: "2026-11-20T09:30:00+04:30"\nsection: economy\n---\n\n`;

const build = buildOnce('page-language-bidi', (overlay) => {
  writeOverlayFile(overlay, 'authors/t-a1.md', '---\nname: احمد ولی\n---\n');
  writeOverlayFile(overlay, 'authors/t-a2.md', '---\nname: محمود شاه\n---\n');
  for (const lang of PASHTO_CODES) {
    writeOverlayFile(
      overlay,
      `articles/2026/11/t-lang-${lang}.md`,
      `${front(`title: د غنمو بیې راټیټې شوې ${lang}\ndescription: د غنمو بیې راټیټې شوې.\nauthors: [t-a1]\nlang: ${lang}\nrelated: [t-bidi-byline]\ntags: [سوله]\n`)}د غنمو بیې[^1] راټیټې شوې.\n\n[^1]: د وزارت شمېرې.\n`,
    );
  }
  writeOverlayFile(
    overlay,
    'articles/2026/11/t-bidi-byline.md',
    `${front('title: Wheat prices ease in Kabul\ndescription: Flour is cheaper this week.\nauthors: [t-a1, t-a2, nadia-rahyab]\nsource: آژانس باختر\ndateline: کابل\ntags: [سوله]\n')}Flour is cheaper this week.\n`,
  );
});

const page = (path: string) => readFileSync(join(build().dist, path, 'index.html'), 'utf8');

describe('language and bidi on built pages', () => {
  it('builds', () => {
    if (build().code !== 0) console.error(build().output.slice(-3000));
    expect(build().code).toBe(0);
  });

  it.each(PASHTO_CODES)('lang: %s gets Pashto labels everywhere, the footnotes included', (lang) => {
    const html = page(`articles/t-lang-${lang}`);
    const story = /<article class="story"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    expect(story).toContain(PASHTO.byBefore.trim());
    expect(story).toContain(PASHTO.published);
    expect(story).toContain(`>${PASHTO.footnotes}</h2>`);
    expect(story).toContain(`aria-label="${PASHTO.backToReference('۱')}"`);
    expect(html).toContain(`>${PASHTO.related}</h2>`);
    // Dates in Pashto with Eastern Arabic digits, never the English "Nov 20, 2026, 9:30 AM AFT".
    expect(story).toMatch(/<time datetime="2026-11-20T09:30:00\+04:30">[^<]*[۰-۹][^<]*<\/time>/);
    expect(story).not.toMatch(/>By |Published|Footnotes|Back to reference|Related|Nov 20| AM | PM /);
  });

  it('two right-to-left authors on an English page: each name, the source and the dateline in <bdi>', () => {
    const html = page('articles/t-bidi-byline');
    const byline = /<span class="byline"[^>]*>([\s\S]*?)<\/span>\s*<\/p>/.exec(html)?.[1] ?? '';
    expect(byline).toMatch(
      /^By <bdi><a href="\/authors\/t-a1\/" rel="author">احمد ولی<\/a><\/bdi>, <bdi><a href="\/authors\/t-a2\/" rel="author">محمود شاه<\/a><\/bdi>, and <bdi><a href="\/authors\/nadia-rahyab\/" rel="author">Nadia Rahyab<\/a><\/bdi> for <bdi class="byline-source">آژانس باختر<\/bdi>$/,
    );
    expect(html).toContain('<p class="dateline"><bdi>کابل</bdi> —</p>');
  });

  it('cards, the author page and a topic page isolate names too ("By …", "With …", the section, the tag)', () => {
    const section = page('sections/economy');
    const card = /<article class="card[^"]*">(?:(?!<\/article>)[\s\S])*t-bidi-byline(?:(?!<\/article>)[\s\S])*<\/article>/.exec(section)?.[0] ?? '';
    expect(card).toContain('By <bdi>احمد ولی</bdi>, <bdi>محمود شاه</bdi>, and <bdi>Nadia Rahyab</bdi> for <bdi class="byline-source">آژانس باختر</bdi>');
    const author = page('authors/t-a2');
    expect(author).toContain('With <bdi>احمد ولی</bdi> and <bdi>Nadia Rahyab</bdi>');
    expect(page('tags/سوله')).toContain('<p class="list-description">Articles about <bdi>سوله</bdi></p>');
    const home = page('');
    expect(home).toMatch(/<bdi><a class="card-section" href="\/sections\/[a-z-]+\/">/);
  });

  it('the pages pass the W3C Nu HTML Checker', () => {
    const files = ['articles/t-bidi-byline', 'articles/t-lang-pbt', 'sections/economy', 'authors/t-a2', 'tags/سوله'].map((p) => join(build().dist, p, 'index.html'));
    const run = spawnSync('java', ['-Xss2m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
    expect(report.messages.filter((m) => m.type !== 'info').map((m) => `${m.url?.split('/').slice(-2).join('/') ?? ''}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
  });
});
