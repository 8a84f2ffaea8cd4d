import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { DAY_MS, startOfWallDay, toWall, wallDayOf, wallToInstant } from "./zone.js";

// An independent oracle: the wall-clock time Intl prints for an instant in a zone.
const formats = new Map<string, Intl.DateTimeFormat>();
function intlWall(zone: string, t: number): number {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(zone, format);
  }
  const parts = new Map(format.formatToParts(new Date(t)).map((p) => [p.type, Number(p.value)]));
  const date = new Date(0);
  date.setUTCFullYear(parts.get("year") ?? 0, (parts.get("month") ?? 1) - 1, parts.get("day") ?? 1);
  date.setUTCHours(
    parts.get("hour") ?? 0,
    parts.get("minute") ?? 0,
    parts.get("second") ?? 0,
    ((t % 1000) + 1000) % 1000,
  );
  return date.getTime();
}

const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/Santiago",
  "America/Havana",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "Pacific/Apia",
  "America/St_Johns",
  "Asia/Tehran",
  "Africa/Casablanca",
  "Europe/London",
];
const zone = fc.constantFrom(...ZONES);
const instant = fc.integer({ min: Date.UTC(1972, 0, 1), max: Date.UTC(2200, 11, 31) });

test.prop([zone, instant], { numRuns: 300 })("toWall agrees with Intl's wall-clock time", (z, t) => {
  expect(toWall(z, t)).toBe(intlWall(z, t));
});

test.prop([zone, instant], { numRuns: 300 })(
  "the day of an instant starts at or before it and ends after it",
  (z, t) => {
    const day = wallDayOf(z, t);
    const start = startOfWallDay(z, day);
    const end = startOfWallDay(z, day + 1);
    expect(start).toBeLessThanOrEqual(t);
    expect(end).toBeGreaterThan(t);
    expect(Number.isInteger(start)).toBe(true);
    // The day's first instant reads as that day on Intl's clock, and one millisecond before it as an earlier day.
    expect(Math.floor(intlWall(z, start) / DAY_MS)).toBe(day);
    expect(Math.floor(intlWall(z, start - 1) / DAY_MS)).toBeLessThan(day);
  },
);

test.prop([zone, instant], { numRuns: 300 })(
  "wallToInstant of an instant's wall time gives it back, or the earlier pass of a fold",
  (z, t) => {
    const w = toWall(z, t);
    const back = wallToInstant(z, w);
    expect(back).not.toBeNull();
    expect(back as number).toBeLessThanOrEqual(t);
    expect(toWall(z, back as number)).toBe(w);
    // No earlier instant has the same wall time: one hour (or 30 minutes) earlier it was another time.
    if ((back as number) < t) expect(t - (back as number)).toBeLessThanOrEqual(2 * 3_600_000);
  },
);

test.prop([zone, instant, instant], { numRuns: 200 })("wall day numbers never go backwards in time", (z, a, b) => {
  const [early, late] = a <= b ? [a, b] : [b, a];
  expect(wallDayOf(z, early)).toBeLessThanOrEqual(wallDayOf(z, late));
});
