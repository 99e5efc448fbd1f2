/**
 * What the content check asks its memo (body-memo.ts) about one article body, named once: each answer is a pure
 * function of the body and its first line, so the check and a memo that computes the answers ahead of it (on other
 * threads, src/build/check-ahead.ts) agree by construction. The rules call these functions; `articleBodyAnswers`
 * lists what one article's check asks for, under the same rule names and lines.
 */
import { scanBodyImages } from './body-images.ts';
import { bodyRuleProblems } from './body-rules.ts';
import { markdownLinks } from './markdown-links.ts';
import { bodyNesting } from './nesting.ts';
import { BODY_RULE } from './body-memo.ts';
import { amplificationOf } from './rules/amplification.ts';

/** One answer as the memo keeps it: the rule, the body's first line as asked, the value. */
export type BodyAnswer = [rule: string, bodyLine: number, value: unknown];

/**
 * Every answer an article's check asks for about this body (content-check.ts): the nesting, then, for a body that
 * is neither refused nor empty, its images, links and body rules (one amplification answer shared, as there).
 */
export function articleBodyAnswers(body: string, bodyLine: number): BodyAnswer[] {
  const nesting = bodyNesting(body);
  const answers: BodyAnswer[] = [[BODY_RULE.nesting, 1, nesting]];
  if (nesting || body.trim() === '') return answers;
  const amplification = amplificationOf(body, bodyLine);
  answers.push([BODY_RULE.images, bodyLine, scanBodyImages(body, bodyLine)]);
  answers.push([BODY_RULE.links, bodyLine, markdownLinks(body, bodyLine, { amplification })]);
  answers.push([BODY_RULE.rules, bodyLine, bodyRuleProblems(body, bodyLine, amplification)]);
  return answers;
}
