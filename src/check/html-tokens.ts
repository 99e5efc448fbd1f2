/**
 * One piece of raw HTML read by the tokenizer the renderer uses (parse5, as rehype-raw does), for the body rules
 * that judge raw HTML as the page will read it (src/check/rules/desk-notes.ts, unclosed-tags.ts). A rule names
 * only the tokens it wants; the tokenizer switches to text for the content of the elements the HTML parser reads
 * as text (`<textarea>`, `<script>` …), as the tree builder would tell it to, so a `<!--` or a tag inside them is
 * not read as one.
 */
import { Tokenizer, TokenizerMode, type Token, type TokenHandler } from 'parse5';

/** Elements whose content the HTML parser reads as text, not markup (it switches the tokenizer for them). */
export const TEXT_CONTENT: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  noscript: TokenizerMode.RAWTEXT,
  script: TokenizerMode.SCRIPT_DATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** The tokens a rule listens to; the others are read and dropped. Locations are offsets in `html`. */
export type HtmlTokenHandlers = Partial<Pick<TokenHandler, 'onStartTag' | 'onEndTag' | 'onComment' | 'onParseError'>>;

const none = () => {};

/** Reads `html` to its end, calling the given handlers in document order. */
export function readHtmlTokens(html: string, handlers: HtmlTokenHandlers): void {
  const handler: TokenHandler = {
    onStartTag(token: Token.TagToken) {
      handlers.onStartTag?.(token);
      const mode = TEXT_CONTENT[token.tagName];
      if (mode !== undefined && !token.selfClosing) tokenizer.state = mode;
    },
    onEndTag: handlers.onEndTag ?? none,
    onComment: handlers.onComment ?? none,
    onParseError: handlers.onParseError ?? none,
    onDoctype: none,
    onEof: none,
    onCharacter: none,
    onNullCharacter: none,
    onWhitespaceCharacter: none,
  };
  const tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
}
