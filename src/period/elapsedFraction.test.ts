import { describe, expect, it } from "vitest";
import { Dec } from "../money/dec.js";
import { elapsedFraction } from "./elapsedFraction.js";
import { parseInstant } from "./parseInstant.js";
import type { DayCount, Period } from "./types.js";

// Spec section 1 ("To date"), settled details 4 and 17: calendar days of the reporting zone, the
// elapsed part of asOf's own day as real time over that day's real length, clamped to [0, 1].
// Every expected value is an exact fraction worked by hand; frac(a, b) is a / b at 60 digits.

function frac(a: number, b: number): string {
  return new Dec(a).div(b).toFixed();
}

function localDay(date: string, zone: string): Period {
  const start = parseInstant(date, { timeZone: zone });
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { start, end: parseInstant(next, { timeZone: zone }) };
}

function fraction(period: Period, asOf: string | Date, timeZone = "UTC", dayCount: DayCount = "calendar"): string {
  const at = typeof asOf === "string" ? parseInstant(asOf, { timeZone }) : asOf;
  return elapsedFraction(period, at, { timeZone, dayCount }).toFixed();
}

const january: Period = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-02-01T00:00:00Z") };

describe("elapsedFraction in UTC", () => {
  it("is exactly 0.5 half-way through January (15.5 of 31 days)", () => {
    const value = elapsedFraction(january, new Date("2026-01-16T12:00:00Z"));
    expect(value.toFixed()).toBe("0.5");
    expect(value.equals(0.5)).toBe(true);
  });

  it("counts parts of days to the millisecond", () => {
    // worked by hand: 10 days and 6 hours = 10.25 days of 31 = 41/124.
    expect(fraction(january, "2026-01-11T06:00:00Z")).toBe(frac(41, 124));
    // 1 ms after the start: 1 / (31 x 86,400,000).
    expect(fraction(january, new Date(january.start.getTime() + 1))).toBe(frac(1, 31 * 86_400_000));
  });

  it("settled 4: is clamped to [0, 1]", () => {
    expect(fraction(january, "2025-12-01T00:00:00Z")).toBe("0");
    expect(fraction(january, january.start)).toBe("0");
    expect(fraction(january, january.end)).toBe("1");
    expect(fraction(january, "2027-01-01T00:00:00Z")).toBe("1");
    expect(fraction(january, new Date(january.end.getTime() - 1))).toBe(frac(31 * 86_400_000 - 1, 31 * 86_400_000));
  });

  it("works on a custom range of a few hours", () => {
    const shift: Period = { start: new Date("2026-01-01T08:00:00Z"), end: new Date("2026-01-01T20:00:00Z") };
    // worked by hand: 3 h of 12 h = 0.25
    expect(fraction(shift, "2026-01-01T11:00:00Z")).toBe("0.25");
  });
});

describe("settled 17: part of a day is real time over the day's real length", () => {
  it.each([
    // [zone, day, local asOf, elapsed hours, day length in hours]
    ["Europe/Paris", "2026-03-29", "2026-03-29T12:00", 11, 23], // 02:00 -> 03:00
    ["Europe/Paris", "2026-10-25", "2026-10-25T12:00", 13, 25], // 03:00 -> 02:00
    ["America/New_York", "2026-03-08", "2026-03-08T12:00", 11, 23],
    ["America/New_York", "2026-11-01", "2026-11-01T12:00", 13, 25],
    ["Pacific/Chatham", "2026-09-27", "2026-09-27T12:00", 11, 23], // 02:45 -> 03:45
    ["Pacific/Chatham", "2026-04-05", "2026-04-05T12:00", 13, 25], // 03:45 -> 02:45
    ["Australia/Lord_Howe", "2026-10-04", "2026-10-04T12:00", 11.5, 23.5], // 02:00 -> 02:30
    ["Australia/Lord_Howe", "2026-04-05", "2026-04-05T12:00", 12.5, 24.5], // 02:00 -> 01:30
    ["America/Santiago", "2026-09-06", "2026-09-06T12:00", 11, 23], // day starts 01:00
    ["America/Santiago", "2026-04-04", "2026-04-04T12:00", 12, 25], // the extra hour is after noon
    ["America/Havana", "2026-03-08", "2026-03-08T12:00", 11, 23], // day starts 01:00
    ["America/Havana", "2026-11-01", "2026-11-01T12:00", 13, 25],
    ["Asia/Kolkata", "2026-01-15", "2026-01-15T12:00", 12, 24],
  ])("in %s on %s, at %s, %s of %s hours have passed", (zone, day, asOf, elapsed, length) => {
    expect(fraction(localDay(day, zone), asOf, zone)).toBe(frac(elapsed * 2, length * 2));
  });

  it("at local noon on the 23-hour Paris day, 11/23 of that day has passed (not 12/24)", () => {
    const value = elapsedFraction(
      localDay("2026-03-29", "Europe/Paris"),
      parseInstant("2026-03-29T12:00", { timeZone: "Europe/Paris" }),
      {
        timeZone: "Europe/Paris",
      },
    );
    expect(value.equals(new Dec(11).div(23))).toBe(true);
    expect(value.equals(0.5)).toBe(false);
  });

  it("measures a Paris month in calendar days: the 23-hour day counts as one", () => {
    const paris = "Europe/Paris";
    const march: Period = {
      start: parseInstant("2026-03-01", { timeZone: paris }),
      end: parseInstant("2026-04-01", { timeZone: paris }),
    };
    // worked by hand: at local noon on 29 March, 28 whole days + 11/23 of a day have passed, of 31:
    // (28 + 11/23) / 31 = 655 / 713.
    expect(fraction(march, "2026-03-29T12:00", paris)).toBe(frac(655, 713));
    // At local midnight of 16 March: 15 / 31 exactly, although only 15 x 24 real hours have passed of 743.
    expect(fraction(march, "2026-03-16", paris)).toBe(frac(15, 31));
    // At local midnight of 30 March (after the short day): 29 / 31.
    expect(fraction(march, "2026-03-30", paris)).toBe(frac(29, 31));
  });

  it("counts the day of a zone with a 45-minute offset (Chatham) from its local midnight", () => {
    const chatham = "Pacific/Chatham";
    const week: Period = {
      start: parseInstant("2026-06-01", { timeZone: chatham }),
      end: parseInstant("2026-06-08", { timeZone: chatham }),
    };
    // worked by hand: Wednesday 3 June 06:00 local is 2 days and 6 hours in: 2.25 / 7 = 9 / 28.
    expect(fraction(week, "2026-06-03T06:00", chatham)).toBe(frac(9, 28));
    // With a constant offset all week, UTC days give the same answer (every day is 24 hours long).
    expect(fraction(week, parseInstant("2026-06-03T06:00", { timeZone: chatham }), "UTC")).toBe(frac(9, 28));
  });
});

describe("elapsedFraction in business days (Monday to Friday)", () => {
  const week: Period = { start: new Date("2026-01-05T00:00:00Z"), end: new Date("2026-01-12T00:00:00Z") }; // Monday to Monday

  it("counts only weekdays", () => {
    // worked by hand: Wednesday noon is 2.5 business days of 5 = 0.5
    expect(fraction(week, "2026-01-07T12:00:00Z", "UTC", "business")).toBe("0.5");
    // Saturday and Sunday add nothing: 5 of 5.
    expect(fraction(week, "2026-01-10T10:00:00Z", "UTC", "business")).toBe("1");
    expect(fraction(week, "2026-01-11T23:00:00Z", "UTC", "business")).toBe("1");
    // Calendar count of the same Wednesday noon: 2.5 / 7 = 5 / 14.
    expect(fraction(week, "2026-01-07T12:00:00Z", "UTC", "calendar")).toBe(frac(5, 14));
  });

  it("counts business days of a month", () => {
    // January 2026: Thursday 1 and Friday 2, then four full weeks (5-9, 12-16, 19-23, 26-30) = 22 days.
    // At 15 January 00:00: 1, 2, 5-9, 12-14 = 10 days have passed: 10 / 22 = 5 / 11.
    expect(fraction(january, "2026-01-15T00:00:00Z", "UTC", "business")).toBe(frac(5, 11));
  });

  it("uses the real length of a 23-hour business day (Jerusalem changes on a Friday)", () => {
    // Asia/Jerusalem, rule "Mar Fri>=23 2:00": Friday 27 March 2026 02:00 -> 03:00 (23 hours).
    const zone = "Asia/Jerusalem";
    const week: Period = {
      start: parseInstant("2026-03-23", { timeZone: zone }),
      end: parseInstant("2026-03-30", { timeZone: zone }),
    };
    // worked by hand: Monday to Thursday = 4 days, Friday noon = 11 of 23 hours: (4 + 11/23) / 5 = 103 / 115.
    expect(fraction(week, "2026-03-27T12:00", zone, "business")).toBe(frac(103, 115));
  });

  it("is 0 inside a period that has no business day, and 1 once it is over", () => {
    const weekend: Period = { start: new Date("2026-01-10T00:00:00Z"), end: new Date("2026-01-12T00:00:00Z") };
    expect(fraction(weekend, "2026-01-11T00:00:00Z", "UTC", "business")).toBe("0");
    expect(fraction(weekend, "2026-01-12T00:00:00Z", "UTC", "business")).toBe("1");
  });
});

describe("elapsedFraction: invalid arguments", () => {
  it("rejects invalid asOf, period, zone and day count", () => {
    expect(() => elapsedFraction(january, new Date(Number.NaN))).toThrow(/asOf must be a valid Date/);
    expect(() => elapsedFraction(january, "2026-01-05" as unknown as Date)).toThrow(/asOf must be a valid Date/);
    expect(() => elapsedFraction({ start: january.end, end: january.start }, january.start)).toThrow(
      /period must end after it starts/,
    );
    expect(() => elapsedFraction(january, january.start, { timeZone: "Europe/Nowhere" })).toThrow(/unknown time zone/);
    expect(() => elapsedFraction(january, january.start, { dayCount: "weekdays" as DayCount })).toThrow(
      /dayCount must be "calendar" or "business"/,
    );
  });
});
