import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

describe('round 36 F1: U+FFFD (a lost character) and U+FFFC (a lost object) are refused at their place', () => {
  const FFFD = 'contains U+FFFD, the mark of a character lost when the text was converted; retype the character that stood there';
  const FFFC = 'contains U+FFFC, an object replacement character (an image or object lost in copy-paste); remove it';
  it('in the title, the standfirst and the body, each at its character', () => {
    const lines = checkArticles({
      'lost.md': `${testFrontmatter({ title: 'Caf\uFFFD prices rise', description: 'Flour sellers \uFFFC cut prices.' })}Prices rose at the caf\uFFFD this week.\n\nSee the chart: \uFFFC\n`,
    });
    expect(lines).toContain(`lost.md:2:11 title  ${FFFD}`);
    expect(lines).toContain(`lost.md:3:28 description  ${FFFC}`);
    expect(lines).toContain(`lost.md:9:23 body  ${FFFD}`);
    expect(lines).toContain(`lost.md:11:16 body  ${FFFC}`);
  }, 60_000);
  it('text without them passes', () => {
    const lines = checkArticles({ 'kept.md': `${testFrontmatter({ title: 'Café prices rise' })}Prices rose at the café this week.\n` });
    expect(lines.filter((l) => l.includes('U+FFF'))).toEqual([]);
  }, 60_000);
});

describe('round 36 F2: text saved in the wrong encoding (mojibake) is a warning at its run', async () => {
  const { mojibakeRuns } = await import('#/check/rules/mojibake.ts');
  const runs = (text: string) => [...mojibakeRuns(text)].map((r) => `${r.index}:${r.text}`);
  it('the runs of "CafÃ©", "Ministerâ€™s", "â€œnew routeâ€", an emoji and Arabic are found', () => {
    expect(runs('CafÃ©')).toEqual(['3:Ã©']);
    expect(runs('Ministerâ€™s')).toEqual(['8:â€™']);
    expect(runs('â€œnew routeâ€')).toEqual(['0:â€œ']);
    expect(runs('Hi ðŸ˜€ and Ø§Ù„')).toEqual(['3:ðŸ˜€', '12:Ø§', '14:Ù„']);
    expect(runs('ÐŸÑ€Ð¸')).toEqual(['0:ÐŸ', '2:Ñ€', '4:Ð¸']);
    expect([...mojibakeRuns('CafÃ©')][0]!.message).toBe('reads like text saved in the wrong encoding ("Ã©" is "é" read as Windows-1252); replace it with "é"');
  });
  it.each([
    'Ça va', 'Ålesund', 'São Paulo', 'â', 'Straße „Straße“ and „ÄRGER“', 'Grüße, Müller, Öl, Übung', 'voilà\u00a0» et « À\u00a0bientôt »', 'CAFÉ’S “CAFÉ” ÉTÉ…',
    'Nguyễn Thị Minh Khai, Hà Nội, Phở bò', 'İstanbul, Şişli, Gümüşhane, çığ, ağaç', 'Ærø, Øresund, Åse', 'El AÑO», señor', 'naïve façade, Noël, crème brûlée', 'irmã”…', 'OÙ…, TÚ…', 'LLEGÓ…, EL AÑO…',
  ])('real text "%s" is not told', (text) => {
    expect(runs(text)).toEqual([]);
  });
  it('in the title, the standfirst and the body, a warning each at its run; code is skipped', () => {
    const lines = checkArticles({
      'misread.md': `${testFrontmatter({ title: 'CafÃ© owners meet', description: 'The Ministerâ€™s plan.' })}A â€œnew routeâ€ opens.\n\n\`CafÃ©\` in code.\n`,
    });
    const warn = (what: string, meant: string) => `warning: reads like text saved in the wrong encoding ("${what}" is "${meant}" read as Windows-1252); replace it with "${meant}"`;
    expect(lines).toContain(`misread.md:2:11 title  ${warn('Ã©', 'é')}`);
    expect(lines).toContain(`misread.md:3:26 description  ${warn('â€™', '’')}`);
    expect(lines).toContain(`misread.md:9:3 body  ${warn('â€œ', '“')}`);
    expect(lines.filter((l) => l.startsWith('misread.md:11:'))).toEqual([]);
  }, 60_000);
});

describe('round 36 F3: a character reference with no ";" or escaped twice is printed as typed: a warning in text', async () => {
  const { unendedReferences } = await import('#/check/rules/unended-references.ts');
  const lines = (body: string) => unendedReferences(body, 1).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);
  it('"&nbsp", "&copy ", "&#128512" and "&amp;nbsp;" at their "&"', () => {
    expect(lines('A&nbsp;b and a&nbsp b.\n\n&copy 2026 Dateline.\n\nSmile &#128512 and &#x1F600.\n\nSpace&amp;nbsp;here, quote&amp;#8217;s.\n')).toEqual([
      '1:15 "&nbsp" has no ";" so it is printed as typed; write "&nbsp;" or the character itself',
      '3:1 "&copy" has no ";" so it is printed as typed; write "&copy;" or the character itself',
      '5:7 "&#128512" has no ";" so it is printed as typed; write "&#128512;" or the character itself',
      '5:20 "&#x1F600" has no ";" so it is printed as typed; write "&#x1F600;" or the character itself',
      '7:6 "&amp;nbsp;" is printed as "&nbsp;" (escaped twice); write "&nbsp;" or the character itself',
      '7:27 "&amp;#8217;" is printed as "&#8217;" (escaped twice); write "&#8217;" or the character itself',
    ]);
  });
  it('words, code, raw HTML, addresses and whole references are not told', () => {
    expect(lines('AT&T, AT&T; R&D, Q&A, M&S, Smith &amp; Sons, &copy; 2026, &notebook, a&b.\n')).toEqual([]);
    expect(lines('Code `&nbsp` here.\n\n```\n&copy 2026\n&amp;nbsp;\n```\n\n    &copy 2026\n')).toEqual([]);
    expect(lines('<div>\n&copy 2026\n</div>\n\nSee https://example.org/?a=1&copy&b=2 and ?id=5&copy=2.\n')).toEqual([]);
  });
  it('the check prints it as a warning', () => {
    const out = checkArticles({ 'unended.md': `${testFrontmatter()}Prices&nbsp rose.\n` });
    expect(out).toContain('unended.md:9:7 body  warning: "&nbsp" has no ";" so it is printed as typed; write "&nbsp;" or the character itself');
  }, 60_000);
});

describe('round 36 F2/F3: floods are one pass and capped at 20 lines and a count', async () => {
  const { unendedReferences } = await import('#/check/rules/unended-references.ts');
  const { checkBodyText } = await import('#/check/rules/body-text.ts');
  it('1 MiB of "&copy " lines and of "CafÃ© " lines', () => {
    const refs = unendedReferences('&copy x\n'.repeat(130_000), 1);
    expect(refs).toHaveLength(21);
    expect(refs[20]!.message).toBe('…and 129980 more lines below with such character references; fix them too');
    const misread = checkBodyText('CafÃ© x\n'.repeat(130_000), 1).filter((p) => p.message.includes('wrong encoding'));
    expect(misread).toHaveLength(21);
    expect(misread.every((p) => p.severity === 'warning')).toBe(true);
  }, 60_000);
});
