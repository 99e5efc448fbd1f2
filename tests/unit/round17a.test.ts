/**
 * Round 17a (issue 10 leftovers): small fixes in the content check, the renderer and the build.
 */
import { describe, expect, it, vi } from 'vitest';
import { datelineDash } from '#/check/rules/dateline-prefix.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';
import { interruptedParagraphs } from '#/check/rules/interrupted-paragraphs.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { problems } from '../helpers/html-safety.ts';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '#/check/content-check.ts';
import { sitePages } from '#/check/rules/site-pages.ts';
import { missingPage } from '#/check/rules/missing-page.ts';
import { removeStaleOutputs } from '#/build/stale-outputs.ts';

// The real rule, counted (item 2): the texts it was computed for, called directly or through a body's shared answer.
const amplificationAsked = vi.hoisted(() => [] as string[]);
vi.mock('#/check/rules/amplification.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('#/check/rules/amplification.ts')>();
  return {
    ...real,
    checkAmplification: (body: string, bodyLine: number) => {
      amplificationAsked.push(body);
      return real.checkAmplification(body, bodyLine);
    },
    amplificationOf: (body: string, bodyLine: number) => {
      const answer = real.amplificationOf(body, bodyLine);
      let asked = false;
      return () => {
        if (!asked) amplificationAsked.push(body);
        asked = true;
        return answer();
      };
    },
  };
});

/** How many times `fn` calls `new RegExp(…)` (a literal `/…/` does not go through the constructor). */
function regExpConstructions(fn: () => void): number {
  const Original = globalThis.RegExp;
  let count = 0;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      count++;
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    fn();
  } finally {
    globalThis.RegExp = Original;
  }
  return count;
}

describe('datelineDash (item 1)', () => {
  it('builds no RegExp per call, and answers as before', () => {
    expect(regExpConstructions(() => {
      for (let i = 0; i < 10; i++) datelineDash(`KABUL ${i} —`);
    })).toBe(0);
    expect(datelineDash('KABUL —')).toBe('KABUL');
    expect(datelineDash('KABUL -')).toBe('KABUL');
    expect(datelineDash('KABUL ―')).toBe('KABUL');
    expect(datelineDash('KABUL')).toBeUndefined();
    expect(datelineDash('—')).toBeUndefined();
    expect(datelineDash('Kabul-based')).toBeUndefined();
  });
});

describe('the amplification limits, once per body (item 2)', () => {
  it('a first check asks once for a body with links, footnotes and a numeric reference in raw HTML, and still reports what it finds', () => {
    const body = 'Ploughed zqxv fields.\n\nSee [the story](https://example.org/) and a note.[^1]\n\n<span>5 &#150; 6</span>\n\n[^1]: The note.\n';
    amplificationAsked.length = 0;
    expect(checkArticles({ 'once.md': testFrontmatter() + body })).toEqual([
      expect.stringMatching(/^once\.md:13:\d+ body  .*&#150;/),
    ]);
    expect(amplificationAsked.filter((text) => text.includes('zqxv'))).toHaveLength(1);
  });
  it('a body over a limit is still reported once, and its links are not parsed', () => {
    const body = `Ploughed zqxv fields.\n\n${'_a*'.repeat(1_200)}\n\nSee [the story](../10/no-such-story.md).\n`;
    amplificationAsked.length = 0;
    const lines = checkArticles({ 'over.md': testFrontmatter() + body });
    expect(lines.filter((l) => l.includes('could open emphasis'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('no-such-story'))).toEqual([]);
    expect(amplificationAsked.filter((text) => text.includes('zqxv'))).toHaveLength(1);
  });
});

describe('a label ending with ":" introduces a list on purpose (item 3)', () => {
  const lines = (body: string) => interruptedParagraphs(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);

  it('a one-item list after a label passes: ":", the full-width "：", the small "﹕", in bold, in a quote, in Dari', () => {
    for (const body of [
      'Key points:\n- trade',
      'Results:\n1. 40 schools reopened',
      'Results:  \n1. 40 schools reopened',
      '**Key points:**\n- trade',
      '**Key points**:\n- trade',
      '> Key points:\n> - trade',
      '要点：\n- 12 个区',
      'Key points﹕\n- trade',
      'نتیجه‌ها:\n- ۱۲ ولسوالی',
    ]) expect(lines(body), body).toEqual([]);
  });

  it('a sentence cut in two is still one line, and so is a quote or a heading after a label', () => {
    expect(lines('Night temperatures fell to\n- 12 degrees on Tuesday.')).toHaveLength(1);
    expect(lines('The plan was to\n- trade more.')).toHaveLength(1);
    expect(lines('The load limit:\n> 40 tonnes will be turned back.')).toHaveLength(1);
    expect(lines('The club was seeded:\n# 1 in the draw.')).toHaveLength(1);
  });

  it('the whole check passes an article using a label and a one-item list', () => {
    expect(checkArticles({ 'label.md': `${testFrontmatter()}The ministry published the count.\n\nKey points:\n- trade\n\nResults:\n1. 40 schools reopened\n` })).toEqual([]);
  });
});

describe('<bdo dir> in a body keeps its direction (item 4)', () => {
  const render = createMarkdownRenderer();
  const html = (md: string) => {
    const out = render(md).html;
    expect(problems(out), out).toEqual([]);
    return out;
  };

  it('<bdo dir="rtl"> and dir="ltr" are kept (the value in lower case); without a direction it can override (none, "auto", another word) it is a <span>, its words kept', () => {
    for (const [md, out] of [
      ['Name: <bdo dir="rtl">Kabul</bdo> here.', '<p>Name: <bdo dir="rtl">Kabul</bdo> here.</p>'],
      ['<bdo dir="LTR" lang="ps">کابل</bdo> بازار', '<p><bdo dir="ltr" lang="ps">کابل</bdo> بازار</p>'],
      ['<bdo dir="rtl" onclick="x()" style="color:red" class="a">Kabul</bdo>', '<p><bdo dir="rtl">Kabul</bdo></p>'],
      ['A <bdo>Kabul</bdo> b', '<p>A <span>Kabul</span> b</p>'],
      ['A <bdo dir="auto">Kabul</bdo> b', '<p>A <span dir="auto">Kabul</span> b</p>'],
      ['A <bdo dir="sideways">Kabul</bdo> b', '<p>A <span>Kabul</span> b</p>'],
    ]) expect(html(md ?? ''), md).toBe(out);
  });

  it('<bdi> is kept too: a name in another script isolated from the sentence around it', () => {
    expect(html('Minister <bdi>عبدالله</bdi> said 5 things.')).toBe('<p>Minister <bdi>عبدالله</bdi> said 5 things.</p>');
    expect(html('<bdi dir="rtl" onclick="x()">کابل</bdi>')).toBe('<p><bdi dir="rtl">کابل</bdi></p>');
    expect(checkArticles({ 'bdi.md': `${testFrontmatter()}Minister <bdi>عبدالله</bdi> said it.\n` })).toEqual([]);
  });

  it('the check passes a body using it, and names one left open with what it does', () => {
    // Round 22: a <bdo> around text in its own direction passes; around text it reverses (`Kabul` under rtl) it is refused (round22-r22a.test.ts).
    expect(checkArticles({ 'bdo.md': `${testFrontmatter()}The sign read <bdo dir="rtl">کابل</bdo> and <bdo dir="ltr">Kabul</bdo>.\n` })).toEqual([]);
    expect(checkArticles({ 'bdo-open.md': `${testFrontmatter()}The sign read <bdo dir="rtl">Kabul backwards.\n\nMore text.\n` }).join('\n')).toMatch(/<bdo[^\n]*overrides the direction of the rest/);
  });
});

describe('a body link to a social card /og/<slug>.png (item 5)', () => {
  const wheat = 'wheat-prices-ease-as-northern-harvest-reaches-markets';
  const envoy = 'envoy-lands-in-kabul-ahead-of-doha-round';
  const linking = (href: string) => checkArticles({ 'card-link.md': `${testFrontmatter()}The [card](${href}) of the story.\n` });

  it('cards on (the shipped setting): the card of the article itself and of another article are pages the build writes', () => {
    expect(linking('/og/card-link.png')).toEqual([]);
    expect(linking(`/og/${wheat}.png`)).toEqual([]);
  });

  it('an article with a lead image, or no published article of that slug, has no card: said so', () => {
    expect(linking(`/og/${envoy}.png`)).toEqual([
      `card-link.md:9:5 link  link [card](/og/${envoy}.png) points to /og/${envoy}.png, which the build does not write (the article "${envoy}" has a lead image, which is its social card, so no card is drawn for it; link the article's page /articles/${envoy}/ instead); fix the link or remove it`,
    ]);
    expect(linking('/og/no-such-story.png')[0]).toContain('(no published article has the slug "no-such-story", so no card is drawn for it); fix the link or remove it');
  });

  it('cards off (socialCards: "site"): no card is a page, and the line says why', () => {
    const ROOT = fileURLToPath(new URL('../../', import.meta.url));
    const visibility = { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false };
    const r = checkContent({ root: ROOT, contentDir: join(ROOT, 'tests/fixtures/base-content/content'), visibility });
    const names = new Map(r.sections.map((s) => [s.id, s.data.name]));
    const ids = [r.authors.map((a) => a.id), r.sections.map((s) => s.id)] as const;
    const on = sitePages(ROOT, r.articles, ...ids, visibility, names, 'generated');
    const off = sitePages(ROOT, r.articles, ...ids, visibility, names, 'site');
    expect(on.has(`/og/${wheat}.png`)).toBe(true);
    expect(off.has(`/og/${wheat}.png`)).toBe(false);
    expect(missingPage(`/og/${wheat}.png`, off)).toBe(`social cards are off (socialCards is "site" in src/site.config.ts), so the build draws no card; link the article's page /articles/${wheat}/ instead, or set socialCards: "generated"`);
  });
});

describe('the sweep of files an earlier build left reads only what this build wrote (item 6)', () => {
  it('the pages and endpoints Astro lists and the bundle in _astro/; an image named only by another file goes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-stale-'));
    try {
      const put = (path: string, text = '') => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      put('articles/a/index.html', '<img src="/_astro/page.hash.webp">');
      put('rss.xml', '<enclosure url="https://dateline.example.org/_astro/feed.hash.jpg"/>');
      put('_astro/site.hash.css', 'body { background: url(/_astro/style.hash.png) }');
      // Not written by this build (Astro lists neither): what they name is not kept for them.
      put('articles/gone/index.html', '<img src="/_astro/stale.hash.webp">');
      put('notes.txt', '/_astro/unlisted.hash.webp');
      for (const name of ['page', 'feed', 'style', 'stale', 'unlisted']) put(`_astro/${name}.hash.${name === 'feed' ? 'jpg' : name === 'style' ? 'png' : 'webp'}`);
      const written = ['articles/a/index.html', 'rss.xml'].map((p) => join(dir, p));
      expect(removeStaleOutputs(dir, { written, publicDir: join(dir, 'no-public') })).toBe(2);
      expect(readdirSync(join(dir, '_astro')).sort()).toEqual(['feed.hash.jpg', 'page.hash.webp', 'site.hash.css', 'style.hash.png']);
      expect(existsSync(join(dir, 'articles/gone/index.html'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
