/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { sync } from 'astro';

// `astro:content` is empty under vitest until the content layer has been synced into .astro/.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
await sync({ root: new URL('./', import.meta.url).pathname, cacheDir: './.astro/', logLevel: 'error' });

export default getViteConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      // Whole builds and dev servers of this checkout: they share its .astro/, caches and Vite state, so they run
      // one at a time, after the unit tests.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
