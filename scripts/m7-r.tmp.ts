import { createMarkdownRenderer } from '#/markdown/pipeline.ts';
const r = createMarkdownRenderer();
const P = 'The minister arrived in Kabul on Monday, officials said.\n\n';
for (const b of [
  'Said <noscript>the second shipment was seized at the border</noscript> on Monday.',
  'Said <title>the second shipment\n\nNext paragraph here.\n\nThird.',
  'Said <textarea>the second shipment\n\nNext paragraph here.',
  'Said <noscript>the second shipment\n\nNext paragraph here.',
  'Said <template>the second shipment\n\nNext paragraph here.',
  'Said <input type=hidden value="the second shipment"> and <optgroup label="the second">was seized</optgroup> ok.',
  P + '<?confirm the second name with the desk\nThe trade figures rose.\n\nThe talks began at noon.',
  P + '<!Note to desk: check\nThe trade figures rose by 12 per cent.\nExports traders said > so far.\n\nThe talks began.',
  'The minister said <?check?> the talks would resume, and delegates agreed <![CDATA[on the transit annex]]> before noon.',
  'Said <svg><text>hidden words</text></svg> and <math><mi>x</mi></math> ok <embed src=x> <object>fallback</object>.',
]) console.log(JSON.stringify(b.slice(0, 60)), '\n  =>', r(b).html.replace(/\n/g, ' '));
