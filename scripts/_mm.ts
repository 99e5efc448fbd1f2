import { micromark } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
const unit = process.argv[2] ?? 'a\n';
for (const ext of [[], [gfmTable()], [gfmFootnote()], [gfmStrikethrough()]]) {
  const r: string[] = [];
  for (const n of [16000, 64000, 256000]) {
    const b = unit.repeat(Math.floor(n / unit.length));
    const t0 = performance.now(); micromark(b, { extensions: ext as never[], allowDangerousHtml: true }); r.push((performance.now() - t0).toFixed(0));
  }
  console.log(ext.length ? Object.keys(ext[0]).join(',') : 'plain', r.join(' / '));
}
