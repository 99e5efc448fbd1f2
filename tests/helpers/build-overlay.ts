/**
 * Builds the base test newsroom (tests/fixtures/base-content) with an overlay of content on top, in a fresh temp
 * folder, with `astro build` as CI runs it: what the build tests that need a whole site share.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface OverlayBuild {
  /** The temp folder holding `content/` and `dist/`. */
  work: string;
  dist: string;
  code: number | null;
  output: string;
}

/** `overlay`: a `content` folder copied over the base. The build's clock is fixed at `now`. */
export async function buildWithOverlay(name: string, overlay: string, now = '2026-11-29T12:00:00Z'): Promise<OverlayBuild> {
  const work = mkdtempSync(join(tmpdir(), `dateline-${name}-`));
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(work, 'content'), { recursive: true });
  cpSync(overlay, join(work, 'content'), { recursive: true });
  const dist = join(work, 'dist');
  let output = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_CONTENT_DIR: join(work, 'content'), DATELINE_NOW: now },
    });
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { work, dist, code, output };
}

/** Writes `text` at `path` inside `overlay`, making the folders it needs. */
export function writeOverlayFile(overlay: string, path: string, text: string | Buffer): string {
  const file = join(overlay, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/**
 * Call at a test file's top level: before the file's tests, `fill` writes an overlay (into a fresh temp folder) and
 * the base newsroom plus that overlay is built once; both folders are removed after. Returns the build's getter.
 */
export function buildOnce(name: string, fill: (overlay: string) => void | Promise<void>): () => OverlayBuild {
  let overlay = '';
  let build: OverlayBuild | undefined;
  beforeAll(async () => {
    overlay = mkdtempSync(join(tmpdir(), `dateline-${name}-overlay-`));
    await fill(overlay);
    build = await buildWithOverlay(name, overlay);
  }, 600_000);
  afterAll(() => {
    if (build) rmSync(build.work, { recursive: true, force: true });
    if (overlay) rmSync(overlay, { recursive: true, force: true });
  });
  return () => {
    if (!build) throw new Error(`the ${name} build did not run`);
    return build;
  };
}
