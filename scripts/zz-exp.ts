import { checkBodyStructure } from '#/check/rules/body-structure.ts';
import { checkTextTags } from '#/check/rules/text-tags.ts';
import { checkDeskNotes } from '#/check/rules/desk-notes.ts';
import { checkBodyText } from '#/check/rules/body-text.ts';
import { checkTypedMarkup } from '#/check/rules/typed-markup.ts';
import { markdownInHtmlBlocks } from '#/check/rules/html-block-markdown.ts';
import { checkFootnotes } from '#/check/rules/footnotes.ts';


const body = 'Prices rose <div>x</div> on Monday.\n\n'.repeat(2487);
const t = (name: string, f: () => unknown) => { const s = performance.now(); const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); console.log(name, Math.round(performance.now() - s), 'ms wall', Math.round((u.user + u.system) / 1000), 'ms cpu'); };
t('structure', () => checkBodyStructure(body, 1));
t('texttags', () => checkTextTags(body, 1));
t('desk', () => checkDeskNotes(body, 1));
t('bodytext', () => checkBodyText(body, 1));
t('typed', () => checkTypedMarkup(body, 1));
t('htmlblock', () => markdownInHtmlBlocks(body, 1));
t('footnotes', () => checkFootnotes(body, 1));
import { parseBody } from '#/markdown/body-tree.ts';
import { checkAmplification } from '#/check/rules/amplification.ts';
import { checkHtmlScan } from '#/check/rules/html-scan.ts';
import { nestingProblem } from '#/check/nesting.ts';
t('parse', () => parseBody(body));
t('parse again', () => parseBody(body + ' '));
t('amplification', () => checkAmplification(body, 1));
t('htmlscan', () => checkHtmlScan(body, 1));
t('nesting', () => nestingProblem(body));
t('structure again', () => checkBodyStructure(body + '  ', 1));
