import { checkBodyText } from '#/check/rules/body-text.ts';
const P = 'The minister arrived in Kabul on Monday, officials said.\n\n';
for (const b of [
  P + '<?confirm the second name with the desk\nThe trade figures rose.\n\nThe talks began at noon.',
  P + '<![CDATA[ pasted from the wire system\nThe trade figures rose.\n\nThe talks began at noon.',
  P + '<!Note to desk: check\nThe trade figures rose by 12 per cent.\nExports traders said > so far.\n\nThe talks began.',
  'The minister said <?check?> the talks would resume, and delegates agreed <![CDATA[on the transit annex]]> before noon.',
  'Inline a <? b and <!x c and <![CDATA[ d are text.',
  'Said <input type=hidden value="the second shipment"> and <optgroup label="the second">was seized</optgroup> ok.',
  'Said <svg><text>hidden words</text></svg> and <math><mi>x</mi></math> ok <embed src=x> <object>fallback</object>. <svg/> fine',
  'Said <title>the second shipment\n\nNext paragraph here.',
  `x ${'<textarea>'.repeat(5000)} y ${'</button>'.repeat(5000)}`,
  'Choose <select><option value="a1">OPTION-WORDS</option></select> end.',
  'Fine: <img src="https://e.org/x.png" alt="A photo"> and <Acting Minister> and <abbr title="x">X</abbr>',
  '<?'.repeat(100000), '<!a'.repeat(100000) + '>', 
]) { const t = performance.now(); const r = checkBodyText(b, 10).map((p) => `${p.pos.line}:${p.pos.column} ${p.message}`); console.log(JSON.stringify(b.slice(0, 50)), Math.round(performance.now() - t), 'ms\n  ' + r.join('\n  ').slice(0, 1500)); }
