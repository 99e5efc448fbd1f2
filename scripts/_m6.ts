import { idSkeleton } from '#/markdown/id-skeleton.ts';
import { createIdReader } from '#/markdown/page-ids.ts';
import { prng } from './seeded-random.mjs';
const list = 'wheat price trade border kabul market rail freight minister talks crossing traders flour harvest route northern eastern yard wagons customs officials figures monday reopen season export import'.split(' ');
const rand = prng(8);
const line = (mark: string) => Array.from({ length: 16 }, (_, k) => (k === 7 ? mark : '') + list[Math.floor(rand() * list.length)]!).join(' ');
const read = createIdReader();
read('## a');
for (const [name, mark] of [['star', '*'], ['backtick', '`'], ['tilde', '~'], ['underscore', '_']] as const) {
  const body = `## Key\n\n${Array.from({ length: 8700 }, () => line(mark)).join('\n')}\n===\n\n## Key`;
  const t0 = performance.now();
  const sk = idSkeleton(body);
  const t1 = performance.now();
  const ids = read(sk.markdown, sk.texts);
  const t2 = performance.now();
  const full = read(body);
  const t3 = performance.now();
  const same = JSON.stringify([...ids]) === JSON.stringify([...full]);
  console.log(name, 'skeleton', sk.markdown.length, 'B', Math.round(t1 - t0), 'ms; read', Math.round(t2 - t1), 'ms; full', Math.round(t3 - t2), 'ms; same ids', same);
}
