import { describe, expect, it } from 'vitest';

describe('round 36 F6: a body of short autolinks is refused by the link limit before any rule or the renderer sees it', async () => {
  const { nestingProblem, MARKUP_LIMITS } = await import('#/check/nesting.ts');
  const { runStressCase, STRESS_CASES } = await import('../../scripts/stress-cases.ts');
  it.each(['www.a.co ', 'http://a.co ', 'a@b.co '])('"%s" × 110,000: one line at the first link past 5,000', (unit) => {
    const problem = nestingProblem(unit.repeat(110_000));
    expect(problem?.message).toMatch(/^the body has more than 5,000 links .*\(the limit\); split it/);
    expect(problem).toMatchObject({ line: 1, column: MARKUP_LIMITS.links * unit.length + 1 });
  });
  it('5,000 links pass; a link in code, an address inside a word and an "@" without a domain are not counted', () => {
    expect(nestingProblem('www.a.co '.repeat(5_000))).toBeUndefined();
    // A Markdown link to an address is one link, not two.
    expect(nestingProblem(`${'[a](https://a.org) '.repeat(2_400)}${'https://b.org '.repeat(300)}`)).toBeUndefined();
    expect(nestingProblem(`${'See [a](https://a.org) and '.repeat(2_000)}a@b.co ${'x@y '.repeat(9_000)}`)).toBeUndefined();
    expect(nestingProblem(`\`\`\`\n${'www.a.co\n'.repeat(6_000)}\`\`\`\n`)).toBeUndefined();
    expect(nestingProblem('awww.a.co '.repeat(6_000))).toBeUndefined();
    expect(nestingProblem(`Words.\n\n${'a@b.co '.repeat(5_001)}`)).toMatchObject({ line: 3, column: 5_000 * 7 + 1 });
  });
  it('the check refuses the worst case with one line, never rendering it', () => {
    const c = STRESS_CASES.find((x) => x.name === 'short www autolinks')!;
    const r = runStressCase(c);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatch(/stress-case\.md:9:45001  body  the body has more than 5,000 links/);
    expect(r.renderMs).toBeUndefined();
  }, 120_000);
});

// Round 37d: the 2,000-pixel cap of round 36 was a second layer over bodyPhotoSize; the single rule (image-metadata.ts
// `bodyPhotoSize`) lays a 1-pixel-wide strip out at most 640 tall, as every body photo, and at least 1 pixel a side.
describe('round 36 F2: a body photo\'s width and height attributes are at least 1 and at most 640 tall', async () => {
  const { applyBodyImages, prepareBodyImages } = await import('#/domain/body-images-html.ts');
  const { bodyPhotoSize } = await import('#/domain/image-metadata.ts');
  it('a 16000×1 strip is never height="0"; a 1×16000 one is laid out 640 tall, a wider one scaled keeping its shape', () => {
    expect(bodyPhotoSize({ width: 16_000, height: 1 }, 1600)).toEqual({ width: 1600, height: 1 });
    expect(bodyPhotoSize({ width: 1600, height: 0 }, 1600)).toEqual({ width: 1600, height: 1 });
    expect(bodyPhotoSize({ width: 1, height: 16_000 }, 1600)).toEqual({ width: 1, height: 640 });
    expect(bodyPhotoSize({ width: 800, height: 16_000 }, 1600)).toEqual({ width: 32, height: 640 });
    expect(bodyPhotoSize({ width: 1200, height: 800 }, 1600)).toEqual({ width: 1200, height: 800 });
  });
  it('through the image pipeline and into the HTML', async () => {
    const meta = (width: number, height: number) => ({ src: `/photo-${width}x${height}.png`, width, height, format: 'png' }) as never;
    const prepared = await prepareBodyImages(['./images/wide.png', './images/tall.png'], [meta(16_000, 1), meta(1, 16_000)]);
    const html = applyBodyImages('<p><img src="./images/wide.png" alt="A strip"><img src="./images/tall.png" alt="A pole"></p>', prepared);
    expect(html).toMatch(/<img [^>]*width="1600" height="1"[^>]*alt="A strip">/);
    expect(html).toMatch(/<img [^>]*width="1" height="640"[^>]*alt="A pole">/);
  });
});

describe('round 36 F3: a problem inside a folded or multi-line frontmatter value is put on its own line', async () => {
  const { parseFrontmatter } = await import('#/check/frontmatter.ts');
  const { checkMarkdownInFields } = await import('#/check/rules/markdown-in-fields.ts');
  const { snippetPosition } = await import('#/check/text-position.ts');
  const warn = (source: string) => {
    const fm = parseFrontmatter(source);
    const lines: string[] = [];
    checkMarkdownInFields({ file: 'a.md', data: fm.data ?? {}, at: fm.locate, source }, (_file, field, message, pos) => lines.push(`${pos?.line}:${pos?.column} ${field} ${message.slice(0, 34)}`));
    return lines;
  };
  it.each([
    ['folded', 'description: >-\n  Flour sellers cut prices\n  as **lorries** from\n  Balkh unloaded.\n', '5:6'],
    ['literal', 'description: |\n  Flour sellers cut prices\n  as **lorries** from\n  Balkh unloaded.\n', '5:6'],
    ['plain, over lines', 'description: Flour sellers cut prices\n  as **lorries** from\n  Balkh unloaded.\n', '4:6'],
    ['double-quoted, over lines', 'description: "Flour sellers cut prices\n  as **lorries** from\n  Balkh unloaded."\n', '4:6'],
  ])('%s: at the Markdown on its own line', (_kind, field, at) => {
    expect(warn(`---\ntitle: Wheat\n${field}---\n\nBody.\n`)).toEqual([`${at} description fields are plain text: "**lorries*`]);
  });
  it('a link folded over two lines is found where it starts; on the key\'s line, its column', () => {
    expect(warn('---\ntitle: Wheat\ndescription: >-\n  Flour sellers cut prices, [the\n  talks](https://example.org/) said.\n---\n\nBody.\n')).toEqual(['4:29 description fields are plain text: "[the talks']);
    expect(warn('---\ntitle: Wheat **now**\ndescription: Flour.\n---\n\nBody.\n')).toEqual(['2:14 title fields are plain text: "**now**" i']);
  });
  it('snippetPosition: a no-break space is a character to find, not a fold; text the value does not hold is undefined', () => {
    const source = '---\ndescription: >-\n  a b\n  c\u00a0d\n';
    expect(snippetPosition(source, { line: 2, column: 14 }, '\u00a0', 20)).toEqual({ line: 4, column: 4 });
    expect(snippetPosition(source, { line: 2, column: 14 }, 'b c', 20)).toEqual({ line: 3, column: 5 });
    expect(snippetPosition(source, { line: 2, column: 14 }, 'zz', 20)).toBeUndefined();
  });
});

describe('round 36 F4: the page\'s dateline standing alone above an opening list, table, code block, quote or HTML block is a warning', async () => {
  const { checkEditorial } = await import('#/check/rules/editorial.ts');
  const warnings = (body: string) => {
    const lines: string[] = [];
    checkEditorial({ file: 'a.md', body, bodyLine: 9, data: { title: 'Wheat prices ease', dateline: 'KABUL' }, at: () => ({ line: 1, column: 1 }) }, { now: Date.parse('2026-12-01T00:00:00Z'), includeDrafts: false }, (_file, field, message, pos, severity) => {
      if (/stands alone/.test(message)) lines.push(`${pos?.line} ${field} ${severity} ${message}`);
    });
    return lines;
  };
  it.each([
    ['a list', '- Wheat rose.\n- Flour fell.\n'],
    ['a list', '1. Wheat rose.\n'],
    ['a table', '| Crop | Price |\n|---|---|\n| Wheat | 12 |\n'],
    ['a code block', '```\nprices\n```\n'],
    ['a code block', '    prices\n'],
    ['a quote', '> "We will reopen," the minister said.\n'],
    ['an HTML block (<div>)', '<div class="box">\n\nWheat rose.\n\n</div>\n'],
    ['an HTML block (<details>)', '<details><summary>Timeline</summary>\n\nWheat rose.\n\n</details>\n'],
    ['a heading', '## Key points\n\nWheat rose.\n'],
  ])('%s', (kind, body) => {
    expect(warnings(body)).toEqual([`9 body warning the body starts with ${kind}, so the dateline the page prints ("KABUL —") stands alone above it; start the body with the lead paragraph`]);
  });
  it('past a leading photo and its caption too; a lead paragraph (also one starting with emphasis or a number) is not warned', () => {
    expect(warnings('![Wagons](./images/w.jpg)\n*Wagons at the yard.*\n\n- Wheat rose.\n')).toHaveLength(1);
    expect(warnings('![Wagons](./images/w.jpg)\n*Wagons at the yard.*\n\nWheat rose on Monday.\n')).toEqual([]);
    expect(warnings('*Update:* wheat rose on Monday.\n\n- A list after the lead.\n')).toEqual([]);
    expect(warnings('2026 was a good year | for wheat.\n')).toEqual([]);
    expect(warnings('Wheat rose | fell\n---\n\nMore.\n')).toEqual([expect.stringContaining('starts with a heading')]);
    expect(warnings('<p>Wheat rose on Monday.</p>\n')).toEqual([]);
  });
});

describe('round 36 F7: stacked marks in a body, an over-long emoji sequence, and a language ICU cannot name', async () => {
  const { checkBodyText } = await import('#/check/rules/body-text.ts');
  const { plainText } = await import('#/schemas/fields.ts');
  const lines = (body: string) => checkBodyText(body, 9).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`).filter((l) => /stacked|emoji/.test(l));
  const family = (n: number) => Array.from({ length: n }, () => '\u{1F468}').join('\u200D');
  it('"a" and 50 acute accents in a body: one line at the letter', () => {
    expect(lines(`Prices rose.\n\nThe a${'\u0301'.repeat(50)} mark.\n`)).toEqual(['11:5 a character here carries 50 marks stacked on it (the limit is 16 code points a character), which spill over the lines around it; remove the stacked marks']);
  });
  it('an emoji sequence past 16 code points is told as one, not as stacked marks', () => {
    expect(lines(`A family ${family(12)} here.\n`)).toEqual([expect.stringMatching(/^9:10 an emoji sequence here joins 23 code points .*split it into separate emoji/)]);
  });
  it('a run of variation selectors is told by its own rule only, not also as stacked marks', () => {
    const all = checkBodyText(`Hidden a${'\uFE0F'.repeat(20)}${'\u{E0101}'.repeat(20)} data.\n`, 9).map((p) => p.message);
    expect(all.filter((m) => /variation selectors/.test(m))).toHaveLength(1);
    expect(all.filter((m) => /stacked|emoji/.test(m))).toEqual([]);
  });
  it('real text is not flagged: a ZWJ family, Vietnamese, pointed Hebrew, Hindi conjuncts, Zalgo of 15 marks', () => {
    expect(lines(`${family(4)}\u{1F3FD} Việt Nam בְּרֵאשִׁית֙ प्रधानमंत्री क्ष्म्य a${'\u0301'.repeat(15)}\n`)).toEqual([]);
  });
  it('a field over the code-point limit because of an emoji sequence says so; stacked marks keep their line', () => {
    const issue = (value: string) => plainText(200).safeParse(value).error?.issues.map((i) => i.message).join(' | ');
    expect(issue(`Talks ${family(401)}`)).toMatch(/^holds 807 code points; at most 800 are allowed, and an emoji sequence of 801 code points .*split it into separate emoji or shorten it$/);
    expect(issue(`Talks a${'\u0301'.repeat(900)}`)).toMatch(/so remove the stacked marks$/);
  });
  it('lang: pbt over Latin text names the language (Southern Pashto), not "pbt is pbt"', async () => {
    const { checkMissingLang } = await import('#/check/rules/missing-lang.ts');
    const out: string[] = [];
    const text = 'Wheat prices ease as the northern harvest reaches the markets of the capital';
    checkMissingLang('a.md', { title: text, description: text, lang: 'pbt' }, `${text}.\n`, () => ({ line: 1, column: 1 }), (_f, _field, message) => out.push(message));
    expect(out).toEqual([expect.stringMatching(/^lang: "pbt" is Southern Pashto, written in Arabic script, .*"pbt-Latn" if it is Southern Pashto written in Latin script/)]);
  });
});

describe('round 36 F2: a photo shaped like a strip (more than 20:1) is one warning line', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const sharp = (await import('sharp')).default;
  const { extremeAspects } = await import('#/check/rules/image-aspect.ts');
  it('16000×1 and 1×16000 are warned at their use; 2000×100 (20:1) is not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-aspect-'));
    try {
      const png = async (name: string, width: number, height: number) => {
        const path = join(dir, name);
        await sharp({ create: { width, height, channels: 3, background: '#888' } }).png().toFile(path);
        return { file: 'a.md', field: 'body', line: 12, column: 1, path, src: `./images/${name}`, label: `image ![A strip](./images/${name})` };
      };
      const lines = extremeAspects([await png('wide.png', 16_000, 1), await png('tall.png', 1, 16_000), await png('panorama.png', 2000, 100)]);
      expect(lines.map((d) => `${d.line}:${d.column} ${d.field} ${d.severity} ${d.message}`)).toEqual([
        '12:1 body warning image ![A strip](./images/wide.png) is 16000×1 pixels (16,000 times as wide as it is tall; the limit for a warning is 20), a strip that shows as a thin line across the page; check it is the file meant, or crop it closer to the picture',
        '12:1 body warning image ![A strip](./images/tall.png) is 1×16000 pixels (16,000 times as tall as it is wide; the limit for a warning is 20), a pole that shows as a thin column the reader scrolls past; check it is the file meant, or crop it closer to the picture',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('round 36 F3: the schema\'s plain-text lines (a character reference, a note) are put at what they quote, in a folded value too', () => {
  it('"&amp;" and "<!--" on the third line of a folded standfirst', async () => {
    const { checkArticles } = await import('../helpers/check-bodies.ts');
    const at = (text: string) =>
      checkArticles({ 'folded.md': `---\ntitle: Folded standfirst\ndescription: >-\n  Flour sellers cut prices\n  for the second week\n  as lorries ${text} unloaded.\npublished: 2026-11-12T09:15:00+04:30\nauthors: [zarlasht-niazai]\nsection: economy\n---\n\nBody text here.\n` })
        .filter((l) => l.includes(' description  '))
        .map((l) => l.slice(0, 60));
    expect(at('&amp; trucks')).toEqual(['folded.md:6:14 description  fields are plain text: the chara']);
    expect(at('<!-- check --> trucks')).toEqual(['folded.md:6:14 description  fields are plain text; an HTML c']);
  }, 60_000);
});
