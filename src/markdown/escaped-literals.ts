/**
 * Backslash escapes mean "this character literally" (CommonMark): `\-\-force`, `\-- now` and `\.\.\.` must print
 * `--force`, `-- now` and `...`, never an en dash or an ellipsis. The parser resolves escapes before typography
 * sees the text, so the escaped characters are remembered while the tree is built and kept away from typography:
 *
 * 1. `escapeTracking` (an mdast extension, added by `remarkEscapedLiterals`) records, for each text node, where in
 *    its value an escaped character landed (`data.escaped`).
 * 2. `remarkEscapedLiterals` (the last remark step, after bare URLs are linked) swaps the escaped quotes, dots and
 *    hyphens for stand-ins: noncharacters U+FDD0–U+FDD3, which the content check refuses in bodies, so an editor
 *    can never write one, and which typography does not touch.
 * 3. `literalText` turns the stand-ins back into the characters: heading ids (src/markdown/heading-ids.ts) and
 *    typography (the last step that sees text: src/markdown/rehype-typography.ts), so no page ever carries one.
 */
import type { Root, Text } from 'mdast';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';

const LITERALS = '"\'.-';
const STAND_INS = '\uFDD0\uFDD1\uFDD2\uFDD3';
const STAND_IN = /[\uFDD0-\uFDD3]/g;

interface EscapeData {
  escaped?: number[];
}

/** Text with the stand-ins of escaped characters turned back into the characters. */
export function literalText(text: string): string {
  return /[\uFDD0-\uFDD3]/.test(text) ? text.replace(STAND_IN, (c) => LITERALS[STAND_INS.indexOf(c)]!) : text;
}

/** `node.value.slice(start, end)` as a text node that keeps its escapes (for steps that split text nodes). */
export function sliceText(node: Text, start: number, end = node.value.length): Text {
  const out: Text = { type: 'text', value: node.value.slice(start, end) };
  const escaped = (node.data as EscapeData | undefined)?.escaped?.filter((i) => i >= start && i < end).map((i) => i - start);
  if (escaped?.length) out.data = { escaped } as Text['data'];
  return out;
}

interface CompileContext {
  stack: { type: string; value?: string; data?: EscapeData; position?: { end: unknown } }[];
  sliceSerialize(token: unknown): string;
}
interface Token {
  end: { line: number; column: number; offset: number };
}

/** As mdast-util-from-markdown's own exit of an escaped character (append it to the text node), recording where. */
function exitEscape(this: CompileContext, token: Token) {
  const tail = this.stack.pop()!;
  const at = tail.value!.length;
  tail.value += this.sliceSerialize(token);
  tail.position!.end = { line: token.end.line, column: token.end.column, offset: token.end.offset };
  if (LITERALS.includes(tail.value![at]!)) ((tail.data ??= {}).escaped ??= []).push(at);
}

export default function remarkEscapedLiterals(this: Processor) {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  (data.fromMarkdownExtensions ??= []).push({ exit: { characterEscapeValue: exitEscape } });
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      const escaped = (node.data as EscapeData | undefined)?.escaped;
      if (!escaped?.length) return;
      // One pass, parts joined once: a paragraph of thousands of escapes stays linear.
      const parts: string[] = [];
      let copied = 0;
      for (const i of escaped) {
        const k = LITERALS.indexOf(node.value[i]!);
        if (k === -1 || i < copied) continue;
        parts.push(node.value.slice(copied, i), STAND_INS[k]!);
        copied = i + 1;
      }
      parts.push(node.value.slice(copied));
      const value = parts.join('');
      node.value = value;
      delete (node.data as EscapeData).escaped;
    });
  };
}
