import { parseBody } from './src/markdown/body-tree.ts';
import { nestingProblem } from './src/check/nesting.ts';
const cases: Record<string, (n: number) => string> = {
  itemsInQuote: (n) => '> - a\n'.repeat(n),
  quoteInItem: (n) => '- > a\n'.repeat(n),
  itemLongPara: (n) => '- a\n' + '  b\n'.repeat(n),
  quoteLongPara: (n) => '> a\n'.repeat(n),
  deep10Lazy: (n) => '> > > > > a\n' + 'b\n'.repeat(Math.min(n, 150)) + 'c\n\n'.repeat(n),
  codeInItem: (n) => '- a\n\n      code\n'.repeat(n),
  fenceInQuote: (n) => '> ```\n> x\n> ```\n'.repeat(n),
  htmlInQuote: (n) => '> <div>\n> x\n> </div>\n'.repeat(n),
  blankQuoteLines: (n) => '> a\n>\n'.repeat(n),
  defInQuote: (n) => Array.from({ length: n }, (_, i) => `> [d${i}]: /x`).join('\n'),
  tableInQuote: (n) => '> | a |\n> |---|\n' + '> | b |\n'.repeat(n),
  setextInQuote: (n) => '> a\n> ===\n'.repeat(n),
};
for (const [name, gen] of Object.entries(cases)) {
  const row: string[] = [];
  for (const n of [1500, 3000]) { const md = gen(n); parseBody('x'); const t = performance.now(); parseBody(md); row.push(`${n}: ${Math.round(performance.now() - t)}`); }
  const p = nestingProblem(gen(3000));
  console.log(name.padEnd(16), row.join('  '), '|', p ? p.message.slice(0, 50) : 'accepted at 3000');
}
