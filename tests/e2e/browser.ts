/** Finds a Chromium to drive: CHROMIUM_PATH, Debian's package, or Playwright's own download (undefined). */
import { existsSync } from 'node:fs';

export function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Launch options pointing Playwright at the Chromium found, or at its own when none is. */
export function chromiumLaunchOptions(): { executablePath?: string } {
  const path = findChromium();
  return path ? { executablePath: path } : {};
}
