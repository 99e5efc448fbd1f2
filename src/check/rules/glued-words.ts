/**
 * Words joined by no-break spaces (round 22): copying from Google Docs' web view, Outlook, a PDF or WordPress's
 * classic editor can turn every space into U+00A0. The text looks right in the editor, but the browser cannot break
 * a line between such words, so a phone splits the run inside a word ("the govern / ment", "until t / he spring").
 * Five words in a row is a paste, not a typed `10 km` or `Mr Rahyab`. A warning, in the body and in text fields.
 */
export const GLUED_WORDS = /(?:[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,;:-]*\u00a0+){4,}[\p{L}\p{N}]/gu;

export const GLUED_WORDS_MESSAGE =
  'has words joined by no-break spaces (a paste from Google Docs, Word, a PDF or a CMS): the page cannot break the line between them, so phones split words in the middle ("the govern / ment"); retype those spaces as ordinary spaces';

/** The field's line, or undefined. */
export function gluedWordsInField(value: string): string | undefined {
  GLUED_WORDS.lastIndex = 0;
  return GLUED_WORDS.test(value) ? `fields are plain text, and this one ${GLUED_WORDS_MESSAGE}` : undefined;
}
