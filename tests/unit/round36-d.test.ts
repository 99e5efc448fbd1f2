/** Round 36 helper d: a blind attacker's findings (bidi islands at scale, web-address link hints, empty mailto/tel, U+FDFD on social cards). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createCardRenderer } from '#/build/cards/draw.ts';
import { cardText, cardTextDrawable } from '#/outputs/card-coverage.ts';
import { renderBody } from '#/build/render-batch.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

/** The check's lines for one article whose body is these paragraphs, one link each: `line message`. */
function linkLines(paragraphs: string[]): string[] {
  return checkArticles({ 'links.md': testFrontmatter() + paragraphs.join('\n\n') }).map((l) => l.replace(/^links\.md:(\d+):\d+ /, '$1 '));
}

describe('F5: right-to-left islands in a huge paragraph', () => {
  it('renders 66,666 alternating Arabic letters and digits without overflowing the stack', () => {
    const html = renderBody(`Intro ${'ک1'.repeat(66666)} end.`).html;
    expect(html.startsWith('<p>Intro <bdi>ک</bdi>1<bdi>ک</bdi>1')).toBe(true);
    expect(html.endsWith('<bdi>ک</bdi>1 end.</p>')).toBe(true);
    expect(html.split('<bdi>').length - 1).toBe(66666);
  }, 60_000);
});

describe('F8: a web address without its full https://', () => {
  it('is told the address to write, not a file path to fix', () => {
    expect(linkLines(['[x](www.example.org/report)', '[x](example.org/page)', '[x](https//example.org)', '[x](https:example.org)', '<a href="www.example.org">y</a>'])).toEqual([
      '9 link  link [x](www.example.org/report) is a web address without "https://", so the page would read it as a path on this site; write https://www.example.org/report',
      '11 link  link [x](example.org/page) is a web address without "https://", so the page would read it as a path on this site; write https://example.org/page',
      '13 link  link [x](https//example.org) is missing the ":" after "https", so the page would read it as a path on this site; write https://example.org',
      '15 link  link [x](https:example.org) is missing "//" after "https:"; write https://example.org',
      '17 link  link www.example.org is a web address without "https://", so the page would read it as a path on this site; write https://www.example.org',
    ]);
  });

  it('leaves relative links to files as paths', () => {
    const lines = linkLines(['[x](../2026/11/story.md)', '[x](story.md)', '[x](example.md)', '[x](report.pdf)']);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toContain('https://');
    expect(lines[2]).toMatch(/example\.md, which does not exist; fix the path or remove the link$/);
  });
});

describe('mailto: and tel: links that reach no one', () => {
  it('are errors with the address to write', () => {
    expect(linkLines(['[x](mailto:)', '[x](tel:)', '[x](mailto:?subject=hi)', '[x](mailto:newsdesk)', '[x](tel:+)', '<a href="mailto:">x</a>'])).toEqual([
      '9 link  link [x](mailto:) has no e-mail address after "mailto:"; write the address, e.g. mailto:newsdesk@example.org, or remove the link',
      '11 link  link [x](tel:) has no phone number after "tel:"; write the number with its country code, e.g. tel:+93201234567, or remove the link',
      '13 link  link [x](mailto:?subject=hi) has no e-mail address after "mailto:"; write the address, e.g. mailto:newsdesk@example.org, or remove the link',
      '15 link  link [x](mailto:newsdesk) has "newsdesk" after "mailto:", which is not an e-mail address (one "@" between a name and a host); write the whole address, e.g. mailto:newsdesk@example.org',
      '17 link  link [x](tel:+) has no phone number after "tel:"; write the number with its country code, e.g. tel:+93201234567, or remove the link',
      '19 link  link mailto: has no e-mail address after "mailto:"; write the address, e.g. mailto:newsdesk@example.org, or remove the link',
    ]);
  });

  it('keeps real addresses and numbers', () => {
    expect(linkLines(['[x](mailto:news@example.org)', '[x](mailto:?to=news@example.org&subject=hi)', '[x](mailto:a@example.org,b@example.org)', '[x](tel:+93-20-123-4567)', '<news@example.org>'])).toEqual([]);
  });

  it('are rendered without their address when the check was not run, in both pipelines', () => {
    for (const kind of ['fast', 'reference'] as const) {
      const html = createMarkdownRenderer(kind)('Write [to us](mailto:) or [call](tel:) or [mail](mailto:news@example.org).').html;
      expect(html).not.toContain('href="mailto:"');
      expect(html).not.toContain('href="tel:"');
      expect(html).toContain('href="mailto:news@example.org"');
    }
  });
});

describe('F1: U+FDFD (﷽) on a social card', () => {
  it('is set as the words it stands for, and the rest of the headline is kept', () => {
    expect(cardText('Prayer \uFDFD opens the talks in Kabul')).toBe('Prayer بسم الله الرحمن الرحيم opens the talks in Kabul');
    expect(cardText('Envoy lands in Kabul')).toBe('Envoy lands in Kabul');
    expect(cardTextDrawable({ title: 'Prayer \uFDFD opens', section: 'Society', siteName: 'Dateline' })).toBe(true);
  });

  it('draws the words after it', async () => {
    const renderer = await createCardRenderer('Dateline', join(mkdtempSync(join(tmpdir(), 'cards-')), 'fonts'));
    /** Headline ink: the red channel above the background's, in rows 110–530 (below the section name). */
    const ink = async (title: string) => {
      const { data, info } = await sharp(await renderer.draw({ slug: 's', title, section: 'Society', siteName: 'Dateline' })).raw().toBuffer({ resolveWithObject: true });
      let sum = 0;
      for (let i = 110 * 1200 * info.channels; i < 530 * 1200 * info.channels; i += info.channels) sum += Math.max(0, data[i]! - 0x16);
      return sum;
    };
    // Without the fix the first card had the ink of "Prayer" alone, and the second none at all.
    expect(await ink('Prayer \uFDFD opens the talks in Kabul')).toBeGreaterThan(2 * (await ink('Prayer')));
    expect(await ink('بسم \uFDFD الله')).toBeGreaterThan(0);
  }, 60_000);
});
