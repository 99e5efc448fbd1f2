/** Round 32, late: 32c F4 (an author's url on the editor's own machine). */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNewsroom } from '../helpers/check-bodies.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

const copy = newsroomCopies('r32-late');

describe('32c F4: an author’s url on the editor’s own machine is refused, as body links and canonical are', () => {
  it.each(['http://localhost:4321/about/', 'https://127.0.0.1:4321/', 'https://[::1]/me', 'https://newsroom.local/me'])('%s', (url) => {
    const content = copy((c) => writeFileSync(join(c, 'authors/probe-local.md'), `---\nname: Probe Local\nurl: "${url}"\n---\n`));
    const lines = checkNewsroom(content).filter((d) => d.file.endsWith('probe-local.md')).map((d) => `${d.field}  ${d.message}`);
    expect(lines).toEqual([expect.stringMatching(/^url {2}\S+ is on \S+, a server on your own machine, which no reader or search engine can open; give the author's page elsewhere \(their own site or profile\), or remove "url"$/)]);
  });
  it('a real profile is fine', () => {
    const content = copy((c) => writeFileSync(join(c, 'authors/probe-real.md'), '---\nname: Probe Real\nurl: "https://example.org/probe"\n---\n'));
    expect(checkNewsroom(content).filter((d) => d.file.endsWith('probe-real.md'))).toEqual([]);
  });
});

describe('32a F4: a body link written with Windows separators is told the path to write', async () => {
  const { checkArticles, testFrontmatter } = await import('../helpers/check-bodies.ts');
  const slug = 'wheat-prices-ease-as-northern-harvest-reaches-markets';
  it.each([
    [`..\\10\\${slug}.md`, `uses "\\" between folders, which the web reads as part of a name, not as a separator; write (../10/${slug}.md)`],
    [`..%5C10%5C${slug}.md`, `uses "\\" between folders, which the web reads as part of a name, not as a separator; write (../10/${slug}.md)`],
    [`..\\10\\no-such-story.md`, 'uses "\\" between folders, which the web reads as part of a name, not as a separator; write "/" between folders'],
    [`C:\\Users\\desk\\content\\articles\\2026\\10\\${slug}.md`, `is a file path on a Windows computer, which readers cannot open; link the article file by its path from this one: (../10/${slug}.md)`],
  ])('%s', (href, message) => {
    const lines = checkArticles({ 'probe-win.md': `${testFrontmatter()}The lead paragraph of the probe, with [a link](${href}) in it.\n` });
    expect(lines).toEqual([expect.stringContaining(`link  link [a link](${href}) ${message}`)]);
  });
  it('a link with "/" is fine', () => {
    expect(checkArticles({ 'probe-win.md': `${testFrontmatter()}The lead paragraph of the probe, with [a link](../10/${slug}.md) in it.\n` })).toEqual([]);
  });
});
