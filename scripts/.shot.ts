import { chromium } from '@playwright/test';
const [url, out, width, y, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: (scheme as any) ?? 'light' });
await p.goto(url!);
await p.evaluate((yy) => window.scrollTo(0, yy), Number(y ?? 0));
await p.screenshot({ path: out! });
await b.close();
