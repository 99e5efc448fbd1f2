/**
 * The fourth blind attack round's findings (issue 10): character references that spell refused characters,
 * image paths the check and the renderer would read differently, `npm run new` options, the code-point cap message.
 */
import { describe, expect, it } from 'vitest';
import { checkBodyText } from '#/check/rules/body-text.ts';

const bodyProblems = (body: string) => checkBodyText(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);

describe('character references in bodies', () => {
  it.each([
    ['Body i&#xE0041;j end.', 'U+E0041'],
    ['Zero &#x200B; width', 'U+200B'],
    ['Right &#x202E; to left', 'U+202E'],
    ['Decimal &#8238; override', 'U+202E'],
    ['Upper &#X202E; hex', 'U+202E'],
    ['Isolate &#x2066; here', 'U+2066'],
    ['Line &#x2028; separator', 'U+2028'],
    ['Tag &#917569; letter', 'U+E0041'],
    ['Named &ZeroWidthSpace; space', 'U+200B'],
    ['Named &NoBreak; joiner', 'U+2060'],
    ['Named &InvisibleTimes; operator', 'U+2062'],
    ['Short &af; name', 'U+2061'],
    ['Short &ic; name', 'U+2063'],
    ['Joiner &#x34F; here', 'U+034F'],
    ['Filler &#x115F; here', 'U+115F'],
    ['Musical &#x1D173; control', 'U+1D173'],
    ['Byte order &#xFEFF; mark', 'U+FEFF'],
    ['Selectors x&#xFE0F;&#xFE0F;&#xFE0F;&#xFE0F;&#xFE0F; run', 'U+FE0F'],
  ])('%s is refused with its line and column', (body, char) => {
    const lines = bodyProblems(`First paragraph.\n\n${body}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^12:\\d+ the character reference &[^ ]+; stands for ${char.replace("+", "\\+")}`));
  });

  it.each([
    ['ordinary references', 'Fish &amp; chips, &lt;tag&gt;, caf&eacute;, &#233;, &copy; 2026, &nbsp;'],
    ['one emoji selector', 'Hearts &#x2764;&#xFE0F; everywhere'],
    ['a reference shown as code', 'Write `&#x202E;` to see the trick, or:\n\n```\n&ZeroWidthSpace;\n```'],
    ['Persian joiners', 'Use &zwnj; and &zwj; and &lrm; where the spelling needs them'],
  ])('%s are taken', (_, body) => {
    expect(bodyProblems(body)).toEqual([]);
  });

  it('raw characters are still reported by the raw rules', () => {
    expect(bodyProblems('a\u202Eb').join('\n')).toContain('U+202E');
  });
});

describe('npm run new refuses what the check refuses', () => {
  it('tags by the newsroom rules: no letters, mixed scripts, another spelling of a topic', async () => {
    const { scaffoldOptionProblem } = await import('#/check/scaffold-options.ts');
    const existing = { defined: new Map<string, string>(), articles: [['rail'], ['rail', 'trade'], ['rail'], ['rail']] };
    expect(scaffoldOptionProblem([], ['!!!'], existing)).toContain('has no letters or digits');
    expect(scaffoldOptionProblem([], ['wh\u0435at'], existing)).toContain('mixes scripts');
    expect(scaffoldOptionProblem([], ['ｒａｉｌ'], existing)).toContain('a topic has one spelling: write "rail"');
    expect(scaffoldOptionProblem([], ['Rail'], { defined: new Map([['rail', 'Rail']]), articles: [] })).toBeUndefined();
    expect(scaffoldOptionProblem([], ['rail', 'wheat'], existing)).toBeUndefined();
  });
});

describe('the code-point bound on fields', () => {
  it('counts an emoji sequence as one, so 200 family emoji make a headline; stacked marks are still bounded', async () => {
    const { plainText } = await import('#/schemas/fields.ts');
    const title = plainText(200);
    expect(title.safeParse(`Families ${'👨‍👩‍👧‍👦'.repeat(150)}`).success).toBe(true);
    expect(title.safeParse('👨🏻‍👩🏻‍👧🏻‍👦🏻'.repeat(200)).success).toBe(true);
    const zalgo = title.safeParse(`Economy${'\u0301'.repeat(4000)}`);
    expect(zalgo.success ? '' : zalgo.error.issues.map((i) => i.message).join(' | ')).toContain('at most 800 are allowed');
    const joiners = title.safeParse(`a${'\u200D'.repeat(4000)}`);
    expect(joiners.success).toBe(false);
  });
});

describe('names that are not UTF-8', () => {
  it('a folder or file named in Latin-1 is one line, not a crash', async () => {
    const { mkdirSync, mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { listMarkdownFiles } = await import('#/check/rules/trust.ts');
    const dir = mkdtempSync(join(tmpdir(), 'latin1-'));
    try {
      mkdirSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('dir')]));
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/n`), Buffer.from([0xe4]), Buffer.from('me.md')]), '---\nname: X\n---\n');
      writeFileSync(join(dir, 'good.md'), '---\nname: Y\n---\n');
      const refused: string[] = [];
      const files = listMarkdownFiles(dir, true, (p) => refused.push(p.message));
      expect(files.map((f) => f.slice(dir.length))).toEqual(['/good.md']);
      expect(refused.sort()).toEqual([
        'the file name is not valid UTF-8 (shown with "\uFFFD"), so it cannot be read; rename it with plain letters',
        'the folder name is not valid UTF-8 (shown with "\uFFFD"), so it cannot be read; rename it with plain letters',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('calendars in lang and characters in URLs (round-4 finding 6)', () => {
  it('a calendar Dateline does not show is one line naming the tag to write; shown calendars pass', async () => {
    const { languageTag, absoluteUrl } = await import('#/schemas/fields.ts');
    const r = languageTag.safeParse('en-u-ca-chinese');
    expect(r.success).toBe(false);
    expect(r.error?.issues).toHaveLength(1);
    expect(r.error?.issues[0]?.message).toMatch(/^asks for the chinese calendar, which Dateline does not show .*write "en"$/);
    // (Round 8: digits are refused too, in the same line: src/domain/language-tags.ts, dateFormattingProblem.)
    expect(languageTag.safeParse('ar-AF-u-ca-dangi-co-phonebk').error?.issues[0]?.message).toContain('write "ar-AF-u-co-phonebk"');
    for (const ok of ['en-u-ca-islamic', 'fa-AF-u-ca-persian', 'en-u-ca-gregory', 'ar-u-ca-islamic-umalqura', 'ar-AF-u-co-phonebk']) expect(languageTag.safeParse(ok).success).toBe(true);
    // A lone surrogate (YAML "\uD800") is refused as in every other field, not turned into U+FFFD.
    const url = absoluteUrl.safeParse('https://example.org/\uD800');
    expect(url.error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^contains U\+D800, which is not a text character/)]);
    expect(absoluteUrl.safeParse('https://example.org/a').success).toBe(true);
    expect(absoluteUrl.safeParse('ftp://example.org/a').error?.issues[0]?.message).toContain('must be an absolute URL');
  });
});
