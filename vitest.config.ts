/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { sync } from 'astro';

// `astro:content` is empty under vitest until the content layer has been synced into .astro/.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
await sync({ root: new URL('./', import.meta.url).pathname, cacheDir: './.astro/', logLevel: 'error' });

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
