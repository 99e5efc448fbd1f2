/**
 * Round-9 findings 9, 10 and 11 (issue 10): footnote labels in any script reach their notes and back; a footnote
 * call inside a link's text is refused; photo file names too long for their web copies are refused before the
 * build; and the small misleading lines (body paths with "#", folders, spaces inside `<…>`, Markdown in fields,
 * a duplicate author suggested as the fix, `<tt>` typeset). The bad-content fixtures `footnote-labels-any-script`
 * and `image-names-and-paths` run the same through check:content and the build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
import { checkFootnotes } from '#/check/rules/footnotes.ts';
import { imagePathProblem } from '#/check/rules/image-names.ts';
import { markdownInField } from '#/check/rules/markdown-in-fields.ts';
import { idHint } from '#/check/rules/ids.ts';
import { checkContent } from '#/check/content-check.ts';

const render = createMarkdownRenderer();
const LABELS = ['1', '۱', '۲', 'é', 'É', '😀', 'a%b', 'a%41', 'q"x', 'Up', 'a.b', 'a/b', 'a#b', 'ñandú'];

/** Every `href="#…"` of `html` with no id it lands on (as browsers look: the fragment as written, then decoded). */
function unlanded(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
  const out: string[] = [];
  for (const m of html.matchAll(/\shref="#([^"]*)"/g)) {
    const raw = decodeEntities(m[1]!);
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // as written only
    }
    if (raw !== '' && !ids.has(raw) && !ids.has(decoded)) out.push(`#${raw}`);
  }
  return out;
}
const decodeEntities = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x22;/g, '"').replace(/&amp;/g, '&').replace(/&#x26;/g, '&');

describe('footnote labels in any script (finding 9)', () => {
  it.each(LABELS)('[^%s]: the call, the note and the back link reach each other', (label) => {
    const { html } = render(`A claim[^${label}] and a second mention[^${label}].\n\n[^${label}]: The note.`);
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('data-footnote-backref');
    expect(unlanded(html)).toEqual([]);
    // Two calls, one note, two back links: five in-page links, all landing.
    expect(html.match(/\shref="#/g)).toHaveLength(4);
  });

  it('all labels on one page, with editors\' links to the notes written both ways', () => {
    const body = `${LABELS.map((l, i) => `Claim ${i}[^${l}].`).join(' ')} See [note one](#user-content-fn-۱) and [note é](#user-content-fn-%C3%A9).\n\n${LABELS.map((l) => `[^${l}]: Note ${l}.`).join('\n')}`;
    const { html } = render(body);
    expect(unlanded(html)).toEqual([]);
    expect(html).toContain('id="user-content-fn-۱"');
    expect(html).toContain('href="#user-content-fn-%DB%B1"');
  });

  it('a "%" in a label stays a "%": a label that looks percent-encoded does not decode into another', () => {
    const { html } = render('One[^a%41] two[^a%b].\n\n[^a%41]: First.\n[^a%b]: Second.');
    expect(unlanded(html)).toEqual([]);
    expect(html).toContain('id="user-content-fn-a%b"');
    expect(html).toContain('href="#user-content-fn-a%25b"');
  });

  it('a footnote call inside a link\'s text is rendered after the link, so its links still land (both pipelines)', () => {
    for (const mode of ['fast', 'reference'] as const) {
      const { html } = createMarkdownRenderer(mode)('See [claim in a *link*[^a]](https://example.org/) and [ref[^b]][r].\n\n[^a]: Note A.\n[^b]: Note B.\n\n[r]: https://example.org/r');
      expect(html, mode).toContain('<a href="https://example.org/">claim in a <em>link</em></a><sup><a href="#user-content-fn-a"');
      expect(html, mode).toContain('<a href="https://example.org/r">ref</a><sup><a href="#user-content-fn-b"');
      expect(unlanded(html), mode).toEqual([]);
    }
  });

  it('a footnote call inside a link\'s text is refused with one line; after the link it is fine', () => {
    const lines = (body: string) => checkFootnotes(body, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.severity} ${p.message}`);
    expect(lines('See [claim in a link[^a]](https://example.org/).\n\n[^a]: The note.')).toEqual([
      "10:21 error footnote call [^a] cannot link inside a link's text; move it after the link",
    ]);
    expect(lines('See [claim[^a] in\na link](https://example.org/) and [ref text[^b]][r].\n\n[^a]: A.\n[^b]: B.\n[r]: https://example.org/')).toHaveLength(2);
    for (const fine of ['See [a link](https://example.org/)[^a] and[^b].', 'Two[^a][^b] calls.', '[sic[^a]][^b] here.', 'Code `[x[^a]](y)` and[^a][^b].']) {
      expect(lines(`${fine}\n\n[^a]: A.\n[^b]: B.`), fine).toEqual([]);
    }
  });
});

describe('image file names (finding 10)', () => {
  it('allows 200 UTF-8 bytes and refuses more, counting bytes and characters', () => {
    expect(imagePathProblem(`./images/${'a'.repeat(196)}.png`)).toBeUndefined();
    expect(imagePathProblem(`./images/${'a'.repeat(240)}.png`)).toMatch(/^image file name "a{40}…aaaa\.png" is 244 bytes long \(244 characters\); the limit is 200 bytes, because the build names the photo's web copies after it/);
    // Dari letters take 2 bytes: 110 of them are 220 bytes.
    expect(imagePathProblem(`./images/${'ب'.repeat(110)}.jpg`)).toMatch(/is 224 bytes long \(114 characters; letters outside a–z take 2 bytes or more\); the limit is 200 bytes/);
    expect(imagePathProblem(`./images/${'ب'.repeat(98)}.jpg`)).toBeUndefined();
    expect(imagePathProblem('./images/a#b.png')).toBe('"./images/a#b.png" must be a plain file path without "?" or "#"; rename the file if its name holds one');
  });
});

describe('plain-text fields (finding 11)', () => {
  it('names Markdown in a field, and leaves ordinary punctuation alone', () => {
    expect(markdownInField('An earlier version said **12** and linked [here](https://example.org/).')).toMatch(/^fields are plain text: "\*\*12\*\*" is Markdown bold/);
    expect(markdownInField('See [the report](https://example.org/r) for details.')).toMatch(/^fields are plain text: "\[the report\]\(https:\/\/example\.org\/r\)" is a Markdown link/);
    expect(markdownInField('A *new* record')).toMatch(/is Markdown emphasis/);
    expect(markdownInField('The _Kabul Times_ said')).toMatch(/is Markdown emphasis/);
    expect(markdownInField('Run `make` first')).toMatch(/is Markdown code/);
    for (const fine of ['M*A*S*H returns', '5 * 3 * 2 tonnes', 'snake_case_name and file_name', 'Prices rose 4%*', 'C++ and C#', 'a [bracketed] aside (with parens)', 'Footnote*']) {
      expect(markdownInField(fine), fine).toBeUndefined();
    }
  });
});

describe('duplicate author hint (finding 11)', () => {
  it('does not suggest an id that is already in the list', () => {
    const known = [{ id: 'nadia-rahyab', name: 'Nadia Rahyab' }, { id: 'zarlasht-niazai', name: 'Zarlasht Niazai' }];
    expect(idHint('NADIA-RAHYAB', known, 'author', ['nadia-rahyab'])).toBe('"NADIA-RAHYAB" is the author "Nadia Rahyab", whose id "nadia-rahyab" is already in the list: remove the duplicate');
    expect(idHint('Nadia Rahyab', known, 'author', ['zarlasht-niazai'])).toContain('write its id "nadia-rahyab"');
  });
});

describe('raw <tt> (finding 11)', () => {
  it('is code: its text keeps "--" like <code>, <kbd>, <samp> and <var>', () => {
    const { html } = render('Run <tt>--old</tt> or <code class="nowrap">--new</code>, not -- this.');
    expect(html).toContain('<code class="nowrap">--old</code>');
    expect(html).toContain('<code class="nowrap">--new</code>');
    expect(html).toContain('–');
  });
});

describe('the content check, end to end (findings 10 and 11)', () => {
  it('one clear line for each image path slip, Markdown in a correction and a duplicate author', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'dateline-round9-slips-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(root, 'tests/fixtures/base-content/content'), content, { recursive: true });
      const images = join(content, 'articles/2026/11/images');
      const png = readFileSync(join(images, 'envoy-arrival.png'));
      const long = `${'a'.repeat(240)}.png`;
      writeFileSync(join(images, long), png);
      writeFileSync(join(images, 'a#b.png'), png);
      mkdirSync(join(images, 'dir.png'));
      const article = join(content, 'articles/2026/11/envoy-lands-in-kabul-ahead-of-doha-round.md');
      const text = readFileSync(article, 'utf8')
        .replace('authors: [nadia-rahyab]', 'authors: [nadia-rahyab, NADIA-RAHYAB]')
        .replace('text: An earlier version of this article gave the wrong length for the visit.', 'text: "An earlier version said **12** and linked [here](https://example.org/)."');
      writeFileSync(article, `${text}\n![Long](./images/${long})\n\n![Hash](./images/a#b.png)\n\n![Folder](./images/dir.png)\n\n![Spaces](<  ./images/envoy-arrival.png>)\n`);
      const { diagnostics } = checkContent({ root, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } });
      const lines = diagnostics.map((d) => `${d.severity} ${d.field}  ${d.message}`);
      expect(lines).toEqual([
        expect.stringMatching(/^error authors\[1\] .*"NADIA-RAHYAB" is the author "Nadia Rahyab", whose id "nadia-rahyab" is already in the list: remove the duplicate$/),
        expect.stringMatching(/^warning corrections\[0\]\.text  fields are plain text: "\*\*12\*\*" is Markdown bold/),
        expect.stringMatching(/^error body  image !\[Long\]\(.*\) image file name "a{40}…aaaa\.png" is 244 bytes long \(244 characters\); the limit is 200 bytes/),
        'error body  image ![Hash](./images/a#b.png) "./images/a#b.png" must be a plain file path without "?" or "#"; rename the file if its name holds one',
        expect.stringMatching(/^error body  image !\[Folder\]\(\.\/images\/dir\.png\) "\.\/images\/dir\.png" is a folder \(.*images\/dir\.png\), not an image file; write the path of the photo file inside it$/),
        'error body  image ![Spaces](<  ./images/envoy-arrival.png>) has spaces just inside its path "  ./images/envoy-arrival.png", which Markdown keeps as part of the file name; remove them: (<./images/envoy-arrival.png>)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
