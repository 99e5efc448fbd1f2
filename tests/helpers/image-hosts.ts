/**
 * The shipped `imageHosts` is empty, so the renderer drops every remote image (src/markdown/rehype-allowed-images.ts),
 * as the check refuses them. Tests of how the renderer treats remote images allow one host while they run.
 */
import { afterAll, beforeAll } from 'vitest';
import { site } from '#/site.config.ts';

/** Call at a test file's top level or inside a `describe`: `host` is an allowed image host for those tests. */
export function allowImageHost(host = 'example.org'): void {
  beforeAll(() => {
    site.imageHosts.push(host);
  });
  afterAll(() => {
    site.imageHosts.splice(site.imageHosts.indexOf(host), 1);
  });
}
