/**
 * The speed-ups' switches read from the environment (each documented in the README, each proven byte-identical):
 * a value a switch does not take stops the build with one line (round 29d #7: `DATELINE_OPTIMISE=maybe` or
 * `DATELINE_CARD_LINKS=true` built with exit 0, the switch silently left as it was).
 */
const ON_OFF = ['on', 'off'];
const SWITCHES: Readonly<Record<string, readonly string[]>> = {
  DATELINE_OPTIMISE: ON_OFF,
  DATELINE_CHECK_SNAPSHOT: ON_OFF,
  DATELINE_CHECK_CACHE: ON_OFF,
  DATELINE_SEARCH_CACHE: ON_OFF,
  DATELINE_CACHE_SWEEP: ON_OFF,
  DATELINE_CARD_LINKS: ON_OFF,
  DATELINE_MARKDOWN: ['fast', 'reference'],
  DATELINE_YAML: ['fast', 'full'],
  DATELINE_RENDER_WORKERS: ['auto', 'always', '0'],
};

/** Throws one line for the first switch set to a value it does not take (unset or empty is its default). */
export function checkSpeedSwitches(env: Record<string, string | undefined> = process.env): void {
  for (const [name, values] of Object.entries(SWITCHES)) {
    const value = env[name];
    if (value === undefined || value === '' || values.includes(value)) continue;
    throw new Error(`${name}="${value}" is not a value it takes: write ${values.slice(0, -1).join(', ')} or ${values.at(-1)} (or leave it unset)`);
  }
}
