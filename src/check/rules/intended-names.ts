/**
 * A misnamed file (`Envoy-….md`, `envoy-… .md`, `nadia-rahyab-.md`, `story.MD`) has its own line with the name to
 * rename it to. The files naming it by that intended id were each told it does not exist, "did you mean <the broken
 * name>?" — a fix that cannot work, N lines against the one right line (round 23). So a misnamed file is also known
 * under its intended id (and, for an article, at its intended path), and its broken name is never proposed.
 */
import { dirname, join, resolve, sep } from 'node:path';

/** Each misnamed file's path and the id its own line tells it to take (only a free one: free-names.ts). */
export type IntendedIds = Map<string, string>;

/** `byId` (id → file) with each misnamed file under its intended id as well. */
export function withIntendedIds<F extends { id: string; path: string }>(files: readonly F[], intended: IntendedIds): Map<string, F> {
  const byId = new Map(files.map((f) => [f.id, f]));
  for (const f of files) {
    const id = intended.get(f.path);
    if (id !== undefined && !byId.has(id)) byId.set(id, f);
  }
  return byId;
}

/** The article paths a link may name: every file's own, and each misnamed one's (or one in a misnamed folder) once renamed. */
export function intendedPaths(files: readonly { path: string }[], intended: IntendedIds): Set<string> {
  const paths = new Set(files.map((f) => resolve(f.path)));
  for (const [path, id] of intended) paths.add(resolve(join(dirname(path), `${id}.md`)));
  // In a folder named with a space at its end (`10 `, its own line): the path once the folder is renamed.
  for (const f of files) paths.add(resolve(f.path).split(sep).map((part) => part.replace(/^[\s\u00A0]+|[\s\u00A0]+$/gu, '') || part).join(sep));
  return paths;
}

/** The ids a "did you mean" may propose: not a misnamed file's broken name, which the next run refuses. */
export function proposableIds(ids: Iterable<string>, files: readonly { id: string; path: string }[], intended: IntendedIds): string[] {
  const broken = new Set(files.filter((f) => intended.has(f.path) && intended.get(f.path) !== f.id).map((f) => f.id));
  return [...ids].filter((id) => !broken.has(id));
}
