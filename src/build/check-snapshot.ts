/**
 * One content check per build. `astro build` runs the check in the integration (to stop before anything renders)
 * and again in the content layer's loaders, which Astro loads as a separate module instance in the same process,
 * so an in-memory result is not shared between them. The integration's result is written once, serialised
 * (node:v8), to a file named by this process, and the loaders read it back instead of checking every file again.
 *
 * The file is a sequence of length-prefixed batches, never one buffer: at 100,000 articles the check serialises to
 * ~2.3 GB, past what one Node buffer or write may hold, and writing it whole would double the build's peak memory.
 *
 * Only a file written by this very process is read (its pid and start time name it), with the same key (root,
 * content folder, mode, "now"); a missing or unreadable file just means the loaders check the files themselves.
 * `DATELINE_CHECK_SNAPSHOT=off` (or every speed-up off) always checks twice.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CheckedContent } from '#/check/content-check.ts';
import type { BuildContext } from '#/domain/context.ts';
import { optimise } from './optimise.ts';
import { boundedBatches } from './bounded-batches.ts';

const enabled = () => optimise && process.env['DATELINE_CHECK_SNAPSHOT'] !== 'off';

const dirOf = (ctx: BuildContext) => join(ctx.cacheDir, 'dateline-check');
/** This process's file: a later process (even one given the same pid) never reads it. */
const fileOf = (ctx: BuildContext) => join(dirOf(ctx), `${process.pid}-${Math.round(performance.timeOrigin)}.v8`);

/** Keeps the integration's check for the loaders of this build (and removes what ended builds left). */
export function shareCheck(ctx: BuildContext, key: string, result: CheckedContent): void {
  if (!enabled() || ctx.mode !== 'build') return;
  const dir = dirOf(ctx);
  const file = fileOf(ctx);
  const tmp = `${file}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    removeEndedBuilds(dir);
    fd = openSync(tmp, 'w');
    // The articles in batches of a bounded size in bytes too (round 28c #5: 500 long articles were 1 GB at once).
    const articleBatches = [...boundedBatches(result.articles, BATCH, BATCH_BYTES, (a) => a.source.length + a.body.length)];
    writeBatch(fd, { key, counts: KINDS.map((kind) => result[kind].length), files: result.files, articleBatches: articleBatches.length });
    for (const kind of KINDS) {
      if (kind === 'articles') for (const batch of articleBatches) writeBatch(fd, batch);
      else for (let i = 0; i < result[kind].length; i += BATCH) writeBatch(fd, result[kind].slice(i, i + BATCH));
    }
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch {
    // Not shared (a full disk, say): the loaders check the files themselves.
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
  }
}

/** Files of builds whose process has ended; a concurrent build's file (a test suite runs several) is left to it. */
function removeEndedBuilds(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = Number(name.split('-')[0]);
    if (pid !== process.pid && !alive(pid)) rmSync(join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The parts of a check, in the file's order: the articles last, so they can be read a batch at a time. */
const KINDS = ['authors', 'sections', 'tags', 'diagnostics', 'localImages', 'articles'] as const satisfies readonly (keyof CheckedContent)[];
/** Records per batch: a few MB serialised. */
const BATCH = 500;
/** Characters of text per batch of articles, at most (one article longer than this is a batch of its own). */
const BATCH_BYTES = 32 * 1024 * 1024;

function writeBatch(fd: number, value: unknown): void {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length);
  writeSync(fd, head);
  writeSync(fd, body);
}

/** Reads the batch at `at` (a byte offset); returns it and the offset after it. */
function readBatch(fd: number, at: number): { value: unknown; next: number } {
  const head = Buffer.alloc(4);
  if (readSync(fd, head, 0, 4, at) !== 4) throw new Error('check snapshot: cut short');
  const body = Buffer.alloc(head.readUInt32BE(0));
  if (readSync(fd, body, 0, body.length, at + 4) !== body.length) throw new Error('check snapshot: cut short');
  return { value: deserialize(body), next: at + 4 + body.length };
}

/** Whether `batches` batches starting at `at` end exactly at the end of the file. */
function complete(fd: number, at: number, batches: number, size: number): boolean {
  const head = Buffer.alloc(4);
  for (let i = 0; i < batches; i++) {
    if (readSync(fd, head, 0, 4, at) !== 4) return false;
    at += 4 + head.readUInt32BE(0);
    if (at > size) return false;
  }
  return at === size;
}

/** A check shared by this build's integration: everything but the articles at once, the articles in batches. */
export interface SharedCheck {
  /** The check with an empty list of articles. */
  content: CheckedContent;
  /** The articles, read from the file a batch (500, or 32 MB of text) at a time: the loader never holds every article's text. */
  articleBatches(): Generator<CheckedContent['articles']>;
}

/** The check the integration of this build process shared under `key`, if there is one. */
export function sharedCheck(ctx: BuildContext, key: string): SharedCheck | undefined {
  if (!enabled() || ctx.mode !== 'build') return undefined;
  const file = fileOf(ctx);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    let { value, next } = readBatch(fd, 0);
    const head = value as { key: string; counts: number[]; files?: CheckedContent['files']; articleBatches: number };
    if (head.key !== key) return undefined;
    const result = { authors: [], sections: [], tags: [], diagnostics: [], localImages: [], articles: [] } as unknown as Record<(typeof KINDS)[number], unknown[]>;
    KINDS.forEach((kind, k) => {
      if (kind === 'articles') return;
      while (result[kind].length < head.counts[k]!) {
        ({ value, next } = readBatch(fd!, next));
        result[kind].push(...(value as unknown[]));
      }
    });
    const articlesAt = next;
    const articleCount = head.counts[KINDS.indexOf('articles')]!;
    // The articles are read later: a file cut short (a full disk) is found now, by walking their batches' lengths.
    if (!complete(fd, articlesAt, head.articleBatches, fstatSync(fd).size)) return undefined;
    return {
      content: { ...(result as unknown as CheckedContent), ...(head.files ? { files: head.files } : {}) },
      *articleBatches() {
        const batchFd = openSync(file, 'r');
        try {
          let at = articlesAt;
          for (let read = 0; read < articleCount; ) {
            const batch = readBatch(batchFd, at);
            at = batch.next;
            const records = batch.value as CheckedContent['articles'];
            read += records.length;
            yield records;
          }
        } finally {
          closeSync(batchFd);
        }
      },
    };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes this build's file (at the end of the build). */
export function dropSharedCheck(ctx: BuildContext): void {
  rmSync(fileOf(ctx), { force: true });
}
