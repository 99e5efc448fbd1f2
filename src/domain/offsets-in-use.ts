/**
 * A date-time written with an offset no place used in its year (round 26a #11): `-04:30` in 2026 is a sign slip on
 * Kabul's `+04:30` (Venezuela dropped -04:30 in 2016), `+04:31` or `-13:00` a typo; each published the story hours
 * off without a word. The offsets in use are read from the runtime's time zone data: every zone on the 1st of each
 * month of that year, once per year and only for a date whose offset is neither UTC nor the newsroom's own then, so
 * an archive of 20,000 stories written in the newsroom's offset pays nothing.
 */
import { formatOffset, zoneOffsetSeconds as offsetSeconds, type NewsDate } from './dates.ts';

const byYear = new Map<number, Set<number>>();
/**
 * The offsets, in minutes, some zone had on the 1st of a month of `year`. An offset with seconds (local mean time)
 * counts as both minutes around it: an ISO offset has whole minutes only, so either is a fair way to write it.
 */
function offsetsInUse(year: number): ReadonlySet<number> {
  let set = byYear.get(year);
  if (set) return set;
  set = new Set([0]);
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  for (const zone of zones) {
    for (let month = 0; month < 12; month++) {
      const seconds = offsetSeconds(Date.UTC(year, month, 1), zone);
      set.add(Math.floor(seconds / 60));
      set.add(Math.ceil(seconds / 60));
    }
  }
  byYear.set(year, set);
  return set;
}

/** `+04:30`, or `+04:36:48` for an offset with seconds. */
function shownOffset(seconds: number): string {
  const s = Math.abs(seconds) % 60;
  return s === 0 ? formatOffset(seconds / 60) : `${formatOffset(Math.trunc(seconds / 60))}:${String(s).padStart(2, '0')}`;
}

/**
 * The warning for a date-time written with an offset no zone had in its year, or undefined. When the offset looks
 * like a slip on the newsroom's own (the sign flipped, or under an hour off), the line gives the value to write.
 */
export function unusedOffset(date: NewsDate | undefined, timeZone: string): string | undefined {
  if (!date || date.dateOnly) return undefined;
  const m = /^(\d{4})-.*([+-])(\d{2}):(\d{2})$/.exec(date.iso);
  if (!m) return undefined;
  const minutes = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
  if (minutes === 0) return undefined;
  let own = offsetSeconds(date.epoch, timeZone);
  if (minutes * 60 === own) return undefined;
  const year = Number(m[1]);
  const inUse = offsetsInUse(year);
  // No zone data in this runtime: nothing to judge by.
  if (inUse.size <= 1 || inUse.has(minutes)) return undefined;
  const written = date.iso.slice(-6);
  // The newsroom's offset at the time meant (the wall clock as written, at the newsroom's offset).
  own = offsetSeconds(date.epoch + (minutes * 60 - own) * 1000, timeZone);
  const said = `${written} is not an offset any place used in ${year}; the newsroom's zone (${timeZone}) is ${shownOffset(own)} then`;
  const slip = own % 60 === 0 && (minutes === -own / 60 || Math.abs(minutes - own / 60) < 60);
  return slip ? `${said}: did you mean "${date.iso.slice(0, -6)}${formatOffset(own / 60)}"?` : `${said}; check the offset`;
}
