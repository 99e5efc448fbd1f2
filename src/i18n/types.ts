/** The words one language puts around an article (one file per language beside this one; see messages.ts). */
export interface Messages {
  published: string;
  updated: string;
  /** "{n} min read", n already formatted in the language's digits. */
  minRead: (n: string) => string;
  related: string;
  corrections: string;
  /** The heading over a body's footnotes (read by screen readers; hidden on screen). */
  footnotes: string;
  /** The label of a footnote's way back to where it is cited: "Back to reference 2" (`n` as the call shows it). */
  backToReference: (n: string) => string;
  topics: string;
  /** Around a byline: "By A and B for Source" is byBefore + names + sourceBefore + source + sourceAfter. */
  byBefore: string;
  sourceBefore: string;
  sourceAfter: string;
  /**
   * Printed after times instead of the site's zone label (e.g. "AFT"), when the language has its own words for the
   * zone they name: only while the site's `timeZone` is that zone (round 29d #3: Dari pages said "Afghanistan time"
   * of Kiritimati's clock).
   */
  timeZoneLabel?: { timeZone: string; label: string };
}
