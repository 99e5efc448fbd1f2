/**
 * Copies among article files that share a slug, found in time linear in the files (round 36: a group of more than
 * 20 was not compared at all, so a bulk copy was told "rename one" file by file):
 * - a copied month folder (`11 copy/` beside `11/`, as the Finder, Explorer or a sync client names one), found by
 *   looking the folder's name up, and said once per folder, not once per file;
 * - the same file twice (same byte size and same SHA-256), each told which one it is an identical copy of.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { COPY_SUFFIX } from './stray-files.ts';
import { othersNamed } from './few-named.ts';

export interface CopyFile {
  path: string;
  file: string;
}

/** A copied folder's line: said on its first copy; `members` are every copy in it, left out of the slug lines. */
export interface CopiedFolders<T> {
  members: Set<T>;
  lines: { on: T; message: string }[];
}

/**
 * The members of `groups` (each a slug's files) that sit in a copy of the folder another member of their group sits
 * in, with one line per copied folder.
 */
export function copiedFolders<T extends CopyFile>(groups: Iterable<readonly T[]>): CopiedFolders<T> {
  const folders = new Map<string, { first: T; original: T; originalDir: string; count: number }>();
  const members = new Set<T>();
  for (const group of groups) {
    const byDir = new Map<string, T>();
    for (const f of group) if (!byDir.has(dirname(f.path))) byDir.set(dirname(f.path), f);
    for (const f of group) {
      const dir = dirname(f.path);
      const base = COPY_SUFFIX.exec(basename(dir))?.[1];
      const original = base === undefined ? undefined : byDir.get(join(dirname(dir), base));
      if (!original) continue;
      members.add(f);
      const seen = folders.get(dir);
      if (seen) seen.count++;
      else folders.set(dir, { first: f, original, originalDir: dirname(original.file), count: 1 });
    }
  }
  const lines = [...folders.entries()].map(([dir, { first, original, originalDir, count }]) => {
    const [copy, base] = [basename(dir), basename(originalDir)];
    const opening = `this file is in "${copy}", a copy of the folder "${base}" (as the Finder, Explorer or a sync client names one)`;
    if (count === 1) return { on: first, message: `${opening}, so it is a copy of ${original.file}, not a story of its own: delete it, or move what it adds into ${original.file} and then delete it` };
    const others = count === 2 ? 'the other file there that shares' : `the ${count - 1} other files there that share`;
    return {
      on: first,
      message: `${opening}: it and ${others} a slug with a file in ${originalDir} are copies, not stories of their own; delete the folder "${copy}", after moving into the files of ${originalDir} what its copies add`,
    };
  });
  return { members, lines };
}

/** Byte size of a file, or undefined when it cannot be read. */
function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

function sha256Of(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * The members of `group` that are the same file as another member (same size, then same SHA-256: only files whose
 * size another shares are read), each with its line. Which is the original cannot be told, so each is told to keep one.
 */
export function identicalCopies<T extends CopyFile>(group: readonly T[]): Map<T, string> {
  const bySize = new Map<number, T[]>();
  for (const f of group) {
    const size = sizeOf(f.path);
    if (size === undefined) continue;
    const same = bySize.get(size);
    if (same) same.push(f);
    else bySize.set(size, [f]);
  }
  const byHash = new Map<string, T[]>();
  for (const [size, same] of bySize) {
    if (same.length < 2) continue;
    for (const f of same) {
      const hash = sha256Of(f.path);
      if (hash === undefined) continue;
      const key = `${size}:${hash}`;
      const twins = byHash.get(key);
      if (twins) twins.push(f);
      else byHash.set(key, [f]);
    }
  }
  const out = new Map<T, string>();
  for (const twins of byHash.values()) {
    const n = twins.length;
    if (n < 2) continue;
    const count = n === 2 ? 'two' : String(n);
    twins.forEach((f, i) => {
      const others = othersNamed(twins, i, (g) => g.file, 'file');
      out.set(
        f,
        `this file is an identical copy of ${others} (the same size and SHA-256): one story in ${count} files, not ${count} stories; delete ${n === 2 ? 'one of them' : 'all but one of them'} (renamed instead, it would be published ${n === 2 ? 'twice' : `${n} times`})`,
      );
    });
  }
  return out;
}
