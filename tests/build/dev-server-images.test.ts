/**
 * Round-7 finding 2 in the dev server: a body photo that is a lossless JPEG (SOF3), and one that only decoding
 * shows to be broken (an AVIF with scrambled picture data), get the check's one-line messages on Dateline's error
 * page, never Astro's bare `NoImageMetadata` page with a stack trace; the server stays up.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_IMAGES } from '../helpers/bad-images.ts';
import { devServerContent, startDevServer, type DevServer } from '../helpers/dev-server.ts';

let server: DevServer | undefined;
afterAll(() => server?.stop());

describe('dev server', () => {
  it('answers with the lines for images the pipeline cannot decode', async () => {
    const { work, content } = devServerContent('images');
    const folder = join(content, 'articles/2026/11');
    writeFileSync(join(folder, 'images/lossless.jpg'), BAD_IMAGES['jpeg-lossless']());
    writeFileSync(join(folder, 'images/corrupt.avif'), BAD_IMAGES['avif-corrupt-data']());
    appendFileSync(join(folder, 'transit-talks-open-in-doha-with-trade-on-the-agenda.md'), '\n![Delegates at the table](./images/lossless.jpg)\n\n![The hall](./images/corrupt.avif)\n');

    server = await startDevServer(work, content);
    const { port } = server;
    const article = await fetch(`http://127.0.0.1:${port}/articles/transit-talks-open-in-doha-with-trade-on-the-agenda/`, { headers: { accept: 'text/html' } });
    const text = await article.text();
    expect(article.status, server.output()).toBe(500);
    expect(text).toContain('id="content-errors"');
    expect(text).toContain('is a lossless JPEG (SOF3 marker)');
    expect(text).not.toContain('NoImageMetadata');

    // Only decoding shows the AVIF is broken: the same page names it too.
    expect(text).toMatch(/corrupt\.avif\) cannot be decoded by the image pipeline/);
    expect(server.process.exitCode, server.output()).toBeNull();
    expect(server.output(), 'a stack trace was printed').not.toMatch(/^ {4}at /m);
  }, 180_000);
});
