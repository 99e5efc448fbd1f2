/**
 * Makes sure the outside validators the end-to-end suite runs are present: a Java runtime for the W3C Nu HTML
 * Checker (`vnu-jar`, whose own install script, which downloads a Java runtime, is not allowed to run) and
 * `xmllint` (Debian's libxml2-utils) for the sitemaps.org schema, and Debian's Universal Feed Parser
 * (python3-feedparser, on the system Python: a pyenv `python3` on PATH may lack it) for every feed. Installs the Debian packages when run as root,
 * as scripts/ensure-browser.ts does for Chromium; otherwise says what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const missing: string[] = [];
if (!has('java', ['-version'])) missing.push('default-jre-headless');
if (!has('xmllint', ['--version'])) missing.push('libxml2-utils');
if (!has('/usr/bin/python3', ['-c', 'import feedparser'])) missing.push('python3-feedparser');

if (missing.length === 0) {
  console.log('validators: java, xmllint and feedparser present');
} else if (process.getuid?.() === 0) {
  console.log(`validators: installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
} else {
  console.error(`validators: missing ${missing.join(', ')}; install them (e.g. sudo apt-get install ${missing.join(' ')})`);
  process.exit(1);
}
