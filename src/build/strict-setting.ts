/**
 * `DATELINE_STRICT`: whether content warnings stop the build, as `check:content --strict` does. A CI file writes a
 * switch as `1`, `true` or `yes`; each is strict, and a value that is no switch stops the build with one line
 * (round 25a #4: `DATELINE_STRICT=true` used to build without the gate, silently).
 */
const ON = new Set(['1', 'true', 'yes', 'on']);
const OFF = new Set(['', '0', 'false', 'no', 'off']);

export function strictSetting(env: Record<string, string | undefined> = process.env): boolean {
  const value = (env['DATELINE_STRICT'] ?? '').trim().toLowerCase();
  if (ON.has(value)) return true;
  if (OFF.has(value)) return false;
  throw new Error(`DATELINE_STRICT="${env['DATELINE_STRICT']}" is not a switch: write 1 (content warnings stop the build) or 0`);
}
