/**
 * The dev server runs the same check before Astro sees any entry: a lead image linked to a script is refused with
 * one line, the script never runs (not even when the article's page is requested), and the server stays up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dateline-dev-trust-'));
let server: ChildProcess | undefined;
afterAll(() => {
  if (server?.pid) process.kill(server.pid);
  rmSync(work, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('dev server', () => {
  it('refuses a lead image linked to a script before anything imports it', async () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const marker = join(work, 'PAYLOAD-RAN');
    writeFileSync(join(work, 'payload.js'), `globalThis.process?.getBuiltinModule?.('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default 'x';\n`);
    const image = join(content, 'articles/2026/11/images/envoy-arrival.png');
    rmSync(image);
    symlinkSync(join(work, 'payload.js'), image);

    const port = await freePort();
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_CONTENT_DIR: content },
    });
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (/watching for file changes/.test(output)) resolve();
      };
      server?.stdout?.on('data', seen);
      server?.stderr?.on('data', seen);
      server?.once('exit', (code) => reject(new Error(`dev server exited (${code}):\n${output}`)));
    });
    await ready;
    const page = await fetch(`http://127.0.0.1:${port}/articles/envoy-lands-in-kabul-ahead-of-doha-round/`);
    await page.text();
    // Still serving, not crashed: every page request (a browser's or, as here, any client's) gets the error page.
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status, output).toBe(500);
    expect(await home.text()).toContain('is a symbolic link');
    expect(server.exitCode, output).toBeNull();

    // Paths are relative to the project, wherever the content folder is (../../tmp/…/content/…).
    expect(output).toMatch(
      /(?:^|\n)(\S*)content\/articles\/2026\/11\/envoy-lands-in-kabul-ahead-of-doha-round\.md:12:8  image\.src  \1content\/articles\/2026\/11\/images\/envoy-arrival\.png is a symbolic link/,
    );
    expect(output, 'a stack trace was printed').not.toMatch(/^ {4}at /m);
    expect(existsSync(marker), 'the linked script ran').toBe(false);
  }, 180_000);
});
