/**
 * Round-7 finding 2 in the dev server: a body photo that is a lossless JPEG (SOF3), and one that only decoding
 * shows to be broken (an AVIF with scrambled picture data), get the check's one-line messages on Dateline's error
 * page, never Astro's bare `NoImageMetadata` page with a stack trace; the server stays up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_IMAGES } from '../helpers/bad-images.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dateline-dev-images-'));
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
  it('answers with the lines for images the pipeline cannot decode', async () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
    const folder = join(content, 'articles/2026/11');
    writeFileSync(join(folder, 'images/lossless.jpg'), BAD_IMAGES['jpeg-lossless']());
    writeFileSync(join(folder, 'images/corrupt.avif'), BAD_IMAGES['avif-corrupt-data']());
    appendFileSync(join(folder, 'transit-talks-open-in-doha-with-trade-on-the-agenda.md'), '\n![Delegates at the table](./images/lossless.jpg)\n\n![The hall](./images/corrupt.avif)\n');

    const port = await freePort();
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_CONTENT_DIR: content },
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const seen = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (/watching for file changes/.test(output)) resolve();
      };
      server?.stdout?.on('data', seen);
      server?.stderr?.on('data', seen);
      server?.once('exit', (code) => reject(new Error(`dev server exited (${code}):\n${output}`)));
    });
    const article = await fetch(`http://127.0.0.1:${port}/articles/transit-talks-open-in-doha-with-trade-on-the-agenda/`, { headers: { accept: 'text/html' } });
    const text = await article.text();
    expect(article.status, output).toBe(500);
    expect(text).toContain('id="content-errors"');
    expect(text).toContain('is a lossless JPEG (SOF3 marker)');
    expect(text).not.toContain('NoImageMetadata');

    // Only decoding shows the AVIF is broken: the same page names it too.
    expect(text).toMatch(/corrupt\.avif\) cannot be decoded by the image pipeline/);
    expect(server.exitCode, output).toBeNull();
    expect(output, 'a stack trace was printed').not.toMatch(/^ {4}at /m);
  }, 180_000);
});
