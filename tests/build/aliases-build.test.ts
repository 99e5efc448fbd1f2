/**
 * Round 30a #2: the old addresses of a migrated story (`aliases`) are written as the files a static host serves for
 * them, each a page that sends readers on to the article (refresh, canonical, a link) and that the W3C Nu HTML
 * Checker accepts; none is in the sitemap or a feed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, ROOT, writeOverlayFile } from '../helpers/build-overlay.ts';

const VNU_JAR = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const FILES = ['2009/03/16/hugo-story/index.html', 'old/hugo-story.html', '2009/03/story-bare/index.html', 'caf\u00e9/index.html'];

const build = buildOnce('aliases', (overlay) => {
  writeOverlayFile(
    overlay,
    'articles/2009/03/hugo-aliases.md',
    `---\ntitle: "Kabul's first snow & the city"\ndescription: A story migrated from Hugo.\npublished: "2009-03-16T09:30:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\naliases: [/2009/03/16/hugo-story/, /old/hugo-story.html, /2009/03/story-bare, /caf%C3%A9/]\n---\n\nSnow fell on Kabul on Monday.\n`,
  );
});

describe('aliases on the built site', () => {
  it('builds', () => {
    expect(build().code, build().output.slice(-3000)).toBe(0);
  });

  it('each alias is the exact file a static host serves for it, sending readers to the article', () => {
    for (const file of FILES) {
      const path = join(build().dist, file);
      expect(existsSync(path) && statSync(path).isFile(), file).toBe(true);
      const html = readFileSync(path, 'utf8');
      expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/hugo-aliases/">');
      expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/articles\/hugo-aliases\/">/);
      expect(html).toContain('<a href="/articles/hugo-aliases/">Kabul’s first snow &amp; the city</a>');
    }
    // `.html` is the file itself, not a folder of that name.
    expect(existsSync(join(build().dist, 'old/hugo-story.html/index.html'))).toBe(false);
  });

  it('no alias is in the sitemap or the feeds', () => {
    const listed = ['sitemap-0.xml', 'rss.xml', 'atom.xml', 'feed.json'].map((f) => readFileSync(join(build().dist, f), 'utf8')).join('\n');
    expect(listed).toContain('/articles/hugo-aliases/');
    for (const address of ['/2009/03/16/hugo-story/', '/old/hugo-story.html', '/2009/03/story-bare/', 'caf']) expect(listed).not.toContain(address);
  });

  it('the pages pass the W3C Nu HTML Checker', () => {
    const run = spawnSync('java', ['-Xss2m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', ...FILES.map((f) => join(build().dist, f))], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url?: string; message: string }[] };
    expect(report.messages.filter((m) => m.type !== 'info').map((m) => `${m.url ?? ''} ${m.message}`)).toEqual([]);
  });
});
