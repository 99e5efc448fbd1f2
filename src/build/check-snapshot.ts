/**
 * One content check per build. `astro build` runs the check in the integration (to stop before anything renders)
 * and again in the content layer's loaders, which Astro loads as a separate module instance in the same process,
 * so an in-memory result is not shared between them. The integration's result is written once, serialised
 * (node:v8), to a file named by this process, and the loaders read it back instead of checking every file again.
 *
 * Only a file written by this very process is read (its pid and start time name it), with the same key (root,
 * content folder, mode, "now"); a missing or unreadable file just means the loaders check the files themselves.
 * `DATELINE_CHECK_SNAPSHOT=off` (or every speed-up off) always checks twice.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CheckedContent } from '#/check/content-check.ts';
import type { BuildContext } from '#/domain/context.ts';
import { optimise } from './optimise.ts';

const enabled = () => optimise && process.env['DATELINE_CHECK_SNAPSHOT'] !== 'off';

const dirOf = (ctx: BuildContext) => join(ctx.cacheDir, 'dateline-check');
/** This process's file: a later process (even one given the same pid) never reads it. */
const fileOf = (ctx: BuildContext) => join(dirOf(ctx), `${process.pid}-${Math.round(performance.timeOrigin)}.v8`);

/** Keeps the integration's check for the loaders of this build (and removes what earlier builds left). */
export function shareCheck(ctx: BuildContext, key: string, result: CheckedContent): void {
  if (!enabled() || ctx.mode !== 'build') return;
  const dir = dirOf(ctx);
  const file = fileOf(ctx);
  // A concurrent build whose file goes here just checks its files itself.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, serialize({ key, result }));
  renameSync(tmp, file);
}

/** The check the integration of this build process shared under `key`, if there is one. */
export function sharedCheck(ctx: BuildContext, key: string): CheckedContent | undefined {
  if (!enabled() || ctx.mode !== 'build') return undefined;
  try {
    const shared = deserialize(readFileSync(fileOf(ctx))) as { key: string; result: CheckedContent };
    return shared.key === key ? shared.result : undefined;
  } catch {
    return undefined;
  }
}

/** Removes this build's file (at the end of the build). */
export function dropSharedCheck(ctx: BuildContext): void {
  rmSync(fileOf(ctx), { force: true });
}
