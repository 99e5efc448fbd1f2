/** One word segmenter per language, made once (making one costs far more than using it); unknown tags fall back to the default. */
const segmenters = new Map<string, Intl.Segmenter>();

export function wordSegmenter(lang?: string): Intl.Segmenter {
  const key = lang ?? '';
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      seg = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(key, seg);
  }
  return seg;
}
