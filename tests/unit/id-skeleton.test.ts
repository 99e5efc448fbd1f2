/**
 * The anchor rule reads ids from a body's skeleton (src/markdown/id-skeleton.ts) instead of the whole body (round 7,
 * finding 3: one small article linking `#key` in twenty large articles cost 20 s of check CPU). The skeleton must
 * never change the ids: compared here, through the renderer's own id reader, on every Markdown file of the
 * fixtures and the sample newsroom, on hand-picked traps and on generated bodies (fast-check, fixed seed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { prng } from '../../scripts/seeded-random.mjs';
import { describe, expect, it } from 'vitest';
import { idSkeleton } from '#/markdown/id-skeleton.ts';
import { createIdReader } from '#/markdown/page-ids.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { anchorIndex } from '#/check/rules/anchors.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = createIdReader();
const ids = (body: string) => [...read(body)].sort();
/** The ids read from the body's skeleton, as the anchor rule reads them. */
const skeletonIds = (body: string) => {
  const { markdown, texts } = idSkeleton(body);
  return [...read(markdown, texts)].sort();
};

/** Round 8's bodies: lines of 16 words from a small list (seeded), like the blind tester's generator. */
function prose(lines: number, seed: number, words = 16): string[] {
  const list = 'wheat price trade border kabul market rail freight minister talks crossing traders flour harvest route northern eastern yard wagons customs officials figures monday reopen season export import'.split(' ');
  const rand = prng(seed);
  return Array.from({ length: lines }, () => Array.from({ length: words }, () => list[Math.floor(rand() * list.length)]!).join(' '));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the id skeleton keeps every id', () => {
  const bodies = [...markdownFiles(join(ROOT, 'content')), ...markdownFiles(join(ROOT, 'tests/fixtures'))]
    .map((path) => ({ path: path.slice(ROOT.length), body: parseFrontmatter(readFileSync(path, 'utf8')).body }))
    .filter((b) => b.body.trim() !== '' && !nestingProblem(b.body));

  it('on every fixture and the sample newsroom', () => {
    expect(bodies.length).toBeGreaterThan(50);
    for (const b of bodies) expect(skeletonIds(b.body), b.path).toEqual(ids(b.body));
  });

  it.each([
    ['a setext heading over several lines', 'Para one.\n\nKey figures\nfor the year\n============\n\nText.'],
    ['a setext heading in a list item', '- Trade rose\n  ---\n- Other item'],
    ['a raw HTML heading over lines', '<h2>\nKey figures of the year\n</h2>\n\nText.'],
    ['an unclosed raw HTML heading', '<h3>Opening\n\nwords that run into it\n\nmore words'],
    ['a heading in a fence is code', '```\n## Not a heading\n```\n\n## Real'],
    ['a reference link in a heading', '## [Key][ref] figures\n\n[ref]:\nhttps://example.org/a\n\nText.'],
    ['an invalid definition stays text', '## [Key][ref]\n\n[ref]:\nhttps://example.org/a b\n\nText.'],
    ['footnotes and editors\' anchors', 'Claim[^1] and <a id="here"></a> and <a\nname="x">y</a>.\n\n[^1]: The note\n    goes on.'],
    ['headings that repeat', '## Key\n\nKey\n---\n\n## Key\n\nplain text line\n\n# Key'],
    ['blockquotes and lists', '> ## Quoted\n> plain quoted line\n\n1. item\n   ## In a list\n   plain'],
    ['indented code after a list', '- item\n\n      ## code or heading\n\n    plain'],
    ['a table', 'a | b\n--|--\nc | d\nplain row\n\n## After'],
    // Round 8: setext headings' words are tokens in the skeleton, put back by the id step.
    ['a long setext heading', `## Key\n\n${prose(40, 1).join('\n')}\n===\n\nText.`],
    ['two setext headings with the same words', `${prose(5, 2).join('\n')}\n---\n\n${prose(5, 2).join('\n')}\n===\n\n## ${prose(5, 2).join(' ')}`],
    ['a setext heading with the words of a # heading', '## Key figures\n\nKey figures\n===\n\nKey\nfigures\n---\n\n# Key figures'],
    ['hard and soft breaks in a setext heading', 'Key figures  \nfor the year \nand more\t\nlast line  \n==='],
    ['quotes and marks in a setext heading', 'The minister\'s "final" offer # 2 = {none} ^ yes!\nand O\'Brien\'s reply\n==='],
    ['quotes beside a link in a setext heading', '[a](b "t\nsaid \'so\'\nmore") words\n==='],
    ['emphasis over setext lines', 'Some *emphasis\nrunning over\nlines* here\n---'],
    ['setext headings in containers', '> Quoted key\n> more words\n> ===\n\n- item\n\n  Listed key\n  more words\n  ---\n- Lazy\nlazy words\n==='],
    ['lazy and spaced lines in a quoted setext heading', '> Key words\nlazy words\nmore lazy\n>more words\n>  spaced words\n> > nested words\n> ===\n\n> Key\n> words\n    indented words\n> ---'],
    ['indented code then a setext heading', '    code words\n    more code\nKey words\nmore words\n===\n\n- item\n\n      code in item\n  Key words\n  ---'],
    ['an ordered marker inside a paragraph', 'Key figures\n2. rose sharply\n===\n\n## Key figures'],
    ['Greek final sigma over lines', 'ΟΔΟΣ\nΣΟΦΟΣ\n===\n\n## οδος σοφος'],
    ['decomposed accents over lines', 'Cafe\u0301\nde\u0301cor\n===\n\n## Café décor'],
    ['a body that holds the token letters', 'qj0\nqj1 words\n===\n\nqj2\n---'],
    ['a setext heading in an HTML block is text', '<div>\nKey words\n===\n</div>\n\n## Key words'],
    ['bare URLs in a setext heading', 'See https://example.org/a_b and www.example.org\nand a@b.org\n==='],
    ['code spans over the lines of a setext heading', '`start\nplain line  \nmore words\nend`\n===\n\na `start\nplain line\nend` b\n---'],
    ['inline HTML, links and emphasis over setext lines', '<span title="a\nplain words\n">x</span>\n===\n\n<span>\nplain words\n</span>\n===\n\n[a](b\n"t\nplain words\n")\n===\n\n![alt\nplain words\nx](i.png)\n===\n\n*a\nplain words\nb*\n===\n\n[plain\nwords][r]\n===\n\n[r]: /x\n\na\\\nplain words  \nb\n==='],
    ['words between tags', '<div>\n<p>Long words here</p><p id="own">Own words</p>\n<ul>words<li id="li">item words</li></ul>\n<h3>Heading words</h3>\n<p>x</p> <h2>Two</h2>\n<a title=\'a>words<b\' id=\'c>words<d\'>z</a>\n<table>words<tr><td id="td">cell</td></tr></table>\n<template>words<p id="t">t</p></template>\n<textarea>words <b id="ta">b</b></textarea>\n</div>\n\n<p>[Foo <b>bar</b>]</p>\n\n[Foo <b>bar</b>]: /x\n\n## [Foo <b>bar</b>]'],
    ['an HTML block of prose', `## Key\n\n<div>\n${prose(40, 3).join('\n')}\n</div>\n\n<div id="box">\n${prose(3, 4).join('\n')}\n</div>`],
  ])('%s', (_name, body) => {
    expect(skeletonIds(body)).toEqual(ids(body));
  });

  it('on generated bodies (fast-check, seed 7)', () => {
    const line = fc.oneof(
      fc.constantFrom('## Key', '# Key figures', 'Key', '===', '---', '- item', '1. item', '> quote', '```', '~~~', '', '', '', 'plain words here',
        'https://example.org/a https://example.org/b', '<h2>', '</h2>', '<h2 id="own">Own</h2>', '<a id="x"></a>', 'Claim[^a].', '[^a]: A note.',
        '[ref]: https://example.org/', '[Key][ref]', '    indented words', '  continued words', '<div>', '</div>', '| a | b |', '|---|---|',
        '<!-- note -->', '\\## escaped', '## `code` heading', '## **Bold** words', 'words *with* emphasis',
        "the minister's \"offer\"", 'trailing spaces  ', 'trailing tab\t', '2. not an item', '> Quoted', '  indented words', 'Key', 'Key',
        'ΟΔΟΣ', 'www.example.org', '[a](b "t', 'end")', 'a = b # c', 'qj0', '`code', 'code`', 'words `x` words', '<span title="a', '">', '<p>Some words</p>', '<p id="p">Own words</p>', '<ul>words<li id="l">item</li></ul>',
        '<h2>Raw words</h2>', '<a name="n">anchor words</a>', '<table>words<tr><td id="c">cell</td></tr></table>', '<template>words<b id="t">t</b></template>', '<p title=\'a>b words c<d\'>x</p>'),
      fc.stringMatching(/^[a-z ]{1,20}$/),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const body = lines.join('\n');
        if (nestingProblem(body)) return;
        expect(skeletonIds(body)).toEqual(ids(body));
      }),
      { seed: 7, numRuns: 600 },
    );
  });
});

describe('emphasis and strikethrough marks over setext heading lines (round 10)', () => {
  it('ids are the same with and without the cut (fast-check, seed 10)', () => {
    // Lines of words with `*`, `~` and sometimes `_` in every position emphasis cares about, over an underline.
    const word = fc.constantFrom('key', 'figures', 'Rail', 'yard', 'a', '1', 'x');
    const mark = fc.constantFrom('', '', '*', '**', '~', '~~', '_', '__', '* ', ' *', '*_', '_*', '***');
    const line = fc.array(fc.tuple(mark, word, mark), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([a, w, b]) => `${a}${w}${b}`).join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('===', '---', '> ==='), fc.boolean(), (lines, underline, quoted) => {
        const text = quoted ? lines.map((l) => `> ${l}`).join('\n') : lines.join('\n');
        const body = `## Key\n\n${text}\n${quoted && !underline.startsWith('>') ? `> ${underline}` : underline}\n\n## Key`;
        expect(skeletonIds(body)).toEqual(ids(body));
      }),
      { seed: 10, numRuns: 200 },
    );
  });

  it('one "*" on every line of a long setext heading: the skeleton is a few bytes', () => {
    const body = `## Key\n\n${prose(2_000, 3).map((l) => l.replace(' ', ' *')).join('\n')}\n===\n`;
    expect(idSkeleton(body).markdown.length).toBeLessThan(100);
    expect(skeletonIds(body)).toEqual(ids(body));
  });
});

describe('anchor links into long articles (round 7, finding 3)', () => {
  it('reads each target from its skeleton: twenty 1 MiB bodies of bare URLs are a few bytes each', () => {
    const big = `## Key\n\n${'https://example.org/a '.repeat(45_000)}\n`;
    expect(idSkeleton(big).markdown).toBe('## Key\n\nx\n');
    const index = anchorIndex({ article: (slug) => ({ body: `${big}\n## ${slug}\n`, corrections: false }) });
    for (let i = 0; i < 20; i++) {
      expect(index.onArticle(`t-${i}`, 'key', { suggest: true, inPage: false })).toBeUndefined();
      expect(index.onArticle(`t-${i}`, `t-${i}`, { suggest: true, inPage: false })).toBeUndefined();
      expect(index.onArticle(`t-${i}`, 'kye', { suggest: true, inPage: false })).toMatch(/did you mean #key\?/);
    }
  });
});

describe('anchor links into long setext and HTML-block articles (round 8, finding 1)', () => {
  // The finding's bodies: ~1 MB of prose as ~8,700 lines of 16 words over one `===`, or inside one <div>.
  const lines = prose(8_700, 8);
  const setext = `## Key\n\n${lines.join('\n')}\n===\n`;
  const div = `## Key\n\n<div>\n${lines.join('\n')}\n</div>\n`;

  it('a setext heading of 1 MB is one token in the skeleton, and its id is the one the page gets', () => {
    expect(setext.length).toBeGreaterThan(900_000);
    const s = idSkeleton(setext);
    expect(s.markdown).toBe('## Key\n\nqj0\n===\n');
    expect(s.texts?.lines).toEqual([lines.join('\n')]);
    expect(skeletonIds(setext)).toEqual(ids(setext));
  });

  it('an HTML block of 1 MB keeps its tags and one letter for its run of prose', () => {
    const s = idSkeleton(div);
    expect(s.markdown).toBe('## Key\n\n<div>\nx\n</div>\n');
    // Lines of tags around the prose keep their tags and one letter between them.
    const tagged = `## Key\n\n<div>\n${lines.slice(0, 2_000).map((l) => `<p>${l} ${l} ${l}</p>`).join('\n')}\n</div>\n`;
    expect(idSkeleton(tagged).markdown).toBe(`## Key\n\n<div>\n${'<p>x</p>\n'.repeat(2_000)}</div>\n`);
    expect(skeletonIds(tagged)).toEqual(ids(tagged));
    expect(s.texts).toBeUndefined();
    expect(skeletonIds(div)).toEqual(ids(div));
  });

  it('the anchor rule reads twenty such targets', () => {
    const index = anchorIndex({ article: (slug) => ({ body: slug.startsWith('s') ? setext : div, corrections: false }) });
    for (let i = 0; i < 10; i++) {
      for (const slug of [`s${i}`, `d${i}`]) {
        expect(index.onArticle(slug, 'key', { suggest: true, inPage: false })).toBeUndefined();
        expect(index.onArticle(slug, 'kye', { suggest: true, inPage: false })).toMatch(/did you mean #key\?/);
      }
    }
  });
});
