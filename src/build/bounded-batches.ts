/**
 * A list cut into batches of at most `count` items and `bytes` of size (`sizeOf` each; an item larger than `bytes`
 * is a batch of its own): what a build holds at once stays bounded by text as well as by number (round 28c #5: the
 * build process grew ~10 bytes for each byte of Markdown, 8 GB at 860 MB, holding 500 or 5,000 long articles at once).
 */
export function* boundedBatches<T>(items: readonly T[], count: number, bytes: number, sizeOf: (item: T) => number): Generator<T[]> {
  let batch: T[] = [];
  let size = 0;
  for (const item of items) {
    const n = sizeOf(item);
    if (batch.length > 0 && (batch.length >= count || size + n > bytes)) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += n;
  }
  if (batch.length > 0) yield batch;
}
