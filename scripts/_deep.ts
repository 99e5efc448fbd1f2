import { createMarkdownRenderer } from '../src/markdown/pipeline.ts';
const render = createMarkdownRenderer();
const n = Number(process.argv[2]);
const cases: Record<string, string> = {
  bq: '> '.repeat(n) + 'x',
  list: '- '.repeat(n) + 'x',
  div: '<div>'.repeat(n) + 'x',
  b: 'a ' + '<b>'.repeat(n) + 'x',
  em: '*_'.repeat(n) + 'x' + '_*'.repeat(n),
  link: '[![' .repeat(n) + 'x' + '](y)]'.repeat(n),
  mixed: '> - '.repeat(n / 2) + '<div>'.repeat(n / 2) + '*_'.repeat(n / 2) + 'x' + '_*'.repeat(n / 2),
};
for (const [k, md] of Object.entries(cases)) {
  const t0 = performance.now();
  try { render(md); console.log(k, 'ok', Math.round(performance.now() - t0)); } catch (e) { console.log(k, 'FAIL', String(e).slice(0, 80)); }
}
