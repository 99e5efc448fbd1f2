import { renderBody } from '#/build/render-batch.ts';
import { relatedBag } from '#/domain/related/inputs.ts';
const body = 'word '.repeat(Math.floor((1024 * 1024 - 1024) / 5));
renderBody('warm *a*');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let i = 0; i < 3; i++) { const c = cpu(); const out = renderBody(body); relatedBag(out.blocks, undefined); console.log(Math.round(cpu() - c)); }
