import { STRESS_CASES, runStressCase } from './stress-cases.ts';
for (const c of STRESS_CASES) {
  if (!c.refused) continue;
  const r = runStressCase(c);
  console.log(c.name, Math.round(r.checkMs), r.diagnostics);
}
