/**
 * Round 16 (issue 10, blind): findings fixed in the content check and the renderer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';
import { freeNames } from '#/check/rules/free-names.ts';
import { parseFrontmatter } from '#/check/frontmatter.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const newsroom = newsroomCopies('r16');
const check = (content: string) => checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-11-29T12:00:00Z'), includeDrafts: false } }).diagnostics;

describe('many files sharing one slug (finding 2)', () => {
  it('each line names at most three others and counts the rest; index.md is told to take its folder name', () => {
    const content = newsroom((c) => {
      for (let i = 0; i < 60; i++) {
        const dir = join(c, 'articles', 'zz', `story-number-${i}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.md'), `---\ntitle: Story ${i}\ndescription: A story.\npublished: 2026-11-01T10:00:00Z\nauthors: [zarlasht-niazai]\nsection: economy\n---\n\nText.\n`);
      }
    });
    const lines = check(content).filter((d) => d.field === 'file' && d.message.includes('is also used by'));
    expect(lines).toHaveLength(60);
    for (const d of lines) {
      expect(d.message.match(/index\.md/g)?.length).toBeLessThanOrEqual(4);
      expect(d.message).toMatch(/ and 56 more files; slugs must be unique across folders \(ignoring case\), a file named index\.md takes its slug from its name, not its folder: rename it to its folder's name \(story-number-\d+\.md\)$/);
    }
  });
});

describe('"rename it to" proposes a free name (finding 4)', () => {
  it('never a name another file has (ignoring case) or another line proposed; a file may keep its own letters', () => {
    const names = freeNames(['draft (2)', 'draft-2', 'Rail Freight', 'rail_freight', 'Rail—Freight', 'Economy', 'Solo']);
    expect(names.propose('draft-2', 'draft (2)')).toEqual({ name: 'draft-2-2', taken: true });
    expect(names.propose('rail-freight', 'Rail Freight')).toEqual({ name: 'rail-freight', taken: false });
    // Taken by the first one's proposal, which the line names (round 32a F6).
    expect(names.propose('rail-freight', 'rail_freight')).toEqual({ name: 'rail-freight-2', taken: true, proposedTo: 'Rail Freight' });
    expect(names.propose('rail-freight', 'Rail—Freight')).toEqual({ name: 'rail-freight-3', taken: true, proposedTo: 'Rail Freight' });
    expect(names.propose('solo', 'Solo')).toEqual({ name: 'solo', taken: false }); // its own name in other case
  });

  it('a topic file spelt otherwise beside the topic\'s file is told to merge into it', () => {
    const content = newsroom((c) => {
      mkdirSync(join(c, 'tags'), { recursive: true });
      writeFileSync(join(c, 'tags', 'regional-contact-group.md'), '---\nname: regional contact group\n---\n');
      writeFileSync(join(c, 'tags', 'Regional Contact Group.md'), '---\nname: Regional Contact Group\n---\n');
      writeFileSync(join(c, 'sections', 'Economy.md'), '---\nname: Economy twice\n---\n');
    });
    const lines = check(content).filter((d) => d.field === 'file').map((d) => d.message);
    expect(lines).toContain('file name "Regional Contact Group.md" is not the topic\'s URL form, and the topic\'s file "regional-contact-group.md" exists already: move what this file says into "regional-contact-group.md" and delete this one');
    expect(lines).toContain('file name "Economy.md" is not a valid id; rename it to "economy-2.md" ("economy.md" is another file\'s name, or another line\'s proposal: if this file is a copy of that one, delete one of them instead) (lower-case a-z, 0-9 and single hyphens)');
  });
});

describe('a frontmatter fence autocorrect or a paste spoilt (finding 3)', () => {
  it('names what line 1 holds and the fix', () => {
    expect(parseFrontmatter('———\ntitle: x\n———\n\nText.\n').problems.map((p) => p.message)).toEqual(['line 1 is "———", dashes that autocorrect or a word processor made of "---"; write three hyphen-minus characters: ---']);
    expect(parseFrontmatter('---\u00a0\ntitle: x\n---\n\nText.\n').problems.map((p) => p.message)).toEqual(['line 1 is "---" followed by U+00A0 (an unusual space, as a paste can leave), so it is not read as the start of the frontmatter; delete what follows "---"']);
    expect(parseFrontmatter('Title: x\n').problems.map((p) => p.message)).toEqual(['the file does not start with a "---" line; frontmatter must come first']);
  });
});

describe('media the page drops whole (finding 6)', () => {
  it('<video>, <audio>, <picture>, <svg>, <object>, <embed> without words: a warning each, saying what to write', () => {
    const found = checkBodyText('<picture><source srcset="https://t.example/p1.gif"></picture>\n\n<video src="https://t.example/v.mp4"></video> <audio src="https://t.example/a.mp3"></audio>\n\n<svg><image href="https://t.example/p.gif"></image></svg> <object data="x"></object> <embed src="y">\n\nText.', 10);
    expect(found.filter((p) => p.severity === 'warning').map((p) => p.message.split(':')[0])).toEqual(['<picture> is not shown', '<video> is not shown', '<audio> is not shown', '<svg> is not shown', '<object> is not shown', '<embed> is not shown']);
    // An element that holds words keeps its own error line, once.
    expect(checkBodyText('<svg><text>Kabul</text></svg>\n\nText.', 10).map((p) => p.message.slice(0, 30))).toEqual(['<svg> holds words the page dro']);
  });
});
