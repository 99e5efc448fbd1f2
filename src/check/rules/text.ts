/** Small text helper for content messages. */

/** `decodeURIComponent`, or the text as written when it is not valid percent-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
