import { unclosedHtmlScanCost } from '#/markdown/html-scan-cost.ts';
import { idSkeleton } from '#/markdown/id-skeleton.ts';
import { nestingProblem } from '#/check/nesting.ts';
import { checkAmplification } from '#/check/rules/amplification.ts';
import { checkDeskNotes } from '#/check/rules/desk-notes.ts';
const words = 'word '.repeat(200_000);
const step = Math.floor(words.length / 1000);
const body = `## Key\n\n` + Array.from({ length: 1000 }, (_, i) => `${words.slice(i * step, (i + 1) * step)}<!-- `).join('');
const t = (name: string, f: () => unknown) => { const t0 = performance.now(); f(); console.log(name, Math.round(performance.now() - t0), 'ms'); };
for (let i = 0; i < 2; i++) {
t('scan', () => unclosedHtmlScanCost(body));
t('skeleton', () => idSkeleton(body));
t('nesting', () => nestingProblem(body));
t('amplification', () => checkAmplification(body, 1));
t('desknotes', () => checkDeskNotes(body, 1));
}
