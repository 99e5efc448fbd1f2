/**
 * One word segmenter per language, made once (making one costs far more than using it); no tag and unknown tags get
 * the root locale's rules, never the machine's locale (the output must not depend on it, round 30b #1).
 */
const segmenters = new Map<string, Intl.Segmenter>();

export function wordSegmenter(lang?: string): Intl.Segmenter {
  const key = lang ?? '';
  let seg = segmenters.get(key);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(lang ?? 'und', { granularity: 'word' });
    } catch {
      seg = new Intl.Segmenter('und', { granularity: 'word' });
    }
    segmenters.set(key, seg);
  }
  return seg;
}
