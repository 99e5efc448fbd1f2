/**
 * A web address written without its full `https://` (round 36 F8): `www.example.org/report`, `example.org/page` and
 * `https//example.org` are read as paths on this site, so the editor was told to "fix the path" of a file they never
 * meant; `https:example.org` was told it "has the host """, with no fix. Each is told the address to write. A real
 * relative link stays a path: `story.md`, `../2026/11/story.md`, `report.pdf` (a name ends in a file's extension,
 * not a web ending: `.md` is Moldova's, but here it is a file).
 */

/** Endings of web host names that editors link; two-letter country endings are added below. */
const WEB_ENDINGS = new Set(['com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'news', 'media', 'online', 'site', 'museum', 'africa', 'asia']);
/** Two-letter endings that are file extensions far more often than countries in a link (`story.md`, `build.sh`). */
const FILE_ENDINGS = new Set(['md', 'js', 'ts', 'sh', 'py', 'pl', 'rs', 'cs', 'ps', 'ai', 'rb', 'go', 'gz', 'xz', 'db', 'so', 'mk', 'hs', 'el', 'ml', 'cc', 'hh', 'jl', 'kt']);
/** A host name at the start of an address: labels of letters, digits and hyphens, then its ending; `www.` alone is enough. */
const HOST_FIRST = /^((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}))\.?(?=[/?#:]|$)/i;

function looksLikeHost(address: string): boolean {
  const m = HOST_FIRST.exec(address);
  if (!m) return false;
  if (/^www\./i.test(address)) return true;
  const ending = m[2]!.toLowerCase();
  return WEB_ENDINGS.has(ending) || (ending.length === 2 && !FILE_ENDINGS.has(ending));
}

/** The line for a web address that lacks `https://` (or part of it), or undefined. `address`: the browser form. */
export function bareHostProblem(address: string): string | undefined {
  // `https:example.org`, `https:/example.org`, `https//example.org`, `https:///example.org`: the scheme mistyped.
  const slip = /^(https?)(:?)(\/*)(.*)$/is.exec(address);
  if (slip) {
    const [, scheme, colon, slashes, rest] = slip as unknown as [string, string, string, string, string];
    const typed = `${scheme.toLowerCase()}://${rest}`;
    if (looksLikeHost(rest) && (colon ? slashes.length !== 2 : slashes.length >= 2)) {
      const missing = colon ? (slashes.length > 2 ? `has ${slashes.length} "/" after "${scheme}:" (a web address has two)` : `is missing "//" after "${scheme}:"`) : `is missing the ":" after "${scheme}", so the page would read it as a path on this site`;
      return `${missing}; write ${typed}`;
    }
    if (colon) return undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(address) || !looksLikeHost(address)) return undefined;
  return `is a web address without "https://", so the page would read it as a path on this site; write https://${address}`;
}
