import { checkContent } from '#/check/content-check.ts';
import { mkdtempSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const ROOT = process.cwd();
const kind = process.argv[2] ?? 'setext';
const dir = mkdtempSync(join(tmpdir(), 'r11c-'));
const content = join(dir, 'content');
cpSync(join(ROOT, 'tests/fixtures/base-content/content'), content, { recursive: true });
mkdirSync(join(content, 'articles/2026/11'), { recursive: true });
const art = (t: string, body: string) => `---\ntitle: ${t}\ndescription: A case.\npublished: 2026-11-06T10:00:00+04:30\nauthors: [zarlasht-niazai]\nsection: economy\n---\n\n${body}\n`;
const words = 'wheat price trade border kabul market rail freight minister talks crossing traders flour harvest route northern'.split(' ');
let s = 7; const r = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
const line = () => Array.from({ length: 16 }, () => words[Math.floor(r() * words.length)]).join(' ');
let body = '';
if (kind === 'setext') body = `## Key\n\n${Array.from({ length: 8700 }, () => line().replace(' ', ' `')).join('\n')}\n===`;
if (kind === 'setext2') body = `## Key\n\n${Array.from({ length: 8700 }, () => line().replace(' ', ' `x` ')).join('\n')}\n===`;
if (kind === 'runs') { const ls = []; for (let n = 1; n <= 140; n++) ls.push(line() + ' ' + '`'.repeat(n) + ' ' + Array.from({length: 60}, line).join(' ')); body = ls.join(' '); }
if (kind === 'runs-lines') { const ls = []; for (let n = 1; n <= 140; n++) ls.push(line() + ' ' + '`'.repeat(n), ...Array.from({length: 60}, line)); body = ls.join('\n'); }
if (kind === 'look') { body = Array.from({ length: 8000 }, (_, i) => line() + (i % 10 === 0 ? ' <a href=x?a=b>label</a>' : '')).join(' '); }
if (kind === 'look-lines') { body = Array.from({ length: 8000 }, (_, i) => line() + (i % 10 === 0 ? ' <a href=x?a=b>label</a>' : '')).join('\n'); }
if (kind === 'b') { body = Array.from({ length: 8000 }, (_, i) => line() + (i % 4 === 0 ? ' <b x=y= z>' : '')).join(' '); }
const linker = kind.startsWith('setext');
if (linker) { writeFileSync(join(content, 'articles/2026/11/target.md'), art('Target', body)); }
const run = (label: string) => { const c0 = process.cpuUsage(); const t0 = performance.now(); const res = checkContent({ root: ROOT, contentDir: content, visibility: { now: Date.parse('2026-12-01T00:00:00Z'), includeDrafts: false } }); const c = process.cpuUsage(c0); console.log(label, Math.round(performance.now() - t0), 'ms wall', Math.round((c.user + c.system) / 1000), 'ms cpu', res.diagnostics.length, res.diagnostics.slice(0, 3).map((d) => d.message.slice(0, 150))); };
run('base');
writeFileSync(join(content, 'articles/2026/11/case.md'), art('Case', linker ? 'See [k](./target.md#key).' : body));
run('with case');
console.log('bytes', body.length);
