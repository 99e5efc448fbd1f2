/**
 * The dev server runs the same check before Astro sees any entry: a lead image linked to a script is refused with
 * one line, the script never runs (not even when the article's page is requested), and the server stays up.
 */
import { existsSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  }, 180_000);
});
