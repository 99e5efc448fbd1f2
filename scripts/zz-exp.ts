import { checkBodyStructure } from '#/check/rules/body-structure.ts';
const cases = ['<div>sharply</div>', '<blockquote>sharply</blockquote>', '<h2>sharply</h2>', '<ul><li>sharply</li></ul>', '<table><tr><td>sharply</td></tr></table>', '<details><summary>s</summary>sharply</details>', '<figure>sharply</figure>', '<pre>sharply</pre>', '<p>sharply</p>', '<dl><dt>a</dt><dd>b</dd></dl>', '<section>sharply</section>', '<hr>', '<div>sharply'];
const body = cases.map((c, i) => `Case ${i + 1} prices rose ${c} on Monday.`).join('\n\n') + '\n\n<div>\nok block\n</div>\n\n- x <div>a</div> y\n\n# Head <h2>x</h2> y\n\n| a | b |\n|---|---|\n| x <div>y</div> | z |\n';
for (const p of checkBodyStructure(body, 10)) console.log(p.pos.line, p.pos.column, p.message);
