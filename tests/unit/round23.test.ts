/** Round 23 (blind test): stories saved in other formats, misnamed files' callers, preview-server links, Windows paths, linked flat folders. */
import { describe, expect, it } from 'vitest';
import { checkArticles, testFrontmatter } from '../helpers/check-bodies.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const story = `${testFrontmatter()}A paragraph of the story.\n`;

describe('#1 a story saved as .txt, .rtf, .docx, .html or with no extension is one line', () => {
  it('names the file and the .md name to write', () => {
    const lines = checkArticles({
      'kabul-story.txt': story,
      'kabul-notes.rtf': '{\\rtf1\\ansi A paragraph}',
      'kabul-word.docx': Buffer.from('504b0304140000000800', 'hex'),
      'kabul-page.html': '<p>A paragraph</p>',
      'kabul-bare': story,
      'kabul-story.v2': story,
    });
    expect(lines).toEqual([
      'kabul-bare:1:1 file  this file is not read: articles are .md files; rename it to "kabul-bare.md", or start its name with "_" to keep it there unread',
      'kabul-notes.rtf:1:1 file  this file is not read: articles are .md files; save it as plain text named "kabul-notes.md", or start its name with "_" to keep it there unread',
      'kabul-page.html:1:1 file  this file is not read: articles are .md files; rename it to "kabul-page.md", or start its name with "_" to keep it there unread',
      'kabul-story.txt:1:1 file  this file is not read: articles are .md files; rename it to "kabul-story.md", or start its name with "_" to keep it there unread',
      'kabul-story.v2:1:1 file  this file is not read: articles are .md files; rename it to "kabul-story.md", or start its name with "_" to keep it there unread',
      'kabul-word.docx:1:1 file  this file is not read: articles are .md files; save it as plain text named "kabul-word.md", or start its name with "_" to keep it there unread',
    ]);
  });

  it('leaves photos, media, hidden files and "_" files beside the stories quiet', () => {
    const lines = checkArticles({
      'images/photo.png': PNG,
      'images/photo-no-extension': PNG,
      'images/clip.mp4': Buffer.from('000000186674797069736f6d', 'hex'),
      'images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '.DS_Store': Buffer.from('0000000142756431', 'hex'),
      '_notes.txt': 'notes',
      'README.txt': 'what this folder holds',
    });
    expect(lines).toEqual([]);
  });
});
