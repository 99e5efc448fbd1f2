/**
 * The content check's side of the parser's scan budget (src/markdown/html-scan-cost.ts): a body whose unclosed
 * raw HTML openers (`<!--`, `<?`, `<![CDATA[`, `<!x`) would make the parser rescan long paragraphs is refused
 * with one line at the first such opener, so the renderer, which refuses the same bodies, is never the first to
 * say so. `far`: over five times the budget, where even the desk-note rule's parse (src/check/rules/desk-notes.ts,
 * which names the note) would cost the check seconds (1,000 `<!--` through a 1 MB paragraph: 2–3.5 s), so that
 * rule is skipped and this line is the body's.
 */
import type { Position } from '#/check/frontmatter.ts';
import { positionFinder } from '#/check/text-position.ts';
import { HTML_SCAN_BUDGET, htmlScanProblem, unclosedHtmlScanCost } from '#/markdown/html-scan-cost.ts';

export function checkHtmlScan(body: string, bodyLine: number): { far: boolean; problems: { message: string; pos: Position }[] } {
  const scan = unclosedHtmlScanCost(body);
  const message = htmlScanProblem(body, scan);
  if (!message) return { far: false, problems: [] };
  return { far: scan.cost > 5 * HTML_SCAN_BUDGET, problems: [{ message, pos: positionFinder(body, bodyLine)(Math.max(0, scan.first)) }] };
}
