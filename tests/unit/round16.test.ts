/**
 * Round 16 (issue 10, blind): findings fixed in the content check and the renderer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '#/check/content-check.ts';
import { newsroomCopies } from '../helpers/newsroom-copy.ts';

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
