/**
 * A body link a Windows tool wrote (round 32a F4): `..\09\story.md` was told the file "does not exist" (with a hint
 * that led to another error), `C:\Users\…\story.md` that its scheme "c:" is not kept. The same slip in a photo's
 * path is told the path to write (image-path.ts); so is a link's, when the path with "/" names the page.
 */

/** What the link rule knows: whether a path resolves to a page, and an article file's link from this one. */
export interface WindowsLinkContext {
  /** Whether `path` (written with "/") is a link the check accepts. */
  resolves: (path: string) => boolean;
  /** The link to write to the article file at `path` inside the content folder, if one is there. */
  articleLink: (pathInContent: string) => string | undefined;
}

/** The line for a link written with Windows separators or a Windows drive, or undefined. */
export function windowsLinkProblem(address: string, ctx: WindowsLinkContext): string | undefined {
  if (/^[a-z]:[\\/]/i.test(address)) {
    const inContent = /[\\/]content[\\/](articles[\\/].+)$/i.exec(address)?.[1];
    const link = inContent === undefined ? undefined : ctx.articleLink(inContent.replace(/\\/g, '/'));
    return `is a file path on a Windows computer, which readers cannot open; ${link ? `link the article file by its path from this one: (${link})` : 'link an article file by its path from this one (such as ../09/story.md) or by its URL (/articles/<slug>/)'}`;
  }
  if (!/\\|%5c/i.test(address) || /^[a-z][a-z0-9+.-]*:/i.test(address)) return undefined;
  const slashed = address.replace(/%5c/gi, '/').replace(/\\/g, '/');
  return `uses "\\" between folders, which the web reads as part of a name, not as a separator; ${ctx.resolves(slashed) ? `write (${slashed})` : 'write "/" between folders'}`;
}
