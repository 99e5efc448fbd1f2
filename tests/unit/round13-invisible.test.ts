/**
 * Round 13's invisible characters (findings 1, 3, 7, 8, 9, 10): what prints nothing must not make empty links
 * pass, a second topic or byline that reads the same, a repeated dateline unnoticed, or heading ids nobody can type.
 * One content check over the base fixture plus each finding's inputs; unit tests of the fold itself.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { dropInvisible, readerText } from '#/domain/reader-text.ts';
import { headingIdAssigner } from '#/markdown/heading-ids.ts';
import { straySelectorProblem } from '#/check/rules/invisible-in-names.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'dateline-round13-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SHY = '\u00AD';
const NBSP = '\u00A0';
const VS15 = '\uFE0E';
const ZWJ = '\u200D';

const article = (fm: Record<string, string>, body: string) =>
  `---\n${Object.entries({
    title: 'Test headline for round thirteen',
    description: 'A standfirst for the test.',
    published: '"2026-11-20T10:00:00+04:30"',
    authors: '[nadia-rahyab]',
    section: 'economy',
    ...fm,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}\n`;

let lines: string[] = [];
const of = (file: string) => lines.filter((l) => l.includes(`content/articles/2026/11/${file}.md:`));
const at = (file: string) => lines.filter((l) => l.includes(`content/${file}:`));

beforeAll(() => {
  const content = join(work, 'content');
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
  const dir = join(content, 'articles/2026/11');
  const write = (name: string, text: string) => writeFileSync(join(dir, `${name}.md`), text);
  // Finding 1: links and images that show nothing.
  const links = [
    `[${SHY}](https://example.org/a)`,
    '[&shy;](https://example.org/b)',
    '[&nbsp;](https://example.org/c)',
    '[\u2800](https://example.org/d)',
    '[&zwnj;](https://example.org/e)',
    '[\u200E](https://example.org/f)',
    '[<br>](https://example.org/g)',
    '[<span></span>](https://example.org/h)',
    '[<sup></sup>](https://example.org/i)',
    '[<!-- x -->&nbsp;](https://example.org/j)',
    `[\`${NBSP}\`](https://example.org/k)`,
    '<a href="https://example.org/l">&#xAD;</a>',
    '[words](https://example.org/m) and [![chart](./images/envoy-arrival.png)](https://example.org/n) and <a href="https://example.org/o"><img src="https://example.org/p.png" alt="p"></a>',
  ];
  // The HTML parser splits this `<a>` around the block into an empty element and one with the words.
  links.push('<a href="https://example.org/s"><details><summary>Inside a link</summary></details></a>');
  links.push('[&nbsp;][ref] and [&zwnj;][] and [kept][ref]\n\n[ref]: https://example.org/q\n[&zwnj;]: https://example.org/r');
  const images = ['![&nbsp;](./images/envoy-arrival.png)', `![${SHY}](./images/envoy-arrival.png)`, '![&zwnj;](./images/envoy-arrival.png)', '![A real description](./images/envoy-arrival.png)'];
  write('r13-links', article({}, [...links, ...images].join('\n\n')));
  const bio = join(content, 'authors/nadia-rahyab.md');
  writeFileSync(bio, `${readFileSync(bio, 'utf8')}\nBio [&nbsp;](https://example.org/bio) here.\n`);
  // Finding 7: a selector or soft hyphen in a tag, a topic file name and a topic name.
  write('r13-tags', article({ tags: `["Doha talks${VS15}", "Doha tal${SHY}ks", "trans${ZWJ}it"]` }, 'Body text.'));
  mkdirSync(join(content, 'tags'), { recursive: true });
  writeFileSync(join(content, 'tags', `envoys${VS15}.md`), `---\nname: "envoys${VS15}"\n---\n`);
  writeFileSync(join(content, 'tags', 'wheat.md'), `---\nname: "whe${SHY}at"\n---\n`);
  // Finding 3: a topic file stored decomposed, its topic used composed.
  writeFileSync(join(content, 'tags', 'cafe\u0301-culture.md'), '---\nname: "Caf\u00E9 culture"\n---\n');
  write('r13-nfd', article({ tags: '["Caf\u00E9 culture"]' }, 'Body text.'));
  write('r13-nfd-2', article({ tags: '["Cafe\u0301 culture"]' }, 'Body text.'));
  // Finding 8: names that differ only invisibly.
  writeFileSync(join(content, 'authors/nadia-rahyab-2.md'), `---\nname: "Nadia${NBSP}Ra${SHY}hyab"\n---\n\nBio.\n`);
  writeFileSync(join(content, 'sections/economy-2.md'), `---\nname: "Econ${SHY}omy"\n---\n`);
  write('r13-byline', article({ authors: '["Nadia Rahyab"]' }, 'Body text.'));
  // Finding 9: the dateline repeated with what prints nothing inside or after it.
  const openings = [`KA${SHY}BUL — Officials met on Monday.`, 'KA&shy;BUL — Officials met on Monday.', `KABUL${ZWJ} — Officials met on Monday.`, `KABUL${VS15} — Officials met on Monday.`, 'K<span>ABUL</span> — Officials met on Monday.', 'KA<!-- x -->BUL — Officials met on Monday.', 'Kabul residents queued on Monday.'];
  // Each its own headline: one headline twice is a line of its own (round 37b #6), on the later file.
  openings.forEach((opening, i) => write(`r13-dateline-${i + 1}`, article({ dateline: 'KABUL', title: `"Officials met, take ${i + 1}"` }, opening)));
  // Finding 10: headings with a selector or a no-break space, and links to them.
  write(
    'r13-headings',
    article({}, `Intro [c](#trade) [d](#kabul-talks) [e](#trade${VS15}) [f](#-calls).\n\n## Trade${VS15}\n\nText.\n\n## Kabul${NBSP}talks\n\nText.\n\n## ☎️ calls\n\nText.`),
  );
  lines = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map(
    (d) => `${d.file}:${d.line ?? 0}:${d.column ?? 0} ${d.severity} ${d.field}  ${d.message}`,
  );
  if (process.env['R13_DUMP']) writeFileSync(process.env['R13_DUMP'], lines.join('\n'));
});

describe('finding 1: link and alt text that shows nothing', () => {
  it('every link made only of invisible characters, tags or comments has the "has no text" line', () => {
    const empty = of('r13-links').filter((l) => l.includes('has no text') && /example\.org\/[a-l]\b/.test(l));
    for (const letter of 'abcdefghijkl') expect(empty.some((l) => l.includes(`https://example.org/${letter}`)), letter).toBe(true);
    expect(empty).toHaveLength(12);
    expect(empty.find((l) => l.includes('example.org/l'))).toContain('between <a …> and </a>');
  });
  it('links with words or a picture pass', () => {
    expect(of('r13-links').filter((l) => /has no text/.test(l) && /example\.org\/[mnops]\b/.test(l))).toEqual([]);
  });
  it('reference links too', () => {
    const refs = of('r13-links').filter((l) => l.includes('has no text') && /link \[&(?:nbsp|zwnj);\]\[/.test(l));
    expect(refs).toHaveLength(2);
    expect(of('r13-links').filter((l) => l.includes('[kept]'))).toEqual([]);
  });
  it('in an author bio too', () => {
    expect(at('authors/nadia-rahyab.md').some((l) => l.includes('https://example.org/bio') && l.includes('has no text'))).toBe(true);
  });
  it('alt text of a no-break space, a soft hyphen or a ZWNJ is no alt text', () => {
    expect(of('r13-links').filter((l) => l.includes('has no alt text'))).toHaveLength(3);
  });
});

describe('finding 7: invisible characters in topics', () => {
  it('a tag with a variation selector after a letter is an error naming the code point', () => {
    const tags = of('r13-tags');
    expect(tags.some((l) => /error tags\[0\] .*U\+FE0E.*remove the invisible U\+FE0E/.test(l))).toBe(true);
  });
  it('a tag with a soft hyphen or a zero-width joiner between Latin letters is refused as invisible', () => {
    const tags = of('r13-tags');
    expect(tags.some((l) => /error tags\[1\] +tag "Doha tal.ks" holds the invisible U\+00AD \(soft hyphen\) after "Doha tal"/.test(l))).toBe(true);
    // ZWJ between letters is Indic and Persian spelling: not refused as invisible; the one-spelling rule names it.
    expect(tags.some((l) => /tags\[2\] +tag "trans.it" \(it holds the invisible U\+200D \(zero-width joiner\) after "trans"\) is the topic \/tags\/transit\//.test(l))).toBe(true);
  });
  it('a topic file name and a topic name holding one are refused', () => {
    expect(at(`tags/envoys${VS15}.md`).some((l) => /file +file name .*U\+FE0E.*retype the file name/.test(l))).toBe(true);
    expect(at(`tags/envoys${VS15}.md`).some((l) => /name .*U\+FE0E/.test(l))).toBe(true);
    expect(at('tags/wheat.md').some((l) => /error name +topic name .* U\+00AD \(soft hyphen\)/.test(l))).toBe(true);
  });
  it('text fields refuse U+FE0E/U+FE0F after a letter, not after an emoji', () => {
    expect(straySelectorProblem(`Trade${VS15} talks`)).toContain('U+FE0E (variation selector-15, text style) after "Trade"');
    expect(straySelectorProblem('Hearts ❤️ and ☎︎')).toBeUndefined();
    expect(straySelectorProblem('Keycap 1️⃣')).toBeUndefined();
    expect(straySelectorProblem(`G7${VS15} summit`)).toContain('after "G7"');
    // Other selectors: refused after a Latin letter, kept after a CJK ideograph or a Myanmar letter (standard variants).
    expect(straySelectorProblem('Trade\u{E0101}')).toContain('variation selector-18');
    expect(straySelectorProblem('Kab\uFE00ul')).toContain('U+FE00');
    expect(straySelectorProblem('葛\u{E0100}城 and \u1000\uFE00')).toBeUndefined();
  });
});

describe('finding 3: a topic file stored decomposed', () => {
  it('the file gets its rename line and the article no self-contradictory one', () => {
    expect(lines.some((l) => l.includes('tags/cafe\u0301-culture.md') && l.includes('decomposed'))).toBe(true);
    expect(of('r13-nfd').filter((l) => l.includes('leaves out'))).toEqual([]);
    expect(of('r13-nfd').filter((l) => l.includes('error'))).toEqual([]);
    // A tag typed decomposed beside the composed topic says so instead of asking for what it shows.
    expect(of('r13-nfd-2').some((l) => l.includes('(its accents are typed as separate marks'))).toBe(true);
  });
});

describe('finding 8: same-name authors and sections', () => {
  it('names that differ by a no-break space or a soft hyphen get the warning', () => {
    expect(at('authors/nadia-rahyab-2.md').some((l) => l.includes('readers cannot tell them apart'))).toBe(true);
    expect(at('authors/nadia-rahyab.md').some((l) => l.includes('readers cannot tell them apart'))).toBe(true);
    expect(at('sections/economy-2.md').some((l) => l.includes('readers cannot tell them apart'))).toBe(true);
  });
  it('a display name written for an id that two authors share invisibly asks for the id', () => {
    expect(of('r13-byline').some((l) => l.includes('"Nadia Rahyab" is the name of 2 authors (nadia-rahyab, nadia-rahyab-2)'))).toBe(true);
  });
  it('a selector after a letter in a name is refused outright', () => {
    expect(readerText(`Nadia Rahyab${VS15}`)).toBe('Nadia Rahyab');
    expect(straySelectorProblem(`Nadia Rahyab${VS15}`)).toContain('after "Nadia Rahyab"');
  });
});

describe('finding 9: the dateline repeated through invisible characters, tags and notes', () => {
  it('is caught in each form, and prose about the place is left alone', () => {
    for (let i = 1; i <= 6; i++) expect(of(`r13-dateline-${i}`).some((l) => l.includes('body  the body starts with the dateline again')), String(i)).toBe(true);
    expect(of('r13-dateline-7').filter((l) => l.includes('dateline'))).toEqual([]);
  });
});

describe('finding 10: heading ids', () => {
  it('drop what prints nothing and read a no-break space as a space', () => {
    const id = headingIdAssigner(new Set());
    expect(id(`Trade${VS15}`, 1)).toBe('trade');
    expect(id(`Kabul${NBSP}talks`, 2)).toBe('kabul-talks');
    expect(id(`pri${SHY}ces`, 3)).toBe('prices');
  });
  it('links to them resolve; a did-you-mean that looks the same names the code point', () => {
    const h = of('r13-headings');
    expect(h.join('\n')).not.toMatch(/\[c\]|\[d\]/);
    expect(h.some((l) => l.includes('[e]') && l.includes(`#trade${VS15} (with U+FE0E)`) && l.includes('did you mean #trade?'))).toBe(true);
    // `## ☎️ calls`: the selector is no part of the id (round 37e), so `#-calls` lands.
    expect(h.join('\n')).not.toMatch(/\[f\]/);
  });
});

describe('the fold', () => {
  it('drops default-ignorables and the braille blank, keeps emoji sequences, reads every space as a space', () => {
    expect(dropInvisible(`a${SHY}b\u200Cc\u200Ed${VS15}`)).toBe('abcd');
    expect(readerText('Nadia\u2800Rahyab')).toBe('Nadia Rahyab');
    expect(dropInvisible(`a${NBSP}b\u3000c`)).toBe('a b c');
    expect(dropInvisible('👩‍🌾 ❤️ 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}')).toBe('👩‍🌾 ❤️ 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}');
    expect(readerText(`  ＫＡＢＵＬ${NBSP}${NBSP}x `)).toBe('KABUL x');
  });
});
