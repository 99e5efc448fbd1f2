/**
 * Search in every script a newsroom writes (round 22, findings 1, 6, 7 and 23; src/client/search-words.ts): a
 * Chinese, Japanese, Thai or Amharic story is found by a word of it, a hit's excerpt is a window around the word
 * (not the whole story) written as the story writes it, and words typed without what the page has (vowel points,
 * a ligature, decomposed accents, Turkish İ) find it. The index is built here from the articles' records and
 * served under the built site's search page (as search-shards.spec.ts does).
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchShards, publishSearchShards } from '#/build/search-shards.ts';
import type { SearchArticle } from '#/build/search-index.ts';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const STORIES: Record<string, { lang: string; title: string; body: string }> = {
  chinese: { lang: 'zh-Hans', title: '阿富汗与乌兹别克斯坦签署过境贸易协定', body: '双方代表在塔什干签署了一项新的过境贸易协定，预计将使铁路货运量在明年翻一番。官员们说，这项协定将有助于避免冬季物价大幅上涨。海关官员表示，新的协定简化了边境手续。'.repeat(3) },
  japanese: { lang: 'ja', title: '水資源専門家に聞く：カジャキ・ダムの将来', body: 'カジャキ・ダムの貯水量は今年、過去十年で最も低い水準にとどまった。専門家は、用水路の修理が遅れていると指摘した。農家は冬の作付けを減らしている。'.repeat(3) },
  thai: { lang: 'th', title: 'ตลาดชายแดนเปิดอีกครั้ง', body: 'เจ้าหน้าที่ศุลกากรกล่าวว่าตลาดชายแดนจะเปิดทุกวันจันทร์ พ่อค้าจากทั้งสองฝั่งนำข้าวและผลไม้มาขาย'.repeat(3) },
  amharic: { lang: 'am', title: 'የቡና ምርት ጨመረ', body: 'በደቡብ፡ክልል፡የሚገኘው፡የሲዳማ፡ገበሬዎች፡ማህበር፡ምርቱን፡ወደ፡ውጭ፡ልኳል።' },
  hebrew: { lang: 'he', title: 'ארכיון העיתונות', body: 'עיתון בשם „הַמַּגִּיד”, שיצא לאור במאה התשע עשרה.' },
  arabic: { lang: 'ar', title: 'آية في خطاب', body: 'قال الوزير: «وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَىٰ».' },
  word: { lang: '', title: 'A Word paste', body: 'A cafe\u0301 owner near the station said the \ufb01nance ministry had not paid.' },
  place: { lang: '', title: 'Flour mill in Pul-e-Khumri resumes grinding', body: 'Grain traders in Mazar-i-Sharif were paying more for wheat this week.' },
  turkish: { lang: 'tr', title: 'Fuar', body: "İstanbul'daki fuarda çok sayıda katılımcı vardı. Fuara İran'dan da katılımcılar geldi." },
};

async function publishIndex(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'dateline-search-languages-'));
  mkdirSync(join(work, 'text'));
  const articles: SearchArticle[] = Object.entries(STORIES).map(([id, s], i) => {
    const textFile = join(work, 'text', `${id}.txt`);
    writeFileSync(textFile, s.body);
    const epoch = Date.UTC(2026, 10, 1 + i, 9);
    return { id, title: s.title, description: s.title, dateline: undefined, textFile, section: 'News', published: { epoch, iso: new Date(epoch).toISOString(), dateOnly: false }, lang: s.lang || undefined };
  });
  const index = await buildSearchShards(articles, join(work, 'cache'), Number.POSITIVE_INFINITY);
  await publishSearchShards({ ready: Promise.resolve(index) }, join(work, 'site'));
  return join(work, 'site');
}

async function search(page: Page, folder: string, q: string): Promise<{ urls: string[]; excerpts: string[] }> {
  await page.unroute('**/pagefind/**');
  await page.route('**/pagefind/**', (route) => {
    const file = join(folder, decodeURIComponent(new URL(route.request().url()).pathname).slice('/pagefind/'.length));
    return existsSync(file) ? route.fulfill({ body: readFileSync(file), contentType: file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream' }) : route.fulfill({ status: 404 });
  });
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('#search-status')).not.toHaveText(/^(|Searching…)$/, { timeout: 60_000 });
  const urls = await page.locator('#search-results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const excerpts = await page.locator('#search-results .card-standfirst').allTextContents();
  return { urls, excerpts };
}

test('each story is found by a word of it, typed as readers type it, with a short excerpt written as the story is', async ({ page }) => {
  const folder = await publishIndex();
  const cases: [string, string][] = [
    ['协定', 'chinese'],
    ['贸易', 'chinese'],
    ['乌兹别克斯坦', 'chinese'],
    ['ダム', 'japanese'],
    ['用水路', 'japanese'],
    ['ศุลกากร', 'thai'],
    ['ገበሬዎች', 'amharic'],
    ['ማህበር', 'amharic'],
    ['המגיד', 'hebrew'],
    ['وتعاونوا', 'arabic'],
    ['café', 'word'],
    ['finance', 'word'],
    ['istanbul', 'turkish'],
    ['Sharif', 'place'],
    ['Khumri', 'place'],
    ['Mazar-i-Sharif', 'place'],
    ['Iran', 'turkish'],
  ];
  for (const [q, id] of cases) {
    const { urls, excerpts } = await search(page, folder, q);
    expect(urls, `“${q}”`).toContain(`/articles/${id}/`);
    const excerpt = excerpts[urls.indexOf(`/articles/${id}/`)] ?? '';
    // A window around the word, not the whole story (the Chinese story is ~270 characters, three times over).
    if (id === 'chinese' || id === 'japanese') {
      expect(excerpt.length, `excerpt for “${q}”: ${excerpt}`).toBeLessThan(120);
      expect(excerpt, 'no space the index put between words').not.toMatch(/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}] [\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u);
    }
  }
  expect((await search(page, folder, 'ገበሬዎች')).excerpts.join('')).toContain('የሲዳማ፡ገበሬዎች፡ማህበር');
  expect((await search(page, folder, 'Sharif')).excerpts.join('')).toContain('Grain traders in Mazar-i-Sharif were paying');
});
