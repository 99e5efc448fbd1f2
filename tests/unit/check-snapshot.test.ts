import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropSharedCheck, sharedCheck, shareCheck } from '#/build/check-snapshot.ts';
import { loadCheckedContent } from '#/build/content-load.ts';
import { checkContent } from '#/check/content-check.ts';
import type { BuildContext } from '#/domain/context.ts';

/** The shared check read back whole: the articles come in batches. */
function readBack(ctx: BuildContext, key: string) {
  const shared = sharedCheck(ctx, key);
  return shared && { ...shared.content, articles: [...shared.articleBatches()].flat() };
}

function project(): BuildContext {
  const root = mkdtempSync(join(tmpdir(), 'check-snapshot-'));
  mkdirSync(join(root, 'content', 'sections'), { recursive: true });
  writeFileSync(join(root, 'content', 'sections', 'world.md'), '---\nname: World\n---\n');
  return { mode: 'build', now: Date.parse('2026-11-28T00:00:00Z'), root, cacheDir: join(root, 'node_modules', '.cache'), buildId: 'test' };
}

describe('the content check shared between the integration and the loaders of one build', () => {
  afterEach(() => {
    delete process.env['DATELINE_CHECK_SNAPSHOT'];
  });

  it('gives the loaders the very result the integration checked, under the same key only', () => {
    const ctx = project();
    const result = checkContent({ root: ctx.root, visibility: { now: ctx.now, includeDrafts: false } });
    shareCheck(ctx, 'k', result);
    expect(readBack(ctx, 'k')).toEqual(result);
    expect(sharedCheck(ctx, 'another key')).toBeUndefined();
    expect(sharedCheck({ ...ctx, mode: 'dev' }, 'k')).toBeUndefined();
    dropSharedCheck(ctx);
    expect(sharedCheck(ctx, 'k')).toBeUndefined();
    expect(existsSync(join(ctx.cacheDir, 'dateline-check'))).toBe(true);
  });

  it('is written in batches, so an archive of any size round-trips (one buffer failed past 2 GiB at 100,000 articles), and a cut file is not read', () => {
    const ctx = project();
    const one = checkContent({ root: ctx.root, visibility: { now: ctx.now, includeDrafts: false } });
    const record = { ...one.sections[0]! };
    const result = { ...one, articles: Array.from({ length: 1_234 }, (_, i) => ({ ...record, id: `a-${i}` })) } as unknown as typeof one;
    shareCheck(ctx, 'k', result);
    expect(readBack(ctx, 'k')).toEqual(result);
    const dir = join(ctx.cacheDir, 'dateline-check');
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, readFileSync(file).subarray(0, 5_000));
    expect(sharedCheck(ctx, 'k')).toBeUndefined();
  });

  it('reads the articles a batch (500) at a time, and leaves a running build\'s file to it', () => {
    const ctx = project();
    const one = checkContent({ root: ctx.root, visibility: { now: ctx.now, includeDrafts: false } });
    const result = { ...one, articles: Array.from({ length: 1_234 }, (_, i) => ({ ...one.sections[0]!, id: `a-${i}` })) } as unknown as typeof one;
    const dir = join(ctx.cacheDir, 'dateline-check');
    mkdirSync(dir, { recursive: true });
    // A build still running (this test's parent process) and one that has ended (no such process).
    writeFileSync(join(dir, `${process.ppid}-1.v8`), '');
    writeFileSync(join(dir, '999999999-1.v8'), '');
    shareCheck(ctx, 'k', result);
    expect(readdirSync(dir)).toContain(`${process.ppid}-1.v8`);
    expect(readdirSync(dir)).not.toContain('999999999-1.v8');
    const shared = sharedCheck(ctx, 'k')!;
    expect(shared.content.articles).toEqual([]);
    expect([...shared.articleBatches()].map((batch) => batch.length)).toEqual([500, 500, 234]);
  });

  it('is the same whether shared or checked again, and is never written with DATELINE_CHECK_SNAPSHOT=off', () => {
    const ctx = project();
    const shared = loadCheckedContent(ctx, { share: true });
    expect(shared.sections.map((s) => s.id)).toEqual(['world']);
    expect(loadCheckedContent({ ...ctx, root: `${ctx.root}/` })).toBe(shared);
    process.env['DATELINE_CHECK_SNAPSHOT'] = 'off';
    const other = project();
    shareCheck(other, 'k', shared);
    expect(sharedCheck(other, 'k')).toBeUndefined();
  });
});
