import { renderBody } from '#/build/render-batch.ts';
const body = 'Words.\n\n[^1]: The note.\n\n' + 'Claim[^1]. '.repeat(4975);
renderBody('warm [^1]\n\n[^1]: x');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let i = 0; i < 4; i++) { const c = cpu(); renderBody(body); console.log(Math.round(cpu() - c)); }
