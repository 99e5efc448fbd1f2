/**
 * Draws the sample newsroom's lead images (flat illustrations, a chart and schematic maps made from SVG with
 * sharp), credited to the newsroom's graphics desk. Run once; the PNGs are committed beside the articles.
 * `node scripts/sample-images.ts` rewrites them.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

const W = 1600;
const H = 900;
const font = "font-family='DejaVu Sans, sans-serif'";

const sky = (top: string, bottom: string) =>
  `<defs><linearGradient id='sky' x1='0' y1='0' x2='0' y2='1'><stop offset='0' stop-color='${top}'/><stop offset='1' stop-color='${bottom}'/></linearGradient></defs><rect width='${W}' height='${H}' fill='url(#sky)'/>`;
const ridge = (points: number[], y: number, colour: string) =>
  `<path d='M0 ${H} L0 ${y} ${points.map((p, i) => `L${(i + 1) * (W / points.length)} ${y - p}`).join(' ')} L${W} ${H} Z' fill='${colour}'/>`;
const svg = (body: string) => `<svg xmlns='http://www.w3.org/2000/svg' width='${W}' height='${H}' viewBox='0 0 ${W} ${H}'>${body}</svg>`;

const lorry = (x: number, y: number, colour: string) =>
  `<g transform='translate(${x} ${y})'><rect width='150' height='70' fill='${colour}' rx='6'/><rect x='150' y='20' width='55' height='50' fill='#e6e1d3' rx='6'/><rect x='165' y='28' width='28' height='18' fill='#5b7a99'/><circle cx='35' cy='75' r='14' fill='#222'/><circle cx='120' cy='75' r='14' fill='#222'/><circle cx='180' cy='75' r='14' fill='#222'/></g>`;

const scenes: Record<string, string> = {
  // Schematic map: canal route leaving the Amu Darya westward.
  '2026/11/images/qosh-tepa-route-map.png': svg(
    `<rect width='${W}' height='${H}' fill='#efe8d8'/>` +
      `<path d='M1450 0 C1380 150 1420 300 1330 420 C1250 530 1300 700 1220 900' stroke='#5d8fb8' stroke-width='38' fill='none'/>` +
      `<path d='M1345 400 C1150 430 1000 380 820 450 C640 520 480 470 300 560 C200 610 120 600 40 640' stroke='#2f6f9f' stroke-width='14' fill='none' stroke-dasharray='36 18'/>` +
      [[1080, 420], [700, 500], [330, 560]].map(([x, y]) => `<circle cx='${x}' cy='${y}' r='16' fill='#8a1c1c'/>`).join('') +
      `<text x='1380' y='250' ${font} font-size='42' fill='#234' transform='rotate(-70 1380 250)'>Amu Darya</text>` +
      `<text x='560' y='400' ${font} font-size='40' fill='#234'>Canal route (schematic)</text>` +
      `<text x='80' y='840' ${font} font-size='30' fill='#555'>Observation points walked by the engineers · not to scale</text>`,
  ),
  // Schematic map: the Salang road over the pass, the closed section marked.
  '2026/11/images/salang-road-map.png': svg(
    `<rect width='${W}' height='${H}' fill='#e9e6df'/>` +
      ridge([120, 260, 180, 380, 300, 420, 260, 200], 760, '#c9c2b2') +
      `<path d='M800 0 C760 160 880 260 820 400 C760 540 860 660 800 900' stroke='#444' stroke-width='20' fill='none'/>` +
      `<path d='M820 400 C790 470 800 520 835 580' stroke='#c0392b' stroke-width='26' fill='none'/>` +
      `<text x='870' y='500' ${font} font-size='42' fill='#c0392b' font-weight='bold'>Landslide: road closed</text>` +
      `<text x='560' y='80' ${font} font-size='36' fill='#333'>to Pul-e-Khumri</text>` +
      `<text x='860' y='860' ${font} font-size='36' fill='#333'>to Kabul</text>` +
      `<text x='80' y='860' ${font} font-size='30' fill='#555'>Salang road (schematic)</text>`,
  ),
  // Schematic map: the northern rail corridor.
  '2026/11/images/northern-rail-corridor-map.png': svg(
    `<rect width='${W}' height='${H}' fill='#eef0ea'/>` +
      `<path d='M120 220 L520 300 L900 260 L1250 330 L1500 300' stroke='#333' stroke-width='14' fill='none'/>` +
      `<path d='M120 220 L520 300 L900 260 L1250 330 L1500 300' stroke='#fff' stroke-width='6' fill='none' stroke-dasharray='26 26'/>` +
      `<path d='M900 260 L880 520 L760 760' stroke='#8a1c1c' stroke-width='10' fill='none' stroke-dasharray='20 14'/>` +
      [[520, 300, 'Hairatan'], [900, 260, 'Termez'], [880, 520, 'Mazar-i-Sharif'], [760, 760, 'Carpet workshops']]
        .map(([x, y, name]) => `<circle cx='${x}' cy='${y}' r='18' fill='#1a4f8b'/><text x='${Number(x) + 30}' y='${Number(y) - 24}' ${font} font-size='38' fill='#1b1d21'>${name}</text>`)
        .join('') +
      `<text x='80' y='860' ${font} font-size='30' fill='#555'>Rail freight corridor (schematic)</text>`,
  ),
  // Chart: the fuel price table in the article.
  '2026/11/images/winter-fuel-prices-chart.png': svg(
    `<rect width='${W}' height='${H}' fill='#ffffff'/>` +
      `<text x='100' y='120' ${font} font-size='52' font-weight='bold' fill='#1b1d21'>Kabul fuel prices, change over two weeks</text>` +
      [['Diesel, per litre', 8], ['Liquefied gas, per kg', 17], ['Coal, per kharwar', 11]]
        .map(([name, pct], i) => {
          const y = 240 + i * 200;
          const w = (Number(pct) / 20) * 1000;
          return `<text x='100' y='${y}' ${font} font-size='40' fill='#333'>${name}</text><rect x='100' y='${y + 25}' width='${w}' height='90' fill='${i === 1 ? '#8a1c1c' : '#1a4f8b'}'/><text x='${120 + w}' y='${y + 90}' ${font} font-size='48' font-weight='bold' fill='#1b1d21'>+${pct}%</text>`;
        })
        .join('') +
      `<text x='100' y='860' ${font} font-size='30' fill='#555'>Source: Kabul fuel traders · Dateline graphics desk</text>`,
  ),
  // Drawing: lorries queued at a border gate.
  '2026/11/images/torkham-lorries-drawing.png': svg(
    sky('#f3c98b', '#f7e7c6') + ridge([200, 320, 240, 380, 260, 300], 620, '#b7866a') + `<rect y='620' width='${W}' height='280' fill='#d8c3a0'/>` +
      `<rect x='1250' y='420' width='60' height='260' fill='#6b4f3a'/><rect x='1450' y='420' width='60' height='260' fill='#6b4f3a'/><rect x='1230' y='400' width='300' height='50' fill='#8a1c1c'/>` +
      [0, 1, 2, 3, 4].map((i) => lorry(60 + i * 230, 640 + (i % 2) * 40, ['#2f6f9f', '#c0392b', '#2e7d5b', '#d08c2b', '#5a4f8f'][i]!)).join(''),
  ),
  // Drawing: a negotiating table seen from above.
  '2026/11/images/doha-table-drawing.png': svg(
    `<rect width='${W}' height='${H}' fill='#2b3340'/>` +
      `<ellipse cx='800' cy='450' rx='560' ry='250' fill='#c9a46a'/><ellipse cx='800' cy='450' rx='500' ry='200' fill='#d9b87f'/>` +
      Array.from({ length: 10 }, (_, i) => {
        const t = (i / 10) * Math.PI * 2;
        const x = 800 + Math.cos(t) * 640;
        const y = 450 + Math.sin(t) * 320;
        return `<circle cx='${x.toFixed(0)}' cy='${y.toFixed(0)}' r='42' fill='#e8e6e1'/><rect x='${(800 + Math.cos(t) * 470 - 40).toFixed(0)}' y='${(450 + Math.sin(t) * 170 - 28).toFixed(0)}' width='80' height='56' fill='#fff' opacity='0.9'/>`;
      }).join('') +
      `<rect x='740' y='420' width='120' height='60' fill='#8a1c1c'/>`,
  ),
  // Drawing: a valley with the red and white marker stones of a cleared minefield.
  '2026/11/images/parwan-valley-drawing.png': svg(
    sky('#9cc3e0', '#e2eef6') + ridge([260, 420, 300, 460, 340, 380, 280], 560, '#7b8b6a') + ridge([100, 180, 140, 200, 120], 700, '#a4b07e') +
      `<rect y='700' width='${W}' height='200' fill='#c3c58e'/>` +
      Array.from({ length: 9 }, (_, i) => `<rect x='${150 + i * 160}' y='${700 + (i % 3) * 50}' width='26' height='60' fill='${i % 2 ? '#ffffff' : '#c0392b'}'/>`).join(''),
  ),
  // Drawing: wheat under a wide sky.
  '2026/09/images/northern-wheat-drawing.png': svg(
    sky('#8ec5e8', '#f4f1dc') + ridge([80, 140, 100, 160, 90], 560, '#a9b88a') + `<rect y='560' width='${W}' height='340' fill='#d9b44a'/>` +
      Array.from({ length: 60 }, (_, i) => {
        const x = 20 + i * 27;
        const y = 600 + (i % 5) * 50;
        return `<path d='M${x} ${y + 120} L${x + 6} ${y}' stroke='#a87f1e' stroke-width='5'/><ellipse cx='${x + 6}' cy='${y}' rx='8' ry='22' fill='#b88a25'/>`;
      }).join(''),
  ),
  // Drawing: a marked-up draft on a committee table.
  '2026/11/images/transit-annex-draft-drawing.png': svg(
    `<rect width='${W}' height='${H}' fill='#3a4656'/>` +
      [[-6, 360, 180], [4, 560, 150], [-2, 760, 200]]
        .map(([r, x, y]) => `<g transform='rotate(${r} ${x} ${y})'><rect x='${x}' y='${y}' width='520' height='660' fill='#fbfaf6'/>` +
          Array.from({ length: 14 }, (_, j) => `<rect x='${Number(x) + 50}' y='${Number(y) + 70 + j * 40}' width='${380 - (j % 4) * 60}' height='12' fill='#b9bcc2'/>`).join('') + '</g>')
        .join('') +
      `<path d='M830 420 L1180 400' stroke='#8a1c1c' stroke-width='10'/><path d='M840 560 L1100 545' stroke='#8a1c1c' stroke-width='10'/><circle cx='1200' cy='690' r='60' fill='none' stroke='#8a1c1c' stroke-width='10'/>` +
      `<rect x='1230' y='160' width='30' height='420' fill='#d4a017' transform='rotate(25 1245 370)'/>`,
  ),
  // Drawing: market stalls with awnings.
  '2026/11/images/herat-market-drawing.png': svg(
    `<rect width='${W}' height='${H}' fill='#f1e3cf'/><rect y='700' width='${W}' height='200' fill='#c9a98a'/>` +
      [0, 1, 2, 3].map((i) => {
        const x = 80 + i * 380;
        const colour = ['#8a1c1c', '#1a4f8b', '#2e7d5b', '#b5651d'][i]!;
        return `<rect x='${x}' y='380' width='330' height='320' fill='#fff8ec'/><path d='M${x - 20} 380 L${x + 350} 380 L${x + 320} 300 L${x + 10} 300 Z' fill='${colour}'/>` +
          Array.from({ length: 4 }, (_, j) => `<rect x='${x + 25 + j * 75}' y='460' width='60' height='${120 + (j % 2) * 60}' fill='${['#c0392b', '#d4a017', '#4a6fa5', '#7a4f9a'][(i + j) % 4]}'/>`).join('');
      }).join(''),
  ),
};

const root = join(process.cwd(), 'content', 'articles');
for (const [file, body] of Object.entries(scenes)) {
  const out = join(root, file);
  mkdirSync(dirname(out), { recursive: true });
  await sharp(Buffer.from(body)).png({ palette: true, quality: 90, effort: 10 }).toFile(out);
  console.log(out);
}
