/** Round 27 (blind test 27a): the dev server and the release script. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requestedFiles, throughContentLink } from '#/build/dev-content-guard.ts';

const root = mkdtempSync(join(tmpdir(), 'dateline-guard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('27a #4: the dev server never serves through a link in the content folder', () => {
  const content = join(root, 'content');
  const images = join(content, 'articles/2026/12/images');
  mkdirSync(images, { recursive: true });
  writeFileSync(join(images, 'photo.png'), 'png');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  symlinkSync(join(root, 'secret.txt'), join(images, 'pw.png'));
  symlinkSync(root, join(images, 'etcdir'));
  const blocked = (url: string) => requestedFiles(url, root).some((f) => throughContentLink(f, content));

  it.each([
    '/content/articles/2026/12/images/pw.png',
    '/content/articles/2026/12/images/pw.png?import',
    `/@fs${images}/etcdir/secret.txt`,
    '/content/articles/2026/12/images/x/../pw.png',
    '/content/articles/2026/12/images/%70w.png',
    `/_image?href=${encodeURIComponent(`/@fs${images}/pw.png?origWidth=77`)}&w=33&f=png`,
  ])('%s is refused', (url) => {
    expect(blocked(url)).toBe(true);
  });

  it.each(['/content/articles/2026/12/images/photo.png', `/@fs${images}/photo.png?origWidth=1`, '/articles/x/', '/@fs/etc/hostname', '/content/articles/2026/12/images/missing.png'])('%s is left to the server', (url) => {
    expect(blocked(url)).toBe(false);
  });
});
