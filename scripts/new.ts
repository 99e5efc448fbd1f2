/**
 * `npm run new -- "Headline"`: creates content/articles/<yyyy>/<mm>/<slug>.md from the headline, dated now
 * in the newsroom's time zone, with the first author and section as placeholders to edit.
 * Options: --section <id>, --author <id>, --draft.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDirFor } from '../src/lib/content-check.ts';
import { formatOffset, zoneOffsetMinutes } from '../src/lib/dates.ts';
import { site } from '../src/site.config.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { section: { type: 'string' }, author: { type: 'string' }, draft: { type: 'boolean', default: false } },
});
const headline = positionals.join(' ').trim();
if (!headline) {
  console.error('usage: npm run new -- "Headline of the story" [--section id] [--author id] [--draft]');
  process.exit(2);
}

const root = process.cwd();
const contentDir = contentDirFor(root);
const ids = (kind: string) =>
  existsSync(join(contentDir, kind))
    ? readdirSync(join(contentDir, kind)).filter((f) => f.endsWith('.md') && !f.startsWith('_')).map((f) => f.slice(0, -3)).sort()
    : [];
const author = values.author ?? ids('authors')[0] ?? 'your-author-id';
const section = values.section ?? ids('sections')[0] ?? 'your-section-id';

const slug =
  headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'untitled';

// Now, as wall-clock time in the newsroom, with its offset.
const now = Date.now();
const offset = zoneOffsetMinutes(now, site.timeZone);
const local = new Date(now + offset * 60_000).toISOString().slice(0, 19);
const published = `${local}${formatOffset(offset)}`;
const [yyyy, mm] = [local.slice(0, 4), local.slice(5, 7)];

const existing = new Set(
  existsSync(join(contentDir, 'articles'))
    ? readdirSync(join(contentDir, 'articles'), { recursive: true }).map((f) => String(f).split(/[\\/]/).pop())
    : [],
);
let name = slug;
for (let n = 2; existing.has(`${name}.md`); n++) name = `${slug}-${n}`;

const dir = join(contentDir, 'articles', yyyy, mm);
mkdirSync(dir, { recursive: true });
const file = join(dir, `${name}.md`);
const yaml = (s: string) => JSON.stringify(s);
writeFileSync(
  file,
  `---
title: ${yaml(headline)}
description: ${yaml('One or two sentences: what happened and why it matters.')}
published: ${yaml(published)}
authors: [${author}]
section: ${section}
tags: []
${values.draft ? 'draft: true\n' : ''}---

Write the story here. The first paragraph is the lead: who, what, where, when.
`,
  { flag: 'wx' },
);
console.log(`created ${relative(root, file)}`);
console.log(`next: edit it, then run npm run check:content`);
