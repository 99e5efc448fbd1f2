/**
 * A setting read from the environment (`DATELINE_NOW`, `DATELINE_BUILD_PART`) that cannot be understood stops the
 * build, the dev server or a script with one line naming it, never a stack trace (round 19).
 */
export function orStop<T>(decide: () => T, who = 'build'): T {
  try {
    return decide();
  } catch (err) {
    console.error(`✗ ${who} stopped: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    process.exit(2);
  }
}
