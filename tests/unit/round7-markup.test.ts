/**
 * The seventh blind round's findings 4, 6, 10 and 12 (issue 10): markup the page drops with the editor's words
 * (processing instructions, CDATA, declarations; words in every element the sanitiser strips and in attributes
 * browsers show), YAML messages that name the real cause, and "did you mean" that never proposes a draft or a
 * scheduled article to a page readers see. Finding 3 (anchor links into long articles) is in id-skeleton.test.ts;
 * the bad-content fixtures `hidden-markup-swallows-story` and `words-in-dropped-elements` run 4 and 10 through
 * `check:content` and the build.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { checkContent } from '#/check/content-check.ts';
import { createMarkdownRenderer } from '#/markdown/pipeline.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const body = (text: string) => checkBodyText(text, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`);

describe('processing instructions, CDATA and declarations (finding 4)', () => {
  const lead = 'The minister arrived in Kabul on Monday, officials said.\n\n';
  it.each([
    ['<?confirm the second name with the desk\nThe trade figures rose.\n\nThe talks began at noon.', /^12:1 "<\?confirm the second name with the desk" starts an XML processing instruction that is never closed .* drops everything after it/],
    ['<![CDATA[ pasted from the wire system\nThe trade figures rose.\n\nThe talks began.', /^12:1 "<!\[CDATA\[ pasted from the wire system" starts a CDATA section .* never closed/],
    ['<!Note to desk: check the figures\nThe trade figures rose.\nTraders said > so far.\n\nThe talks began.', /^12:1 "<!Note to desk: check the figures" reads as an HTML declaration, which the page drops with its words and the 2 lines after it up to the next ">"/],
    ['The minister said <![CDATA[on the transit annex]]> before noon.', /^12:19 .* CDATA section .* drops with its words \("on the transit annex"\)/],
    ['The minister said <?check?> the talks would resume.', /^12:19 .* XML processing instruction, which the page drops with its words \("check"\)/],
  ])('%j is one line', (markdown, line) => {
    expect(body(lead + markdown)).toEqual([expect.stringMatching(line)]);
  });

  it('the renderer does drop them (what the rule protects)', () => {
    const html = createMarkdownRenderer()(`${lead}<?note\n\nThe talks began at noon.`).html;
    expect(html).not.toContain('The talks began');
  });

  it('unclosed inside a line they are shown as typed, so they pass; comments and code are left alone', () => {
    expect(body('Inline a <? b and <!x c and <![CDATA[ d are text.')).toEqual([]);
    expect(body('A note <!-- check <?x?> --> and `<![CDATA[x]]>` in code.\n\n```\n<?xml version="1.0"?>\n```')).toEqual([]);
  });

  it('floods stay one line and linear', () => {
    expect(body('<?'.repeat(100_000))).toHaveLength(1);
    expect(body(`${'<!a'.repeat(100_000)}>`)).toHaveLength(1);
  });
});

describe('words in elements and attributes the page drops (finding 10)', () => {
  it.each(['noscript', 'iframe', 'template', 'noembed', 'noframes', 'title', 'style', 'script', 'svg', 'math'])('<%s> with words is one line', (name) => {
    const lines = body(`The minister said <${name}>the second shipment was seized</${name}> on Monday.`);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^10:19 <${name}> holds words the page drops with it \\("the second shipment was seized"\\)`))]);
  });

  it.each([
    ['<input type=hidden value="the second shipment was seized">', 'input', 'value'],
    ['<optgroup label="the second shipment">was seized</optgroup>', 'optgroup', 'label'],
    ['<input placeholder="Search the archive">', 'input', 'placeholder'],
    ['<map name="m"><area href="https://e.org/" alt="The northern route"></map>', 'area', 'alt'],
  ])('%s: the attribute words are one line', (html, name, attr) => {
    expect(body(`The minister said ${html} on Monday.`)).toEqual([expect.stringMatching(new RegExp(`^10:\\d+ <${name}> holds words in its "${attr}" attribute`))]);
  });

  it('an opener never closed drops the words after it', () => {
    expect(body('Said <noscript>the second shipment\n\nNext paragraph.')).toEqual([expect.stringMatching(/^10:6 <noscript> is never closed, so the page drops it with the words after it \("the second shipment Next paragraph\."\)/)]);
  });

  it('empty embeds, kept attributes and self-closed SVG lose no words (the embeds get a warning since round 16)', () => {
    expect(body('An embed <iframe src="https://e.org/v"></iframe> <script async src="https://e.org/w.js"></script> <svg/> <img src="https://e.org/a.png" alt="A photo"> <input type="checkbox"> ends.')).toEqual([
      '10:10 <iframe> is not shown: pages keep no embedded frames or objects; link to it instead',
      '10:99 <svg> is not shown: pages keep no SVG; save the drawing as an image file and write ![what it shows](./images/drawing.png)',
    ]);
  });
});

const fm = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n\nBody.\n`).problems.map((p) => `${p.line}:${p.column} ${p.field ?? 'frontmatter'} ${p.message}`);
const FIELDS = 'description: A standfirst.\npublished: 2026-11-05\nauthors: [zarlasht-niazai]\nsection: economy';

describe('YAML messages name the real cause (finding 6)', () => {
  it.each([
    ['source:Reuters', /^3:8 source there is no space after "source:".*; put a space after the colon: source: Reuters$/],
    ['dateline:KABUL', /^3:10 dateline there is no space after "dateline:"/],
    ['dateline = KABUL', /^3:1 dateline fields are written "name: value", not with "="; write dateline: KABUL$/],
  ])('%j', (line, expected) => {
    expect(fm(`title: Kabul talks\n${line}\n${FIELDS}`)).toEqual([expect.stringMatching(expected)]);
  });

  it.each([
    ["title: 'Kabul's market reopens'", /^2:14 title the apostrophe in "Kabul's market" ends the single-quoted value; .* title: "Kabul's market reopens"$/],
    ["title: 'Kabul''s market' and more", /^2:25 title the value ends at its closing ', and YAML allows no text after it \("and more"\)/],
    ['title: "The minister said "yes" today"', /^2:27 title the quote before "yes" ends the double-quoted value; .* title: 'The minister said "yes" today'$/],
    ['title: "KABUL" (Reuters)', /^2:15 title the value ends at its closing ", and YAML allows no text after it \("\(Reuters\)"\)/],
    ['title: [Update] Talks resume', /^2:8 title the value starts with "\[", which YAML reads as the start of a list, .* title: "\[Update\] Talks resume"$/],
    ['title: {Update} Talks resume', /^2:8 title the value starts with "\{", which YAML reads as the start of a set of fields/],
    ['title: > Talks resume', /^2:8 title the value starts with ">", which YAML reads as the start of a folded block .* title: "> Talks resume"$/],
    ['title: Talks\ntags: [rail, trade]]', /^3:20 tags the list closes at the first "\]", so "\]" after it is one bracket too many; remove it$/],
    ['title: Talks\n: Reuters', /^3:1 frontmatter this line has a value but no field name before its ":"/],
    ['title: "snake\\_case variables"', /^2:14 title "\\_" inside double quotes is YAML's escape for a no-break space \(U\+00A0\), not an underscore/],
    ['title: "C:\\new folder"', /^2:11 title "\\n" inside double quotes is YAML's escape for a line break/],
  ])('%j', (yaml, expected) => {
    expect(fm(`${yaml}\n${FIELDS}`)).toEqual([expect.stringMatching(expected)]);
  });

  it('leaves valid values alone: comments after quotes, block text, lists with quoted commas, deliberate escapes', () => {
    expect(fm(`title: "Kabul talks" # checked\nsummary: >-\n  Kabul: talks\ntags: [rail, "a, b"]\nsource: "caf\\u00E9 \\"Kabul\\" \\\\ desk"\n${FIELDS}`)).toEqual([]);
  });

  it('an empty list item says so, not that the field is required', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-r7-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
      writeFileSync(join(content, 'articles/2026/11/empty-tag.md'), `---\ntitle: Empty tag\n${FIELDS.replace('2026-11-05', '"2026-11-05T10:00:00+04:30"')}\ntags: [~]\n---\n\nBody.\n`);
      const lines = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map((d) => `${d.field}  ${d.message}`);
      expect(lines).toEqual([expect.stringMatching(/^tags\[0\]  is empty \(YAML reads ~, null or nothing between commas as no value\); write the item, or remove it from the list$/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('"did you mean" names only articles the reference may use (finding 12)', () => {
  const article = (title: string, extra: string, text: string) =>
    `---\ntitle: ${title}\ndescription: A test article.\npublished: "2026-11-10T10:00:00+04:30"\nauthors: [zarlasht-niazai]\nsection: economy\n${extra}---\n\n${text}\n`;
  const run = (linkerExtra = '') => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-r7-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
      mkdirSync(join(content, 'articles/2026/11'), { recursive: true });
      writeFileSync(join(content, 'articles/2026/11/embargoed-merger-plan.md'), article('Merger plan', 'draft: true\n', 'Secret.'));
      writeFileSync(join(content, 'articles/2026/11/outlook-for-regional-diplomacy.md'), article('Outlook', '', 'Later.').replace('2026-11-10T10:00:00', '2027-01-01T08:00:00'));
      writeFileSync(join(content, 'articles/2026/11/linker.md'), article('Linker', `${linkerExtra}related: [embargoed-merger-plans]\n`, 'See [the plan](/articles/embargoed-merger-plans/) and [the outlook](/articles/outlook-for-regional-diplomac/).'));
      writeFileSync(join(content, 'front.md'), '---\nlead: embargoed-merger-plans\n---\n');
      return checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics.map((d) => `${d.field}  ${d.message}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('from a published article and the front page: no draft, no scheduled article proposed', () => {
    const lines = run();
    expect(lines.filter((l) => /^(related\[0\]|link|lead)  /.test(l))).toHaveLength(4);
    for (const l of lines) expect(l).not.toMatch(/did you mean "(embargoed-merger-plan|outlook-for-regional-diplomacy)"/);
  });

  it('from a draft, drafts and scheduled articles are proposed (a draft may link them)', () => {
    const lines = run('draft: true\n');
    expect(lines).toContainEqual(expect.stringMatching(/^related\[0\]  .*did you mean "embargoed-merger-plan"\?/));
    expect(lines).toContainEqual(expect.stringMatching(/^link  .*did you mean "outlook-for-regional-diplomacy"\?/));
  });
});
