/**
 * A photo more than 20 times as wide as it is tall, or as tall as it is wide (round 36 F2): a 16000×1 strip shows
 * as a hairline across the column, a 1×16000 one as a thin pole the reader scrolls past (its `<img>` is laid out at
 * most 2,000 px tall: src/domain/body-images-html.ts). Likely the wrong file or a slip in an export; a warning, as a
 * panorama or a long chart may be meant. Read from the header the pixel budget has already read (image-work.ts).
 */
import type { Diagnostic } from '#/check/diagnostics.ts';
import type { LocalImageUse } from './image-use.ts';
import { decodeWork, type DecodeWork } from './image-work.ts';
import { readRegularFile } from './trust.ts';

export const MAX_ASPECT = 20;

/** One warning for each use of a photo whose sides differ more than {@link MAX_ASPECT} times. */
export function extremeAspects(uses: readonly LocalImageUse[], workOf: (path: string) => DecodeWork | undefined = (path) => decodeWork(path, readRegularFile)): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of uses) {
    const work = workOf(u.path);
    if (!work || work.width < 1 || work.height < 1) continue;
    const ratio = Math.max(work.width / work.height, work.height / work.width);
    if (ratio <= MAX_ASPECT) continue;
    const wide = work.width > work.height;
    const shape = wide ? 'a strip that shows as a thin line across the page' : 'a pole that shows as a thin column the reader scrolls past';
    const message = `${u.label ?? `"${u.src}"`} is ${work.width}×${work.height} pixels (${Math.round(ratio).toLocaleString('en-US')} times as ${wide ? 'wide as it is tall' : 'tall as it is wide'}; the limit for a warning is ${MAX_ASPECT}), ${shape}; check it is the file meant, or crop it closer to the picture`;
    out.push({ file: u.file, line: u.line, column: u.column, field: u.field, message, severity: 'warning' });
  }
  return out;
}
