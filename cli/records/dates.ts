const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

export interface PublishedDate {
  /** The calendar date as written: YYYY-MM-DD. */
  date: string;
  /** The UTC instant the API stores. */
  instant: string;
}

/**
 * A publisher's date or date-time, read strictly: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` or
 * `…THH:MM[:SS[.fff]]`, then optionally `Z`, `UTC`, `GMT`, `+01:00` or `+0100`. A time without a
 * zone is taken as UTC. Anything else (`+5:30`, `30/09/2022`, `2023-02-30`) is null: a date read
 * the wrong way would be stored as fact.
 */
export function parsePublishedDate(raw: unknown): PublishedDate | null {
  if (typeof raw !== "string") return null;
  const m = DATE_TIME.exec(raw.trim());
  if (!m) return null;
  const [, y = "", mo = "", d = "", h, mi = "0", s = "0", frac = "0", zone] = m;
  if (zone !== undefined && h === undefined) return null;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const calendar = new Date(Date.UTC(2000, month - 1, day));
  calendar.setUTCFullYear(year);
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    return null;
  }
  const date = `${y}-${mo}-${d}`;
  if (h === undefined) return { date, instant: `${date}T00:00:00.000Z` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  let offsetMinutes = 0;
  if (zone !== undefined && /^[+-]/.test(zone)) {
    const digits = zone.replace(":", "");
    const [hours, minutes] = [Number(digits.slice(1, 3)), Number(digits.slice(3, 5))];
    if (hours > 14 || minutes > 59) return null;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  const millis = Number(frac.padEnd(3, "0").slice(0, 3));
  const minutesOfDay = Number(h) * 60 + Number(mi) - offsetMinutes;
  const instant = new Date(calendar.getTime() + (minutesOfDay * 60 + Number(s)) * 1000 + millis).toISOString();
  return /^\d{4}-/.test(instant) ? { date, instant } : null;
}
