/**
 * Makes sure a Chromium exists for the end-to-end tests: one already installed (CHROMIUM_PATH or Debian's
 * package), else Debian's `chromium` via apt when running as root, else Playwright's own download.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/e2e/browser.ts';

const found = findChromium();
if (found) {
  console.log(`browser: ${found}`);
} else if (process.getuid?.() === 0) {
  console.log('browser: installing Debian chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], { stdio: 'inherit', env });
  console.log(`browser: ${findChromium() ?? 'still missing'}`);
} else {
  console.log("browser: downloading Playwright's Chromium…");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
