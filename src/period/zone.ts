/**
 * Wall-clock time in an IANA zone: offsets, wall days and their first instants.
 *
 * @internal
 * @module
 */
import { InvalidArgumentError } from "../errors/index.js";

/** Milliseconds in a nominal day; wall-clock days are counted in these units. */
export const DAY_MS = 86_400_000;

const validZones = new Set<string>(["UTC"]);

/**
 * Checks an IANA time zone name (as the runtime's Intl knows it).
 * @throws InvalidArgumentError for an unknown zone
 */
export function assertTimeZone(zone: unknown): string {
  if (typeof zone !== "string" || zone.length === 0 || zone.length > 64) {
    throw new InvalidArgumentError(
      `a time zone must be an IANA name such as "Europe/Paris", got ${typeof zone === "string" ? JSON.stringify(zone.slice(0, 64)) : typeof zone}`,
    );
  }
  if (validZones.has(zone)) return zone;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    throw new InvalidArgumentError(`unknown time zone ${JSON.stringify(zone)}`);
  }
  validZones.add(zone);
  return zone;
}

/** The range of a JavaScript Date: instants within 8.64e15 ms of 1970 (years -271821 to 275760). */
const MAX_TIME = 8.64e15;

/** Calendar computations stop at the range of dates: beyond it a Date is invalid and Intl throws a RangeError. */
function checkTime(t: number): void {
  if (!(t >= -MAX_TIME && t <= MAX_TIME)) {
    throw new InvalidArgumentError(
      "the computation reaches beyond the range of JavaScript dates (years -271821 to 275760)",
    );
  }
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const LONG_OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const CACHE_SLOT_MS = 15 * 60_000;
const MAX_CACHED_SLOTS = 200_000;
const offsetCaches = new Map<string, Map<number, number>>();

function readOffset(zone: string, t: number): number {
  let format = offsetFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  // Clamped: the cache probes the ends of a 15-minute slot, which may lie just past the range's last instant.
  const name =
    format.formatToParts(Math.min(Math.max(t, -MAX_TIME), MAX_TIME)).find((part) => part.type === "timeZoneName")
      ?.value ?? "";
  const match = LONG_OFFSET.exec(name);
  if (match === null)
    throw new InvalidArgumentError(`cannot read the UTC offset of ${zone} (Intl gave ${JSON.stringify(name)})`);
  if (match[1] === undefined) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? "0");
  return (match[1] === "-" ? -seconds : seconds) * 1000;
}

/**
 * The zone's UTC offset at instant `t`, in whole milliseconds (wall = t + offset), read from the
 * runtime's Intl data. Read here rather than with `tzOffset` of @date-fns/tz, which gets the sign
 * wrong for offsets between -01:00 and 00:00 (Africa/Monrovia's -00:44:30 until 1972) and returns
 * fractional milliseconds for offsets with seconds. Offsets are memoised per zone in 15-minute
 * slots, since reading Intl costs about a microsecond and parsing calls this per record.
 * @throws InvalidArgumentError when `t` is outside the range of dates
 */
export function offsetMs(zone: string, t: number): number {
  checkTime(t);
  if (zone === "UTC") return 0;
  let cache = offsetCaches.get(zone);
  if (cache === undefined) {
    cache = new Map();
    offsetCaches.set(zone, cache);
  }
  const slot = Math.floor(t / CACHE_SLOT_MS);
  const cached = cache.get(slot);
  if (cached !== undefined) return cached;
  const offset = readOffset(zone, t);
  // A slot is cached only when its first and last milliseconds agree: no zone changes its offset
  // twice within 15 minutes, so the whole slot then has that offset.
  const slotStart = slot * CACHE_SLOT_MS;
  if (readOffset(zone, slotStart) === offset && readOffset(zone, slotStart + CACHE_SLOT_MS - 1) === offset) {
    if (cache.size >= MAX_CACHED_SLOTS) cache.clear();
    cache.set(slot, offset);
  }
  return offset;
}

/** The wall-clock time of instant `t` in `zone`, encoded as milliseconds of a UTC date. */
export function toWall(zone: string, t: number): number {
  return t + offsetMs(zone, t);
}

/** Day number (days since 1970-01-01) of the wall-clock day that holds instant `t`. */
export function wallDayOf(zone: string, t: number): number {
  return Math.floor(toWall(zone, t) / DAY_MS);
}

/**
 * The instants whose wall-clock time in `zone` is `wall`: none in a DST gap, two in a DST fold.
 * Returns the earliest, or `null` when the wall time does not exist.
 * @throws InvalidArgumentError when the instants are outside the range of dates
 */
export function wallToInstant(zone: string, wall: number): number | null {
  if (zone === "UTC") {
    checkTime(wall);
    return wall;
  }
  const offsets = new Set([offsetMs(zone, wall - DAY_MS), offsetMs(zone, wall), offsetMs(zone, wall + DAY_MS)]);
  let earliest: number | null = null;
  for (const offset of offsets) {
    const t = wall - offset;
    if (offsetMs(zone, t) === offset && (earliest === null || t < earliest)) earliest = t;
  }
  return earliest;
}

/** The first instant whose wall-clock time is at or after `wall` (the end of a DST gap when `wall` is in one). */
export function firstInstantAtOrAfterWall(zone: string, wall: number): number {
  const exact = wallToInstant(zone, wall);
  if (exact !== null) return exact;
  let lo = wall - offsetMs(zone, wall + DAY_MS);
  let hi = wall - offsetMs(zone, wall - DAY_MS);
  if (lo > hi) [lo, hi] = [hi, lo];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (toWall(zone, mid) >= wall) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First instant of wall-clock day number `day` in `zone` (the end of the gap where midnight is skipped). */
export function startOfWallDay(zone: string, day: number): number {
  return firstInstantAtOrAfterWall(zone, day * DAY_MS);
}

/** First instant of the wall-clock day of `zone` that holds instant `t` (settled details 8 and 19). */
export function startOfDayContaining(zone: string, t: number): number {
  return startOfWallDay(zone, wallDayOf(zone, t));
}
