/**
 * Issue 10, defence in depth: the renderer never emits an image the content check would refuse, even for a body
 * rendered directly (the check not run). One rule for both (src/domain/image-source.ts): the image is dropped and
 * its alt text kept in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { refusedImageSrc } from '#/markdown/rehype-allowed-images.ts';
import { classifyImageSrc, localImagePlace, remoteImageRefusal } from '#/domain/image-source.ts';
import { site } from '#/site.config.ts';

const ARTICLE = 'articles/2026/11/story.md';

describe.each(['fast', 'reference'] as const)('the renderer (%s pipeline) drops images the check refuses', (mode) => {
  const render = createMarkdownRenderer(mode);
  const html = (body: string, articleInContent: string | undefined = ARTICLE) => render(body, undefined, { articleInContent }).html;

  it.each([
    ['a tracker host not in imageHosts', '![Market scene](https://tracker.example.com/pixel.gif?reader=1)'],
    ['plain http', '![Market scene](http://images.example.org/market.jpg)'],
    ['a page of this site', `![Market scene](${site.url}/sections/economy/)`],
    ['a protocol-relative tracker', '![Market scene](//tracker.example.com/p.gif)'],
    ['a path outside content/', '![Market scene](../../../../../outside.png)'],
    ['a path into a _ folder', '![Market scene](../_drafts/embargoed.png)'],
    ['an absolute path', '![Market scene](/etc/passwd.png)'],
    ['a reference-style tracker', '![Market scene][t]\n\n[t]: https://tracker.example.com/pixel.gif'],
    ['a raw HTML tracker', '<img src="https://tracker.example.com/pixel.gif" alt="Market scene">'],
    ['a raw HTML image outside content/', '<p><img src="../../../../x.png" alt="Market scene"></p>'],
  ])('%s: no <img>, the alt text kept', (_, body) => {
    const out = html(`Before ${body.includes('\n') || body.startsWith('<p>') ? `\n\n${body}\n\nafter.` : `${body} after.`}`);
    expect(out).not.toMatch(/<img\b/);
    expect(out).toContain('Market scene');
  });

  it('an image without alt text leaves nothing behind', () => {
    expect(html('Words ![](https://tracker.example.com/p.gif) more.')).toBe('<p>Words  more.</p>');
  });

  it('keeps what the check accepts: a local photo beside the article, and one up a folder inside content/', () => {
    expect(html('![Wagons](./images/wagons.jpg)')).toMatch(/<img src="\.\/images\/wagons\.jpg" alt="Wagons"/);
    expect(html('![Wagons](../images/wagons.jpg)')).toMatch(/<img src="\.\.\/images\/wagons\.jpg"/);
  });

  it('without the article\'s place, local paths are judged by their spelling only', () => {
    expect(html('![Wagons](../../../images/wagons.jpg)', undefined)).toMatch(/<img src="\.\.\/\.\.\/\.\.\/images\/wagons\.jpg"/);
    expect(html('![Wagons](/images/wagons.jpg)', undefined)).not.toMatch(/<img\b/);
  });
});

describe('the shared rule', () => {
  it('is the check\'s: https from imageHosts only, never the site, and inside content/', () => {
    expect(remoteImageRefusal(new URL('http://x.example/a.png'))).toEqual({ reason: 'http' });
    expect(remoteImageRefusal(new URL('https://tracker.example.com/a.png'))).toEqual({ reason: 'host', host: 'tracker.example.com' });
    expect(remoteImageRefusal(new URL(`${site.url}/a.png`))).toMatchObject({ reason: 'site-page' });
    expect(localImagePlace(ARTICLE, './images/a.png')).toEqual({ path: 'articles/2026/11/images/a.png' });
    expect(localImagePlace(ARTICLE, '../../../../a.png')).toEqual({ refused: 'outside' });
    expect(localImagePlace(ARTICLE, '../../../a.png')).toEqual({ path: 'a.png' });
    expect(localImagePlace(ARTICLE, './_hold/a.png')).toEqual({ refused: 'unpublished' });
    expect(classifyImageSrc('javascript:alert(1)')).toEqual({ kind: 'invalid', reason: 'scheme' });
    expect(refusedImageSrc('data:image/png;base64,AAAA', ARTICLE)).toBe('scheme');
    expect(refusedImageSrc('./images/a.png', ARTICLE)).toBeUndefined();
  });
});
