/**
 * The body cache (src/build/text-memo.ts) changes no line: every fixture newsroom checked with every rule run,
 * then with an empty cache, then with the cache the previous check saved, gives the same lines in the same order.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { openTextMemo } from '#/build/text-memo.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const NOW = Date.parse('2026-11-29T12:00:00Z');
const cacheDir = mkdtempSync(join(tmpdir(), 'dateline-body-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const newsrooms = [
  join(FIXTURES, 'base-content/content'),
  join(FIXTURES, 'hostile-content/content'),
  ...readdirSync(join(FIXTURES, 'bad-content'))
    .map((name) => join(FIXTURES, 'bad-content', name, 'content'))
    .filter((dir) => existsSync(dir)),
];

const lines = (contentDir: string, memo?: Parameters<typeof checkContent>[0]['memo']) =>
  checkContent({ root: ROOT, contentDir, visibility: { now: NOW, includeDrafts: false }, memo }).diagnostics.map((d) => `${d.file}:${d.line ?? 0}:${d.column ?? 0} ${d.severity} ${d.field}  ${d.message}`);

describe('the body cache changes no line', () => {
  it(`${newsrooms.length} fixture newsrooms: every rule run, an empty cache, the saved cache`, () => {
    let hits = 0;
    for (const dir of newsrooms) {
      const plain = lines(dir);
      const first = openTextMemo(ROOT, cacheDir);
      expect(lines(dir, first.memo), dir).toEqual(plain);
      first.save();
      const second = openTextMemo(ROOT, cacheDir);
      expect(lines(dir, second.memo), dir).toEqual(plain);
      expect(second.stats().computed, dir).toBe(0);
      hits += second.stats().hits;
      second.save();
    }
    // Most fixtures hold bodies, and the second check took all of their answers from the cache.
    expect(hits).toBeGreaterThan(newsrooms.length);
  }, 600_000);

  it('answers computed ahead on worker threads (check-ahead.ts) change no line either', () => {
    process.env['DATELINE_CHECK_WORKERS_MIN'] = '0';
    try {
      let early = 0;
      // A worker starts per check (~0.7 s): the two big newsrooms and every eighth fixture.
      const some = newsrooms.filter((_, i) => i < 2 || i % 8 === 0);
      for (const dir of some) {
        const own = mkdtempSync(join(tmpdir(), 'dateline-body-cache-ahead-'));
        try {
          const cache = openTextMemo(ROOT, own);
          const ahead = checkContent({ root: ROOT, contentDir: dir, visibility: { now: NOW, includeDrafts: false }, memo: cache.memo, ahead: cache.ahead });
          expect(ahead.diagnostics.map((d) => `${d.file}:${d.line ?? 0}:${d.column ?? 0} ${d.severity} ${d.field}  ${d.message}`), dir).toEqual(lines(dir));
          early += cache.stats().early;
        } finally {
          rmSync(own, { recursive: true, force: true });
        }
      }
      // The check took answers that were computed ahead (not only its own).
      expect(early).toBeGreaterThan(some.length);
    } finally {
      delete process.env['DATELINE_CHECK_WORKERS_MIN'];
    }
  }, 600_000);

  it('an edited body is checked again, and a foreign or broken cache file is an empty cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-body-cache-edit-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(FIXTURES, 'base-content/content'), content, { recursive: true });
      const own = join(dir, 'cache');
      const first = openTextMemo(ROOT, own);
      lines(content, first.memo);
      first.save();
      const article = readdirSync(join(content, 'articles'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.md'))!;
      const path = join(content, 'articles', article);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\nA new line with a [broken link](../nowhere.md).\n`);
      const second = openTextMemo(ROOT, own);
      expect(lines(content, second.memo)).toEqual(lines(content));
      expect(second.stats().computed).toBeGreaterThan(0);
      writeFileSync(join(own, 'bodies.v8'), 'not a cache');
      const third = openTextMemo(ROOT, own);
      expect(lines(content, third.memo)).toEqual(lines(content));
      expect(third.stats().hits).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
