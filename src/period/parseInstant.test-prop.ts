import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseInstant, tryParseInstant } from "./parseInstant.js";

// Spec section 1 ("Time"). The oracle for local wall time is Intl, independent of the library.

const ZONES = [
  "UTC",
  "Europe/Paris",
  "America/New_York",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/Santiago",
  "America/Havana",
  "Asia/Kolkata",
];
const zone = fc.constantFrom(...ZONES);
// Keep a day away from the business bounds so that any offset stays inside them.
const instant = fc.integer({ min: Date.UTC(1900, 0, 3), max: Date.UTC(2200, 11, 29) });

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function wallText(t: number): string {
  // t as a UTC wall time, written YYYY-MM-DDTHH:mm:ss.sss
  return new Date(t).toISOString().slice(0, 23);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function intlWall(timeZone: string, t: number): string {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  const p = new Map(format.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  return `${p.get("year")}-${p.get("month")}-${p.get("day")}T${p.get("hour")}:${p.get("minute")}:${p.get("second")}.${pad(((t % 1000) + 1000) % 1000, 3)}`;
}

test.prop(
  [instant, fc.array(fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), { minLength: 1, maxLength: 4 }), zone],
  { numRuns: 200 },
)("the same instant written with different offsets parses to the same Date", (t, offsets, timeZone) => {
  for (const minutes of offsets) {
    const sign = minutes < 0 ? "-" : "+";
    const abs = Math.abs(minutes);
    const text = `${wallText(t + minutes * 60_000)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    const compact = text.replace(/([+-]\d{2}):(\d{2})$/, "$1$2");
    expect(parseInstant(text, { timeZone }).getTime()).toBe(t);
    expect(parseInstant(compact, { timeZone }).getTime()).toBe(t);
  }
  expect(parseInstant(`${wallText(t)}Z`, { timeZone }).getTime()).toBe(t);
});

test.prop([instant.filter((t) => t > Date.UTC(1972, 0, 1)), zone], { numRuns: 200 })(
  "a naive local time read back in its zone gives the instant, or the earlier pass of a fold",
  (t, timeZone) => {
    const text = intlWall(timeZone, t);
    const parsed = parseInstant(text, { timeZone }).getTime();
    expect(parsed).toBeLessThanOrEqual(t);
    expect(intlWall(timeZone, parsed)).toBe(text);
    if (parsed < t) expect(t - parsed).toBeLessThanOrEqual(2 * 3_600_000);
  },
);

test.prop([instant.filter((t) => t > Date.UTC(1972, 0, 1)), zone], { numRuns: 200 })(
  "a date-only string is the first instant that reads as that day on the zone's clock",
  (t, timeZone) => {
    const date = intlWall(timeZone, t).slice(0, 10);
    const parsed = parseInstant(date, { timeZone }).getTime();
    expect(intlWall(timeZone, parsed).slice(0, 10)).toBe(date);
    expect(intlWall(timeZone, parsed - 1).slice(0, 10) < date).toBe(true);
    expect(parsed).toBeLessThanOrEqual(t);
  },
);

test.prop([fc.string({ maxLength: 60 }), zone], { numRuns: 300 })(
  "tryParseInstant never throws on any string",
  (raw, timeZone) => {
    const result = tryParseInstant(raw, { timeZone });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
    else expect(Number.isNaN(result.value.getTime())).toBe(false);
  },
);

test.prop(
  [fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), zone],
  { numRuns: 300 },
)(
  "a date-only string is accepted exactly when it is a real calendar date of a year 1900-2200",
  (year, month, day, timeZone) => {
    const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    const probe = new Date(Date.UTC(2000, month - 1, day));
    const real =
      probe.getUTCMonth() === month - 1 &&
      (month !== 2 || day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28));
    const result = tryParseInstant(text, { timeZone });
    expect(result.ok).toBe(real && year >= 1900 && year <= 2200);
  },
);
