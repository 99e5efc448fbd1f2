/**
 * Round 22's findings for branch r22a (a blind tester on main 79db9d8): text marked hidden in raw HTML, Hebrew
 * abbreviation marks, pasted "•" lists, <bdo> that reverses what it holds, a non-Latin article without `lang`, and
 * CJK emphasis the flanking rules leave as asterisks.
 */
import { describe, expect, it } from 'vitest';
import { renderBody } from '#/build/render-batch.ts';
import { typesetProse } from '#/domain/typography.ts';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const body = (text: string, fields: Record<string, string> = {}) => checkArticles({ 'a.md': testFrontmatter(fields) + text });

describe('text marked hidden is one error line per element (finding 2)', () => {
  it('reports the hidden attribute and the styles that hide or blank words, quoting the first words', () => {
    const lines = body(
      [
        '<span hidden>Editor: do not publish the name of the auditor until Friday.</span> The auditors asked the ministry.',
        '',
        '<p hidden>Embargoed paragraph: minister to resign Friday.</p>',
        '',
        '<p style="display:none">DRAFT NOTE: legal has not cleared it.</p>',
        '',
        'The council set aside <span style="color:#ffffff">TODO check figure</span>40 million afghanis.',
        '',
        '<font color="white">internal: source is the council secretary</font>',
        '',
        'A <span style="font-size: 0px">zero</span>, <span style="opacity:0">gone</span>, <span style="visibility:hidden">away</span>.',
      ].join('\n'),
    );
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatch(/^a\.md:9:1 body {2}<span hidden> marks "Editor: do not publish the name of the…" to be out of view/);
    expect(lines[0]).toContain('delete it, or keep the note for the desk as <!-- … -->');
    expect(lines[1]).toContain('<p hidden> marks "Embargoed paragraph: minister to resign…"');
    expect(lines[2]).toContain('<p style="display:none"> marks "DRAFT NOTE');
    expect(lines[3]).toMatch(/^a\.md:15:23 body {2}<span style="color:#ffffff"> marks "TODO check figure"/);
    expect(lines[4]).toContain('<font color="white"> marks "internal: source');
    expect(lines.slice(5).map((l) => /<span [^>]*>/.exec(l)?.[0])).toEqual(['<span style="font-size:0px">', '<span style="opacity:0">', '<span style="visibility:hidden">']);
  });

  it('is one line for nested hidden elements and none for visible styles, code, notes or empty hidden elements', () => {
    expect(body('<div hidden>\n\n<p hidden>Inner</p> <div>more</div> words\n\n</div>\n\nText.')).toHaveLength(1);
    expect(
      body(
        [
          'Shown <span style="color:#fff8e1;background-color:white">words</span>, <span style="opacity:0.5">half</span>.',
          '',
          'Code `<span hidden>x</span>` is text.',
          '',
          '```html\n<p hidden>Embargoed</p>\n```',
          '',
          '<!-- <p hidden>note</p> -->',
          '',
          'An empty <span hidden></span> span.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('an unclosed hidden element is reported with the words of its paragraph', () => {
    expect(body('<p hidden>Embargoed until Friday\n\nNext paragraph.')[0]).toContain('marks "Embargoed until Friday"');
  });
});

describe('Hebrew gershayim and geresh stay as typed (finding 14)', () => {
  it('in bodies, while quotations around Hebrew still get curly quotes', () => {
    const { html } = renderBody('נציגי צה"ל נפגשו עם נציגי ארה"ב. לדברי ד"ר ג\'ורג\' לוי, העלות 40 מיליון ש"ח. הוא אמר "שלום" לכולם.');
    expect(html).toContain('צה"ל נפגשו עם נציגי ארה"ב. לדברי ד"ר ג\'ורג\' לוי');
    expect(html).toContain('ש"ח');
    expect(html).toContain('אמר “שלום” לכולם');
    expect(renderBody('The "plan" isn\'t new.').html).toContain('The “plan” isn’t new.');
  });

  it('in headlines and standfirsts (the same typesetting)', () => {
    expect(typesetProse('צה"ל ומשרד החוץ בארה"ב דנו בסיוע')).toBe('צה"ל ומשרד החוץ בארה"ב דנו בסיוע');
    expect(typesetProse("ג'ורג' לוי")).toBe("ג'ורג' לוי");
  });
});

describe('a list pasted with bullet characters is one line (finding 12)', () => {
  it('names the run of "•" lines once, with the fix', () => {
    const lines = body('The new rules:\n\n• Lorries may cross from 6 a.m.\n• Passengers need a token.\n•\tTraders file a day ahead.\n\nAfter.\n\n> ◦ quoted one\n> ◦ quoted two');
    expect(lines).toEqual([
      'a.md:11:1 body  this list is printed as one run-on paragraph: its 3 lines start with "•" (a bullet character, as Word and Google Docs paste lists), which Markdown does not read as a list marker; write "- " in place of each "•"',
      'a.md:17:3 body  this list is printed as one run-on paragraph: its 2 lines start with "◦" (a bullet character, as Word and Google Docs paste lists), which Markdown does not read as a list marker; write "- " in place of each "◦"',
    ]);
  });

  it('passes a lone bullet line, bullets in code and a middle dot inside words', () => {
    expect(body('• One pasted line reads as typed.\n\n```\n• a\n• b\n```\n\nCatalan col·lecció · and l·l.')).toEqual([]);
  });
});

describe('<bdo> that shows characters in reverse order is one error line (finding 3)', () => {
  it('digits or Latin letters under dir="rtl", right-to-left letters under dir="ltr"', () => {
    const lines = body('The subsidy cost <bdo dir="rtl">000,21</bdo> million.\n\nA name <bdo dir=ltr>کابل</bdo> and <bdo dir="RTL">Kabul</bdo>.');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('a.md:9:18 body  <bdo dir="rtl"> shows the digits and left-to-right letters in "000,21" in reverse order (readers see "12,000"), while feeds, search, screen readers and copy-paste get them as written; remove the <bdo> and write the text in the order it is read (<bdi> keeps a name in another script in its own direction)');
    expect(lines[1]).toContain('<bdo dir="ltr"> shows the right-to-left letters in "کابل" in reverse order, while');
    expect(lines[2]).toContain('readers see "lubaK"');
  });

  it('passes a <bdo> around text already in its direction, a <bdi>, and <bdo> in code', () => {
    expect(body('A name <bdo dir="rtl">کابل</bdo>, <bdo dir="ltr">Kabul 12</bdo>, <bdi>۱۲ کابل</bdi>, `<bdo dir="rtl">12</bdo>`.')).toEqual([]);
  });
});

describe('a headline and standfirst in another script with no lang: is a warning (finding 4)', () => {
  it('names the script and the likely codes, at the headline', () => {
    const lines = body('لاہور میں آٹے کی قیمت میں اضافہ ہوا ہے۔', { title: 'لاہور میں آٹے کی قیمت میں اضافہ، تندور مالکان پریشان', description: 'لاہور میں آٹے کی قیمت میں ایک ہفتے کے دوران دس فیصد اضافہ ہوا ہے۔' });
    expect(lines).toEqual([
      'a.md:2:8 lang  warning: the headline and standfirst are in Arabic script, but the article has no "lang:", so it is published as English, left to right, to readers, feeds, search engines and screen readers; add its language as "lang:" (for Arabic script: ur (Urdu), fa (Persian), fa-AF (Dari), ps (Pashto) or ar (Arabic))',
    ]);
    expect(body('水資源。', { title: '水資源専門家に聞く：カジャキ・ダムの将来', description: '専門家に聞く。' })[0]).toContain('are in Japanese kana, but');
    expect(body('协定。', { title: '阿富汗与乌兹别克斯坦签署过境贸易协定', description: '双方代表签署了协定。' })[0]).toContain('(for Chinese characters: zh-Hans');
  });

  it('passes with lang:, and an English headline quoting a name in another script', () => {
    expect(body('متن.', { title: 'لاہور میں آٹے کی قیمت', description: 'لاہور میں آٹے کی قیمت', lang: 'ur' })).toEqual([]);
    expect(body('Text.', { title: 'Traders in «کابل» say prices rose this week', description: 'A standfirst for a test.' })).toEqual([]);
  });
});

describe('CJK emphasis round a quotation that the flanking rule leaves as asterisks is one line (finding 17)', () => {
  it('names each pair with the HTML that works', () => {
    const lines = body('団体の代表は**「教育は未来への投資だ」**と述べた。\n\n中国の団体も**“援助”**计划を発表した。\n\n生徒たちは*《新しい教科書》*を受け取った。', { lang: 'ja' });
    expect(lines).toEqual([
      "a.md:10:7 body  the ** here is printed as typed, not as bold: a run between a letter and punctuation neither opens nor closes (CommonMark's flanking rule), and Chinese and Japanese put no spaces around it; write <strong>「教育は未来への投資だ」</strong> instead",
      expect.stringMatching(/^a\.md:12:7 body {2}the \*\* here .* write <strong>“援助”<\/strong> instead$/),
      expect.stringMatching(/^a\.md:14:6 body {2}the \* here is printed as typed, not as italics: .* write <em>《新しい教科書》<\/em> instead$/),
    ]);
  });

  it('passes CJK emphasis that works, and arithmetic', () => {
    expect(body('代表は **「教育」** と述べた。**教育**は大切だ。5 * 3 * 2 = 30, a*(b)*c.', { lang: 'ja' })).toEqual([]);
  });
});
