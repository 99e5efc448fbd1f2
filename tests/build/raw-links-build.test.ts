/**
 * Round-8 finding 9: a raw HTML link written as an article file path or a site path without its slash is published
 * as the page's canonical URL, as a Markdown link is. The base newsroom plus one article linking another in every
 * form the tester used is built; the check lets it through (the build succeeds) and every link in the built body
 * is the canonical address of a page the build wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce, writeOverlayFile } from '../helpers/build-overlay.ts';

const S = 'wheat-prices-ease-as-northern-harvest-reaches-markets';
const RAW = [
  `<a href="../10/${S}.md">r1</a>`,
  `<a href="../10/${S}">r2</a>`,
  `<a href="../10/harvest-figures.md#main-figures">r5</a>`,
  `<a href="./../10/${S}.md">r7</a>`,
  `<A HREF="../10/${S}.md">r14</A>`,
  `<a href="  ../10/${S}.md  ">r12</a>`,
  `<a href="..&#x2F;10/${S}.md">r13</a>`,
  `<a href="../10/${S}.md" title="The harvest">r11</a>`,
  `<a href="/articles/${S}">r4</a>`,
  `<a href="/sections/economy">r3</a>`,
  // A ">" in a quoted attribute before href: read from the parse, by the renderer and the check alike (left10a).
  `<a title="a>b" href="../10/${S}.md">r15</a>`,
];
const BODY = `The minister arrived on Monday, officials said.

${RAW.join(' and ')}.

<div>
<a href="../10/${S}.md">in a div</a>
</div>

<details><summary>More</summary>
<a href="../10/${S}">in details</a>
</details>

See [the harvest](../10/${S}.md) too.
`;

const build = buildOnce('raw-links', (overlay) => {
  writeOverlayFile(
    overlay,
    'articles/2026/10/harvest-figures.md',
    `---\ntitle: Harvest figures\ndescription: The figures.\npublished: "2026-10-20T09:30:00+04:30"\nauthors: [nadia-rahyab]\nsection: economy\n---\n\n## Main figures\n\nThe harvest grew.\n`,
  );
  writeOverlayFile(
    overlay,
    'articles/2026/11/raw-links.md',
    `---\ntitle: Raw links to the harvest story\ndescription: Links written in raw HTML.\npublished: "2026-11-20T09:30:00+04:30"\nauthors: [nadia-rahyab]\nsection: diplomacy\n---\n\n${BODY}`,
  );
});

describe('raw HTML links on the built page', () => {
  it('builds (the check lets every form through)', () => {
    if (build().code !== 0) console.error(build().output.slice(-3000));
    expect(build().code).toBe(0);
  });

  it('every link in the body is the canonical address of a page the build wrote', () => {
    const html = readFileSync(join(build().dist, 'articles/raw-links/index.html'), 'utf8');
    // The story body: from its opening tag to the end of the article element.
    const body = /<div class="story-body">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
    // Attribute values may hold ">" (`title="a>b"`): a tag runs to the first ">" outside quotes.
    const hrefs = [...body.matchAll(/<a (?:[^>"]|"[^"]*")*?href="([^"]*)"/g)].map((m) => m[1] ?? '').filter((h) => !h.startsWith('/tags/'));
    expect(hrefs).toEqual([
      ...Array(2).fill(`/articles/${S}/`),
      '/articles/harvest-figures/#main-figures',
      ...Array(6).fill(`/articles/${S}/`),
      '/sections/economy/',
      `/articles/${S}/`,
      `/articles/${S}/`,
      `/articles/${S}/`,
      `/articles/${S}/`,
    ]);
    for (const href of new Set(hrefs)) expect(existsSync(join(build().dist, href.replace(/#.*$/, ''), 'index.html')), href).toBe(true);
    expect(html).not.toMatch(/href="[^"]*\.md[#"]/);
  });
});
