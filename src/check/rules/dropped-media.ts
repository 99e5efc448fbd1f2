/**
 * Media the page drops whole, holding no words (round 16, finding 6): `<video>`, `<audio>`, `<picture>` (what a CMS
 * pastes for a responsive photo), `<svg>`, `<iframe>`, `<object>`, `<embed>`, `<canvas>`. Nothing of them reaches
 * the page or the feeds (no tracker either), but the editor who embedded a clip or a photo got no line and the
 * page an empty paragraph. One line each, saying what to write instead; an element already reported for the
 * words it holds (body-text.ts) is not named again. At most MAX_LINES a body.
 */
const MEDIA = /<(video|audio|picture|svg|iframe|object|embed|canvas)\b/gi;
const MAX_LINES = 20;

const INSTEAD: Record<string, string> = {
  video: 'pages keep no video or audio; link to it instead, e.g. [Watch the video](https://…)',
  audio: 'pages keep no video or audio; link to it instead, e.g. [Listen](https://…)',
  picture: 'pages keep no <picture>; write the photo as ![what it shows](./images/photo.jpg) and the build makes its sizes',
  svg: 'pages keep no SVG; save the drawing as an image file and write ![what it shows](./images/drawing.png)',
  canvas: 'pages keep no <canvas>; use an image file: ![what it shows](./images/chart.png)',
};
const EMBED = 'pages keep no embedded frames or objects; link to it instead';

export function droppedMedia(text: string, reported: readonly { start: number; end: number }[]): { offset: number; message: string }[] {
  if (!text.includes('<')) return [];
  const out: { offset: number; message: string }[] = [];
  let next = 0;
  for (const m of text.matchAll(MEDIA)) {
    if (out.length >= MAX_LINES) break;
    while (next < reported.length && reported[next]!.end <= m.index) next++;
    if (next < reported.length && reported[next]!.start <= m.index) continue;
    const name = m[1]!.toLowerCase();
    out.push({ offset: m.index, message: `<${name}> is not shown: ${INSTEAD[name] ?? EMBED}` });
  }
  return out;
}
