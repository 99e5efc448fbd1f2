/**
 * Run as its own process by social-card-draw.test.ts: lays text out with the machine's fontconfig setup first (as
 * any other use of sharp's text could), then starts a card renderer. Prints whether the machine has fonts for the
 * renderer's probe characters and the renderer's refusal ('' when it started).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createCardRenderer } from '#/build/cards/draw.ts';

const size = async (text: string) => {
  const { info } = await sharp({ text: { text, font: 'Noto Serif Bold 40', dpi: 72 } }).raw().toBuffer({ resolveWithObject: true });
  return `${info.width}x${info.height}`;
};
const machineFonts = (await size('\u2708\u4E2D\u0905\u05D0')) !== (await size('\u0378\u0379\u0380\u0381'));
let refused = '';
try {
  await createCardRenderer('Dateline', join(mkdtempSync(join(tmpdir(), 'card-leak-')), 'fonts'));
} catch (error) {
  refused = (error as Error).message;
}
console.log(JSON.stringify({ machineFonts, refused }));
