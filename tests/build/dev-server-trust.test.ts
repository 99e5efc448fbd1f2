/**
 * The dev server runs the same check before Astro sees any entry: a lead image linked to a script is refused with
 * one line, the script never runs (not even when the article's page is requested), and the server stays up.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { devServerContent, startDevServer, type DevServer } from '../helpers/dev-server.ts';

let server: DevServer | undefined;
afterAll(() => server?.stop());

describe('dev server', () => {
  it('refuses a lead image linked to a script before anything imports it', async () => {
    const { work, content } = devServerContent('trust');
    const marker = join(work, 'PAYLOAD-RAN');
    writeFileSync(join(work, 'payload.js'), `globalThis.process?.getBuiltinModule?.('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nexport default 'x';\n`);
    const image = join(content, 'articles/2026/11/images/envoy-arrival.png');
    rmSync(image);
    symlinkSync(join(work, 'payload.js'), image);

    server = await startDevServer(work, content);
    const { port } = server;
    const page = await fetch(`http://127.0.0.1:${port}/articles/envoy-lands-in-kabul-ahead-of-doha-round/`);
    await page.text();
    // Still serving, not crashed: every page request (a browser's or, as here, any client's) gets the error page.
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status, server.output()).toBe(500);
    expect(await home.text()).toContain('is a symbolic link');
    expect(server.process.exitCode, server.output()).toBeNull();

    // Paths are relative to the project, wherever the content folder is (../../tmp/…/content/…).
    expect(server.output()).toMatch(
      /(?:^|\n)(\S*)content\/articles\/2026\/11\/envoy-lands-in-kabul-ahead-of-doha-round\.md:12:8  image\.src  \1content\/articles\/2026\/11\/images\/envoy-arrival\.png is a symbolic link/,
    );
    expect(server.output(), 'a stack trace was printed').not.toMatch(/^ {4}at /m);
    expect(existsSync(marker), 'the linked script ran').toBe(false);

    // Round 27a #4: no file is served through a link in the content folder, used by an article or not, in any of
    // the forms Vite and the image endpoint take: the path, /@fs/ and /_image?href=.
    const secretDir = join(work, 'outside');
    mkdirSync(secretDir);
    writeFileSync(join(secretDir, 'secret.txt'), 'TOPSECRET-outside-file\n');
    const images = join(content, 'articles/2026/11/images');
    symlinkSync(join(secretDir, 'secret.txt'), join(images, 'leak.txt'));
    symlinkSync(secretDir, join(images, 'outdir'));
    for (const path of [`/@fs${images}/leak.txt`, `/@fs${images}/outdir/secret.txt`, `/@fs${images}/leak.txt?raw`, `/@fs${images}/x/../leak.txt`, `/_image?href=${encodeURIComponent(`/@fs${images}/leak.txt?origWidth=1`)}&w=10&f=png`]) {
      const answer = await fetch(`http://127.0.0.1:${port}${path}`);
      const body = await answer.text();
      expect(body, path).not.toContain('TOPSECRET');
      expect(answer.status, path).toBe(404);
    }
    // An ordinary file of the content folder is not the guard's to refuse.
    writeFileSync(join(images, 'plain.txt'), 'plain\n');
    expect(await (await fetch(`http://127.0.0.1:${port}/@fs${images}/plain.txt`)).text()).not.toContain('never follows a link');
  }, 180_000);
});
