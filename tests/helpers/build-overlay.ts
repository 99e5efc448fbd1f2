/**
 * Builds the base test newsroom (tests/fixtures/base-content) with an overlay of content on top, in a fresh temp
 * folder, with `astro build` as CI runs it: what the build tests that need a whole site share.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
