/**
 * Issue 10, round 10: the parser's one quadratic step (an unclosed inline `<!--`, `<?`, `<![CDATA[` or `<!x` makes
 * it scan to the paragraph's end, then start again one character later) is bounded by one linear estimate
 * (src/markdown/html-scan-cost.ts). The check refuses a body over it in one line; the renderer refuses it too,
 * whichever path hands it over; the check's own parses (reference images, anchor targets) skip it.
 */
import { describe, expect, it } from 'vitest';
import { HTML_SCAN_BUDGET, htmlScanProblem, unclosedHtmlScanCost } from '#/markdown/html-scan-cost.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { runJob } from '#/build/render-batch.ts';
import { checkHtmlScan } from '#/check/rules/html-scan.ts';
import { referenceImages } from '#/check/reference-images.ts';
import { anchorIndex } from '#/check/rules/anchors.ts';

/** `n` openers spread through one paragraph of `bytes` of words. */
function spread(n: number, bytes: number, opener = '<!-- '): string {
  const words = 'word '.repeat(Math.floor(bytes / 5));
  const step = Math.floor(words.length / n);
  return Array.from({ length: n }, (_, i) => `${words.slice(i * step, (i + 1) * step)}${opener}`).join('');
}

describe('the estimate', () => {
  it('counts only openers with no close after them in their block of lines', () => {
    expect(unclosedHtmlScanCost('Said <!-- a note --> and <? pi ?> and <![CDATA[ x ]]> and <!DOCTYPE x>.').cost).toBe(0);
    expect(unclosedHtmlScanCost('Empty <!--> and <!---> comments are complete.').cost).toBe(0);
    expect(unclosedHtmlScanCost('0123456789<!-- open').cost).toBe('<!-- open'.length);
    expect(unclosedHtmlScanCost('0123456789<!-- open').first).toBe(10);
    // A close in the next paragraph does not count: a paragraph never runs past a blank line.
    expect(unclosedHtmlScanCost('a <!-- b\n\nc --> d').cost).toBe('<!-- b'.length);
    expect(unclosedHtmlScanCost('a <? b <! c').cost).toBe('<? b <! c'.length);
    expect(unclosedHtmlScanCost('a <!x b').cost).toBe('<!x b'.length);
  });

  it('is linear: 1 MiB of openers in one paragraph is estimated, never parsed', () => {
    const body = spread(1000, 1_000_000);
    expect(unclosedHtmlScanCost(body).cost).toBeGreaterThan(HTML_SCAN_BUDGET);
    expect(htmlScanProblem(body)).toMatch(/left unclosed in a long paragraph/);
    expect(htmlScanProblem('<!-- '.repeat(0) + 'Plain words. <!-- closed --> More words.')).toBeUndefined();
  });
});

describe('no path parses a body over the budget', () => {
  const body = spread(1000, 1_000_000);

  it('the renderer refuses it with one line (a path that skipped the check)', () => {
    expect(() => createMarkdownRenderer('fast')(body)).toThrow(/raw HTML openers .* are left unclosed in a long paragraph/);
    const out = runJob({ body });
    expect('error' in out && out.error).toMatch(/^raw HTML openers .*million characters; the limit is 40 million\)/);
    expect('error' in out && out.error.includes('\n')).toBe(false);
  });

  it('the check refuses it at the first opener', () => {
    const pi = spread(5000, 50_000, '<? ');
    const [problem, ...more] = checkHtmlScan(`Intro.\n\n${pi}`, 9).problems;
    expect(more).toEqual([]);
    expect(problem?.pos).toEqual({ line: 11, column: pi.indexOf('<?') + 1 });
    expect(problem?.message).toMatch(/^raw HTML openers/);
    expect(checkHtmlScan(body, 1).far).toBe(true);
    expect(checkHtmlScan('Words <!-- open', 1).problems).toEqual([]);
  });

  it('the check\'s own parses skip it: reference images and anchor targets', () => {
    const withImage = `![a][r] ${body}\n\n[r]: ./images/a.png`;
    expect(referenceImages(withImage).images).toEqual([]);
    const index = anchorIndex({ article: () => ({ body: `## Key\n\n${body}`, corrections: false }) });
    // Not read, so not judged (the target has its own error line).
    expect(index.onArticle('t', 'nope', { suggest: false, inPage: false })).toBeUndefined();
  });

  it('bodies the check accepts are rendered as before', () => {
    const render = createMarkdownRenderer('fast');
    expect(render('Said <!-- a note --> so. And <? pi ?> too.').html).toBe('<p>Said  so. And  too.</p>');
    expect(render('A `<!--` in code.').html).toContain('<code class="nowrap">&#x3C;!--</code>');
  });
});
