/**
 * Content that passes the check builds to pages the W3C Nu HTML Checker accepts (issue 10, second attack round,
 * item 2). tests/fixtures/valid-html holds an article and a bio with every structural slip raw HTML allows (two
 * figcaptions, `<dt>` without `<dd>`, stray `<li>`, `colspan=99999`, two captions, `scope=bogus`, summary-less
 * `<details>`, blocks inside headings, links inside links…); the newsroom is built and vnu judges the pages. The
 * addresses and images the check refuses (an `<img srcset>` without src, credentials, bad ports) are rendered
 * directly: should one ever slip past the check, the page still validates.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';
import { buildWithOverlay, ROOT, type OverlayBuild } from '../helpers/build-overlay.ts';

const VNU_JAR = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

let build: OverlayBuild;
let work = '';

beforeAll(async () => {
  build = await buildWithOverlay('valid-html', join(ROOT, 'tests/fixtures/valid-html/content'));
  work = build.work;
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Errors vnu reports for the files, as `file:line message`. */
function vnu(files: string[]): string[] {
  const run = spawnSync('java', ['-Xss2m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(run.error).toBeUndefined();
  const report = JSON.parse(run.stderr || run.stdout) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  return report.messages.filter((m) => m.type !== 'info').map((m) => `${m.url?.split('/').slice(-2).join('/') ?? ''}:${m.lastLine ?? 0} ${m.message}`);
}

/**
 * Addresses, images and structure the check refuses (a block inside a link's line splits the paragraph: round 13),
 * rendered anyway: the renderer removes what would not validate.
 */
const REFUSED_BY_THE_CHECK = `
<img srcset="https://images.example.com/a.jpg 1x"> <img src="https://images.example.com/b.jpg" width="100%">

<a href="https://a b">space</a> <a href="http://">empty</a> <a href="https://%zz">percent</a> <a href="https://u:p@h.example/">credentials</a>
<a href="https://h.example:99999/">port</a> <a href="https://h.example/a[b]|c">brackets</a> <a href="HTTPS://h.example/">upper</a>
<a href="java&#x09;script:alert(1)">tab</a> <q cite="https://a b">cite</q> <a href="mailto:desk@example.org">mail</a>

[md space](<https://a b>) [md percent](https://h.example/%zz) [md credentials](https://u:p@h.example/) [md port](https://h.example:99999/)

<a href="https://example.org/"><details><summary>Inside a link</summary></details></a>
`;

describe('pages built from hostile structure validate', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('the article and the bio pass the W3C Nu HTML Checker, and the rendered check-refused cases too', () => {
    const article = join(work, 'dist/articles/structure-that-validators-accept/index.html');
    const bio = join(work, 'dist/authors/nadia-rahyab/index.html');
    const direct = join(work, 'refused-by-the-check.html');
    const { html } = createMarkdownRenderer()(REFUSED_BY_THE_CHECK);
    writeFileSync(direct, `<!doctype html><html lang="en"><head><title>Refused by the check</title></head><body><main>${html}</main></body></html>`);
    expect(vnu([article, bio, direct])).toEqual([]);
    // Repaired, not emptied: the words are all there.
    const page = readFileSync(article, 'utf8');
    for (const words of ['Second caption', 'Term without a definition', 'A stray list item outside any list', 'Caption after rows', 'Opened without a summary', 'item in a quote term in a quote']) {
      expect(page.replace(/\s+/g, ' ')).toContain(words);
    }
    // Language tags (round 6): the article's `lang` is on the page; raw `lang` values vnu would refuse are dropped.
    expect(page).toContain('lang="en-GB-x-desk"');
    for (const kept of ['sl-rozaj-biske', 'fa-AF-u-ca-persian-nu-latn', 'en-US-x-twain']) expect(page).toContain(`lang="${kept}"`);
    for (const dropped of ['fa-x-u-ca-chinese', 'en-1994', 'zzz', 'en-a-bbb']) expect(page).not.toContain(`lang="${dropped}"`);
    // An uppercase scheme is a link like any other; mailto and tel are kept.
    expect(html).toContain('href="https://h.example/"');
    expect(html).toContain('href="mailto:desk@example.org"');
    expect(html).not.toMatch(/javascript|%zz|u:p@|99999/i);
  }, 300_000);

  it('footnote ids are unique and hold no whitespace, and each call and "↩" lands on its own note (round 12, findings 1–3)', () => {
    for (const file of ['dist/articles/structure-that-validators-accept/index.html', 'dist/authors/nadia-rahyab/index.html']) {
      const page = readFileSync(join(work, file), 'utf8');
      const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))));
      const footnoteIds = ids.filter((id) => id.startsWith('user-content-fn'));
      expect(footnoteIds.length, file).toBeGreaterThanOrEqual(4);
      expect(footnoteIds.filter((id) => /[\s\p{Cf}]/u.test(id)), file).toEqual([]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), file).toEqual([]);
      // Every footnote link names an id of the page (as written or percent-decoded), and no two calls share a target id.
      const hrefs = [...page.matchAll(/<a href="#(user-content-fn[^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
      for (const href of hrefs) expect(ids, `${file} #${href}`).toContain(href);
    }
    const article = readFileSync(join(work, 'dist/articles/structure-that-validators-accept/index.html'), 'utf8');
    for (const note of ['Umlaut note.', 'Escaped note.', 'Encoded space.', 'Encoded line break.', 'Encoded zero-width space.', 'First note.', 'Second, separate note.']) {
      expect(article).toContain(note);
    }
    // The note labelled 1-2 goes back to its own call, which has an id (not to note 1's second call).
    const back = /<li id="([^"]*)">\s*<p>Second, separate note\. <a href="#([^"]*)"/.exec(article);
    expect(back).not.toBeNull();
    const call = new RegExp(`<a href="#${back![1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" id="${back![2]!}"`);
    expect(article).toMatch(call);
  });
});
