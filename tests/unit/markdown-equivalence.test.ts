/**
 * The Markdown speed-ups change nothing a reader sees: every body in the sample newsroom and the test fixtures,
 * plus GFM-heavy copy, renders to the same HTML through the fast pipeline and the reference one (full
 * remark-gfm, rehype-raw on every body).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { createMarkdownRenderer } from '../../src/markdown/pipeline.ts';

const fast = createMarkdownRenderer('fast');
const reference = createMarkdownRenderer('reference');

function bodies(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f, parseFrontmatter(readFileSync(join(dir, f), 'utf8')).body]);
}

const samples: [string, string][] = [
  ['table', '| a | b |\n|:--|--:|\n| 1 | 2 |\n| `x|y` | **z** |'],
  ['strikethrough', 'It was ~~three~~ four delegations, and ~one~ too.'],
  ['footnotes', 'A claim.[^1] Another.[^note]\n\n[^1]: The source.\n[^note]: A longer note with [a link](https://example.org).'],
  ['bare urls', 'See https://example.org/report.pdf, or (https://example.org/a_(b)) and https://example.org/x?y=1.'],
  ['raw html', 'Before <abbr title="United Nations">UN</abbr> after.\n\n<figure><img src="https://e.org/a.png" alt="a"><figcaption>Cap</figcaption></figure>'],
  ['hostile html', '<script>alert(1)</script><img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a>'],
  ['code', '```\nhttps://not.a.link/ and <b>\n```\n\n`https://inline.code/`'],
];

describe('fast Markdown pipeline renders exactly like the reference pipeline', () => {
  it.each(samples)('%s', (_name, md) => {
    expect(fast(md)).toEqual(reference(md));
  });
  it.each(bodies('content'))('content/%s', (_file, md) => {
    expect(fast(md)).toEqual(reference(md));
  });
  it.each(bodies('tests/fixtures'))('tests/fixtures/%s', (_file, md) => {
    expect(fast(md)).toEqual(reference(md));
  });
});
