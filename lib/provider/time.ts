/** RFC 3339 date-times and `HH:MM` times of day, as the provider's schema writes them. */
const RFC3339_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Unix seconds of an RFC 3339 date-time, or NaN when it names no real instant (a 30th of
 * February, hour 24, offset beyond 23:59).
 */
export function unixSeconds(rfc3339: string): number {
  const m = RFC3339_PARTS.exec(rfc3339);
  if (!m) return NaN;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((x) => Number(x ?? 0));
  const wall = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  const exists =
    wall.getUTCFullYear() === year &&
    wall.getUTCMonth() === month! - 1 &&
    wall.getUTCDate() === day &&
    wall.getUTCHours() === hour &&
    wall.getUTCMinutes() === minute &&
    second! < 60;
  const offsetHours = Number(m[9] ?? 0);
  const offsetMinutes = Number(m[10] ?? 0);
  if (!exists || offsetHours > 23 || offsetMinutes > 59) return NaN;
  const offset = (m[8] === "-" ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  return Math.floor(wall.getTime() / 1000) - offset;
}

/** An RFC 3339 date-time in UTC, e.g. `2026-12-24T22:00:00Z`. */
export function rfc3339(unix: number): string {
  return new Date(unix * 1000).toISOString().replace(/\.000Z$/, "Z");
}

/** Seconds after midnight of an `HH:MM` time of day. */
export function secondsOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60;
}

export function timeOfDay(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}`;
}
